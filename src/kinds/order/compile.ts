import * as v from 'valibot';
import type { KindCompiler } from '../types';
import { commonQuestionFields, id, markdown } from '../shared/authoring';
import { uniqueIds } from '../shared/choices';

const schema = v.strictObject({
  kind: v.literal('order'),
  ...commonQuestionFields,
  // Written in the right order; the learner sees them shuffled.
  items: v.pipe(
    v.array(v.strictObject({ id, text: markdown })),
    v.minLength(2, 'needs at least two items'),
  ),
});

export const orderCompiler = {
  schema,
  compile(q: v.InferOutput<typeof schema>, ctx) {
    uniqueIds(ctx, q.items, 'items');
    return {
      kind: q.kind,
      items: q.items.map((it, i) => ({
        id: it.id,
        text: ctx.inline(['items', i, 'text'], it.text),
      })),
      rubric: { answer: q.items.map((it) => it.id) },
    };
  },
} satisfies KindCompiler<'order'>;
