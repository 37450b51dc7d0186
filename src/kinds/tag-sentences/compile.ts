import * as v from 'valibot';
import type { Rich } from '../../domain/rich';
import type { Stance } from '../../domain/question';
import type { KindCompiler } from '../types';
import { commonQuestionFields, id, ids, markdown, stance, text } from '../shared/authoring';

const schema = v.strictObject({
  kind: v.literal('tag-sentences'),
  ...commonQuestionFields,
  category: text,
  candidates: v.optional(ids),
  answer: ids,
  feedback: v.optional(v.record(id, markdown)),
  selecting: v.optional(stance),
  stances: v.optional(v.record(id, stance)),
});

export const tagSentencesCompiler = {
  schema,
  compile(q: v.InferOutput<typeof schema>, ctx) {
    const candidates = q.candidates ?? ctx.bodySentenceIds;
    q.candidates?.forEach((s, i) => ctx.sentence(s, ['candidates', i]));
    const offered = new Set(candidates);
    q.answer.forEach((s, i) => {
      if (!ctx.isArticleUnit(s))
        ctx.error(['answer', i], `"${s}" is not a sentence of the article`);
      else if (!offered.has(s))
        ctx.error(['answer', i], `"${s}" is not among this question's candidates`);
    });
    const feedback: Record<string, Rich> = {};
    for (const [s, source] of Object.entries(q.feedback ?? {})) {
      if (!offered.has(s))
        ctx.error(['feedback', s], `"${s}" is not among this question's candidates`);
      feedback[s] = ctx.md(['feedback', s], source);
    }
    // Judgement items: the answer sentences (tagging them is right, so their truth is what
    // tagging means), plus any other candidate given a stance explicitly.
    const stances: Record<string, Stance> = {};
    if (q.selecting) for (const s of q.answer) stances[s] = q.selecting;
    for (const [s, given] of Object.entries(q.stances ?? {})) {
      if (!offered.has(s)) {
        ctx.error(['stances', s], `"${s}" is not among this question's candidates`);
      } else if (!q.selecting) {
        ctx.error(['stances'], 'needs "selecting" on the question, to say what tagging means');
      } else if (q.answer.includes(s) !== (given === q.selecting)) {
        ctx.error(
          ['stances', s],
          `"${given}" disagrees with the answer key: tagging means "${q.selecting}"`,
        );
      } else {
        stances[s] = given;
      }
    }
    // Candidates are shown in article order, whatever order they were written in.
    const order = new Map(ctx.bodySentenceIds.map((s, i) => [s, i]));
    const sorted = [...candidates].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    return {
      kind: q.kind,
      category: q.category,
      candidates: sorted,
      feedback,
      ...(q.selecting ? { selecting: q.selecting } : {}),
      stances,
      rubric: { answer: q.answer },
    };
  },
} satisfies KindCompiler<'tag-sentences'>;
