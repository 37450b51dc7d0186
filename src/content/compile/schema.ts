/**
 * The authoring format: what may be written in lessons/ (YAML files and Markdown front
 * matter). Strict objects everywhere, so a misspelt field is an error, not silently ignored.
 * Markdown-valued fields are plain strings here; compile.ts turns them into rich text.
 */
import * as v from 'valibot';
import { BOX_KINDS } from '../../domain/rich.ts';
import { QUESTION_KINDS, SKILLS } from '../../domain/question.ts';
import { CONFIDENCE, SOURCE_KINDS } from '../../domain/content.ts';
import { ID_PATTERN } from '../../domain/ids.ts';

export { QUESTION_KINDS };

const text = v.pipe(v.string('must be text'), v.trim(), v.minLength(1, 'must not be empty'));
const markdown = text;
const id = v.pipe(
  v.string('must be an id (text)'),
  v.regex(ID_PATTERN, 'must be an id: lower-case letters, digits and single hyphens'),
);
const ids = v.array(id, 'must be a list of ids');
const stance = v.picklist(['flag', 'trust'], 'must be "flag" or "trust"');
const positiveInt = v.pipe(
  v.number('must be a number'),
  v.integer('must be a whole number'),
  v.minValue(1, 'must be at least 1'),
);

// ---------- article ----------

const unit = v.strictObject({ id, text: v.string('must be text') });
export const ArticleFile = v.strictObject({
  title: unit,
  dateline: unit,
  blocks: v.array(
    v.union(
      [
        v.strictObject({ heading: id, text: v.string('must be text') }),
        v.strictObject({ paragraph: id, sentences: v.pipe(v.array(unit), v.minLength(1)) }),
      ],
      'each block is either {heading, text} or {paragraph, sentences}',
    ),
  ),
});

// ---------- annotations ----------

export const AnnotationsFile = v.strictObject({
  categories: v.array(
    v.strictObject({
      id,
      label: text,
      marker: text,
      description: markdown,
      lesson: id,
    }),
  ),
  annotations: v.array(
    v.strictObject({
      id,
      category: id,
      sentence: v.optional(id),
      sentences: v.optional(v.pipe(ids, v.minLength(2, 'lists at least two sentences'))),
      phrase: v.optional(text),
      reason: markdown,
      lesson: v.optional(id),
      sources: v.optional(ids),
    }),
  ),
});

// ---------- sources and glossary ----------

export const SourcesFile = v.strictObject({
  sources: v.array(
    v.strictObject({
      id,
      publisher: text,
      title: v.optional(text),
      description: v.optional(text),
      date: text,
      url: v.pipe(text, v.url('must be a full web address, starting with https or http')),
      via: v.optional(text),
      kind: v.picklist(SOURCE_KINDS, `must be one of: ${SOURCE_KINDS.join(', ')}`),
      confidence: v.picklist(CONFIDENCE, `must be one of: ${CONFIDENCE.join(', ')}`),
      confidenceNote: text,
      dossier: text,
    }),
  ),
});

export const GlossaryFile = v.strictObject({
  terms: v.array(
    v.strictObject({
      id,
      term: text,
      aliases: v.optional(v.array(text)),
      definition: markdown,
      related: v.optional(ids),
    }),
  ),
});

// ---------- questions ----------

const evidence = v.strictObject({
  sentences: v.optional(ids),
  sources: v.optional(ids),
});

const common = {
  id,
  skill: v.optional(v.picklist(SKILLS, `must be one of: ${SKILLS.join(', ')}`)),
  prompt: markdown,
  context: v.optional(ids),
  explanation: markdown,
  evidence,
};

const choice = v.strictObject({
  id,
  text: markdown,
  feedback: v.optional(markdown),
  stance: v.optional(stance),
});
const choices = v.pipe(v.array(choice), v.minLength(2, 'needs at least two options'));

export const QuestionInput = v.variant(
  'kind',
  [
    v.strictObject({
      kind: v.literal('single-choice'),
      ...common,
      options: choices,
      answer: id,
    }),
    v.strictObject({
      kind: v.literal('multiple-choice'),
      ...common,
      options: choices,
      answer: v.pipe(ids, v.minLength(1, 'names at least one correct option')),
      selecting: v.optional(stance),
    }),
    v.strictObject({
      kind: v.literal('tag-sentences'),
      ...common,
      category: text,
      candidates: v.optional(ids),
      answer: ids,
      feedback: v.optional(v.record(id, markdown)),
      selecting: v.optional(stance),
      stances: v.optional(v.record(id, stance)),
    }),
    v.strictObject({
      kind: v.literal('categorize'),
      ...common,
      labels: v.pipe(
        v.array(v.strictObject({ id, text, stance: v.optional(stance) })),
        v.minLength(2, 'needs at least two labels'),
      ),
      items: v.pipe(
        v.array(
          v.strictObject({
            id,
            text: v.optional(markdown),
            sentence: v.optional(id),
            answer: id,
            feedback: v.optional(markdown),
          }),
        ),
        v.minLength(1, 'needs at least one item'),
      ),
    }),
    v.strictObject({
      kind: v.literal('order'),
      ...common,
      items: v.pipe(
        v.array(v.strictObject({ id, text: markdown })),
        v.minLength(2, 'needs at least two items'),
      ),
    }),
    v.strictObject({
      kind: v.literal('short-answer'),
      ...common,
      modelAnswer: markdown,
      checklist: v.pipe(v.array(text), v.minLength(1, 'needs at least one point')),
      minLength: v.optional(positiveInt),
    }),
  ],
  `unknown question kind; use one of: ${QUESTION_KINDS.join(', ')}`,
);
export type QuestionInput = v.InferOutput<typeof QuestionInput>;

// ---------- lessons ----------

export const LessonFrontMatter = v.strictObject({
  id,
  kind: v.optional(v.picklist(['lesson', 'review'], 'must be "lesson" or "review"')),
  label: v.optional(text),
  title: text,
  summary: text,
  skill: v.optional(v.picklist(SKILLS, `must be one of: ${SKILLS.join(', ')}`)),
  minutes: positiveInt,
  objectives: v.pipe(v.array(text), v.minLength(1, 'needs at least one objective')),
});

export const QuizFile = v.strictObject({
  title: text,
  intro: v.optional(markdown),
  passMark: v.optional(
    v.pipe(
      v.number('must be a number'),
      v.minValue(1, 'must be between 1 and 100'),
      v.maxValue(100, 'must be between 1 and 100'),
    ),
  ),
  tries: v.optional(positiveInt),
  questions: v.pipe(v.array(QuestionInput), v.minLength(1, 'needs at least one question')),
});

const searchResult = v.strictObject({
  id,
  title: text,
  site: text,
  snippet: text,
  source: v.optional(id),
  opened: markdown,
  misleading: v.optional(markdown),
});

export const ActivitiesFile = v.strictObject({
  activities: v.array(
    v.variant(
      'kind',
      [
        v.strictObject({
          kind: v.literal('questions'),
          id,
          title: text,
          intro: markdown,
          questions: v.pipe(v.array(QuestionInput), v.minLength(1, 'needs at least one question')),
        }),
        v.strictObject({
          kind: v.literal('lateral-reading'),
          id,
          title: text,
          intro: markdown,
          queries: v.pipe(
            v.array(v.strictObject({ id, text, results: v.pipe(ids, v.minLength(1)) })),
            v.minLength(1, 'needs at least one search'),
          ),
          results: v.array(searchResult),
          questions: v.array(QuestionInput),
          debrief: markdown,
        }),
      ],
      'unknown activity kind; use "questions" or "lateral-reading"',
    ),
  ),
});

export const TeacherFile = v.strictObject({
  plan: v.pipe(
    v.array(v.strictObject({ minutes: positiveInt, title: text, detail: markdown })),
    v.minLength(1, 'needs at least one step'),
  ),
  prompts: v.optional(v.array(markdown)),
  misconceptions: v.optional(v.array(v.strictObject({ belief: text, response: markdown }))),
  notes: v.optional(markdown),
});

export const HomeFrontMatter = v.strictObject({ title: text });
export const SourceCardFrontMatter = v.strictObject({ title: text });

export { BOX_KINDS };
