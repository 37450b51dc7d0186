/**
 * The authoring format: what may be written in lessons/ (YAML files and Markdown front
 * matter). Strict objects everywhere, so a misspelt field is an error, not silently ignored.
 * Markdown-valued fields are plain strings here; the compiler turns them into rich text.
 * Questions are each kind's own schema (src/kinds/<kind>/compile.ts).
 */
import * as v from 'valibot';
import { CONFIDENCE, DIFFICULTIES, SOURCE_KINDS } from '../../domain/content.ts';
import {
  commonQuestionFields,
  id,
  ids,
  markdown,
  positiveInt,
  skill,
  stimulus,
  text,
} from '../../kinds/shared/authoring.ts';
import { AuthoredQuestion } from '../../kinds/compilers.ts';

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
      funding: v.optional(text),
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

// ---------- lessons ----------

export const LessonFrontMatter = v.strictObject({
  id,
  kind: v.optional(v.picklist(['lesson', 'review'], 'must be "lesson" or "review"')),
  label: v.optional(text),
  title: text,
  summary: text,
  skill: v.optional(skill),
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
  questions: v.pipe(v.array(AuthoredQuestion), v.minLength(1, 'needs at least one question')),
});

const searchResult = v.strictObject({
  id,
  title: text,
  site: text,
  snippet: text,
  source: v.optional(id),
  page: markdown,
  expert: markdown,
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
          questions: v.pipe(
            v.array(AuthoredQuestion),
            v.minLength(1, 'needs at least one question'),
          ),
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
          questions: v.array(AuthoredQuestion),
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

// ---------- the before-and-after check (lessons/checks/form-a.yaml, form-b.yaml) ----------

/** The two answers every check item offers: the claim is supported by the text, or not. */
export const CHECK_ANSWERS = ['supported', 'unsupported'] as const;

export const CheckFile = v.strictObject({
  title: text,
  intro: v.optional(markdown),
  items: v.pipe(
    v.array(
      v.strictObject({
        id,
        /** Shared with the matching item of the other form. */
        pair: id,
        difficulty: v.picklist(DIFFICULTIES, `must be one of: ${DIFFICULTIES.join(', ')}`),
        skill,
        text: stimulus,
        claim: markdown,
        answer: v.picklist(CHECK_ANSWERS, `must be one of: ${CHECK_ANSWERS.join(', ')}`),
        explanation: markdown,
        evidence: commonQuestionFields.evidence,
      }),
    ),
    v.minLength(1, 'needs at least one item'),
  ),
});

export const HomeFrontMatter = v.strictObject({ title: text });
export const SourceCardFrontMatter = v.strictObject({ title: text });

// ---------- diagrams (case-study/timeline.yaml, case-study/trail.yaml) ----------

/** A year, month or day: 2002, 2025-05 or 2025-06-03 (a bare year is read by YAML as a number). */
const partialDate = v.pipe(
  v.union([v.string(), v.number()], 'must be a date: 2002, 2025-05 or 2025-06-03'),
  v.transform(String),
);
const confidence = v.picklist(CONFIDENCE, `must be one of: ${CONFIDENCE.join(', ')}`);

export const TimelineFile = v.strictObject({
  lanes: v.pipe(
    v.array(
      v.strictObject({
        id,
        label: text,
        period: v.optional(v.strictObject({ from: partialDate, until: partialDate, label: text })),
      }),
    ),
    v.minLength(1, 'needs at least one lane'),
  ),
  events: v.array(
    v.strictObject({
      id,
      lane: id,
      date: partialDate,
      text,
      sources: v.pipe(ids, v.minLength(1, 'needs at least one source')),
      confidence,
      note: v.optional(text),
    }),
  ),
});

export const TrailFile = v.strictObject({
  caption: text,
  steps: v.pipe(
    v.array(
      v.strictObject({
        id,
        date: partialDate,
        dateNote: v.optional(text),
        site: text,
        text,
        source: id,
        confidence,
        note: v.optional(text),
      }),
    ),
    v.minLength(2, 'needs at least two steps'),
  ),
  links: v.optional(v.array(v.strictObject({ from: id, to: id, text }))),
});
