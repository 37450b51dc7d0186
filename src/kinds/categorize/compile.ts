import * as v from 'valibot';
import type { KindCompiler } from '../types';
import { commonQuestionFields, id, markdown, stance, text } from '../shared/authoring';
import { uniqueIds } from '../shared/choices';

const schema = v.strictObject({
  kind: v.literal('categorize'),
  ...commonQuestionFields,
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
});

export const categorizeCompiler = {
  schema,
  compile(q: v.InferOutput<typeof schema>, ctx) {
    const labelIds = uniqueIds(ctx, q.labels, 'labels');
    uniqueIds(ctx, q.items, 'items');
    const answer: Record<string, string> = {};
    const items = q.items.map((it, i) => {
      if (!labelIds.has(it.answer))
        ctx.error(['items', i, 'answer'], `names "${it.answer}", which is not one of the labels`);
      if (Boolean(it.text) === Boolean(it.sentence)) {
        ctx.error(
          ['items', i],
          'give either "text" or "sentence" (an article sentence id), not both',
        );
      }
      if (it.sentence) ctx.sentence(it.sentence, ['items', i, 'sentence']);
      answer[it.id] = it.answer;
      return {
        id: it.id,
        text: it.text ? ctx.inline(['items', i, 'text'], it.text) : [],
        ...(it.sentence ? { sentence: it.sentence } : {}),
        ...(it.feedback ? { feedback: ctx.md(['items', i, 'feedback'], it.feedback) } : {}),
      };
    });
    return {
      kind: q.kind,
      labels: q.labels.map((l) => ({
        id: l.id,
        text: l.text,
        ...(l.stance ? { stance: l.stance } : {}),
      })),
      items,
      rubric: { answer },
    };
  },
} satisfies KindCompiler<'categorize'>;
