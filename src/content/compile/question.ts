/** One question, in a quiz or a practice activity: the fields every kind has, then its own. */
import type { Question, Skill } from '../../domain/question.ts';
import type { Rich } from '../../domain/rich.ts';
import type { ArticleIndex } from './article.ts';
import type { CompileContext, Where } from './context.ts';
import type { QuestionInput } from './schema.ts';
import type { PathKey, YamlFile } from './yaml-file.ts';

/** What a question's compilation needs from around it. */
export interface QuestionScope {
  ctx: CompileContext;
  article: ArticleIndex;
  /** The lesson's skill, which a question inherits unless it sets its own. */
  lessonSkill: Skill | undefined;
  /** Every question id seen so far, with where, for the duplicate check across lessons. */
  seen: { id: string; where: Where }[];
}

export function compileQuestion(
  scope: QuestionScope,
  q: QuestionInput,
  yaml: YamlFile,
  path: PathKey[],
): Question {
  const { ctx, article, lessonSkill, seen } = scope;
  seen.push({ id: q.id, where: yaml.where([...path, 'id']) });
  const err = (p: PathKey[], message: string) =>
    ctx.errors.push(yaml.error([...path, ...p], message));
  const skill = q.skill ?? lessonSkill;
  if (!skill) err(['skill'], 'is required here (the lesson has no "skill" to inherit)');
  const evidence = { sentences: q.evidence.sentences ?? [], sources: q.evidence.sources ?? [] };
  if (!evidence.sentences.length && !evidence.sources.length) {
    err(['evidence'], 'names no sentence and no source: every question points to its evidence');
  }
  evidence.sentences.forEach((s, i) =>
    ctx.ref('sentence', s, yaml, [...path, 'evidence', 'sentences', i]),
  );
  evidence.sources.forEach((s, i) =>
    ctx.ref('source', s, yaml, [...path, 'evidence', 'sources', i]),
  );
  const context = q.context ?? [];
  context.forEach((s, i) => ctx.ref('sentence', s, yaml, [...path, 'context', i]));
  const base = {
    id: q.id,
    skill: skill ?? 'unsupported-claims',
    prompt: ctx.md(yaml, [...path, 'prompt'], q.prompt),
    context,
    explanation: ctx.md(yaml, [...path, 'explanation'], q.explanation),
    evidence,
  };
  const uniqueIds = (items: { id: string }[], field: string) => {
    const ids = new Set<string>();
    items.forEach((it, i) => {
      if (ids.has(it.id)) err([field, i, 'id'], `duplicate id "${it.id}" in ${field}`);
      ids.add(it.id);
    });
    return ids;
  };
  const options = (
    opts: {
      id: string;
      text: string;
      feedback?: string | undefined;
      stance?: 'flag' | 'trust' | undefined;
    }[],
  ) =>
    opts.map((o, i) => ({
      id: o.id,
      text: ctx.inline(yaml, [...path, 'options', i, 'text'], o.text),
      ...(o.feedback
        ? { feedback: ctx.md(yaml, [...path, 'options', i, 'feedback'], o.feedback) }
        : {}),
      ...(o.stance ? { stance: o.stance } : {}),
    }));

  switch (q.kind) {
    case 'single-choice': {
      const ids = uniqueIds(q.options, 'options');
      if (!ids.has(q.answer))
        err(['answer'], `names "${q.answer}", which is not one of the options`);
      return { ...base, kind: q.kind, options: options(q.options), rubric: { answer: q.answer } };
    }
    case 'multiple-choice': {
      const ids = uniqueIds(q.options, 'options');
      q.answer.forEach((a, i) => {
        if (!ids.has(a)) err(['answer', i], `names "${a}", which is not one of the options`);
      });
      q.options.forEach((o, i) => {
        if (!o.stance) return;
        if (!q.selecting) {
          err(
            ['options', i, 'stance'],
            'needs "selecting" on the question, to say what ticking an option means',
          );
        } else if (q.answer.includes(o.id) !== (o.stance === q.selecting)) {
          err(
            ['options', i, 'stance'],
            `"${o.stance}" disagrees with the answer key: ticking means "${q.selecting}", and this option is ${q.answer.includes(o.id) ? '' : 'not '}in the answer`,
          );
        }
      });
      return {
        ...base,
        kind: q.kind,
        options: options(q.options),
        ...(q.selecting ? { selecting: q.selecting } : {}),
        rubric: { answer: q.answer },
      };
    }
    case 'tag-sentences': {
      const candidates = q.candidates ?? article.bodySentenceIds;
      q.candidates?.forEach((s, i) => ctx.ref('sentence', s, yaml, [...path, 'candidates', i]));
      const offered = new Set(candidates);
      q.answer.forEach((s, i) => {
        if (!article.units.has(s)) err(['answer', i], `"${s}" is not a sentence of the article`);
        else if (!offered.has(s))
          err(['answer', i], `"${s}" is not among this question's candidates`);
      });
      const feedback: Record<string, Rich> = {};
      for (const [s, text] of Object.entries(q.feedback ?? {})) {
        if (!offered.has(s)) err(['feedback', s], `"${s}" is not among this question's candidates`);
        feedback[s] = ctx.md(yaml, [...path, 'feedback', s], text);
      }
      // Judgement items: the answer sentences (tagging them is right, so their truth is what
      // tagging means), plus any other candidate given a stance explicitly.
      const stances: Record<string, 'flag' | 'trust'> = {};
      if (q.selecting) for (const s of q.answer) stances[s] = q.selecting;
      for (const [s, stance] of Object.entries(q.stances ?? {})) {
        if (!offered.has(s)) {
          err(['stances', s], `"${s}" is not among this question's candidates`);
        } else if (!q.selecting) {
          err(['stances'], 'needs "selecting" on the question, to say what tagging means');
        } else if (q.answer.includes(s) !== (stance === q.selecting)) {
          err(
            ['stances', s],
            `"${stance}" disagrees with the answer key: tagging means "${q.selecting}"`,
          );
        } else {
          stances[s] = stance;
        }
      }
      // Candidates are shown in article order, whatever order they were written in.
      const order = new Map(article.bodySentenceIds.map((id, i) => [id, i]));
      const sorted = [...candidates].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
      return {
        ...base,
        kind: q.kind,
        category: q.category,
        candidates: sorted,
        feedback,
        ...(q.selecting ? { selecting: q.selecting } : {}),
        stances,
        rubric: { answer: q.answer },
      };
    }
    case 'categorize': {
      const labelIds = uniqueIds(q.labels, 'labels');
      uniqueIds(q.items, 'items');
      const answer: Record<string, string> = {};
      const items = q.items.map((it, i) => {
        if (!labelIds.has(it.answer))
          err(['items', i, 'answer'], `names "${it.answer}", which is not one of the labels`);
        if (Boolean(it.text) === Boolean(it.sentence)) {
          err(['items', i], 'give either "text" or "sentence" (an article sentence id), not both');
        }
        if (it.sentence) ctx.ref('sentence', it.sentence, yaml, [...path, 'items', i, 'sentence']);
        answer[it.id] = it.answer;
        return {
          id: it.id,
          text: it.text ? ctx.inline(yaml, [...path, 'items', i, 'text'], it.text) : [],
          ...(it.sentence ? { sentence: it.sentence } : {}),
          ...(it.feedback
            ? { feedback: ctx.md(yaml, [...path, 'items', i, 'feedback'], it.feedback) }
            : {}),
        };
      });
      return {
        ...base,
        kind: q.kind,
        labels: q.labels.map((l) => ({
          id: l.id,
          text: l.text,
          ...(l.stance ? { stance: l.stance } : {}),
        })),
        items,
        rubric: { answer },
      };
    }
    case 'order': {
      uniqueIds(q.items, 'items');
      return {
        ...base,
        kind: q.kind,
        items: q.items.map((it, i) => ({
          id: it.id,
          text: ctx.inline(yaml, [...path, 'items', i, 'text'], it.text),
        })),
        rubric: { answer: q.items.map((it) => it.id) },
      };
    }
    case 'short-answer':
      return {
        ...base,
        kind: q.kind,
        modelAnswer: ctx.md(yaml, [...path, 'modelAnswer'], q.modelAnswer),
        checklist: q.checklist,
        minLength: q.minLength ?? 20,
        rubric: {},
      };
  }
}
