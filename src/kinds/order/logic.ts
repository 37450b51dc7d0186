/**
 * Order: put the items in the right order. Points = pairs of items in the right relative
 * order / all pairs (Kendall's tau, rescaled to 0..1): one item out of place costs little, a
 * reversed list scores 0.
 */
import * as v from 'valibot';
import type { KindModule } from '../types';
import { statusFor } from '../shared/scoring';
import { ContentIdsInput } from '../shared/input';
import { idsOf, packIdsIn, responseList, unpackIdsIn } from '../shared/lms';
import { some } from '../shared/hints';
import { letter } from '../shared/letters';

export const orderLogic: KindModule<'order'> = {
  inputSchema: v.strictObject({ kind: v.literal('order'), order: ContentIdsInput }),
  presentationOrder(question, mix) {
    const ids = question.items.map((i) => i.id);
    const mixed = mix(ids);
    // A starting order that is already right would give the answer away: rotate it.
    return mixed.every((id, i) => id === ids[i]) && ids.length > 1
      ? [...mixed.slice(1), ...mixed.slice(0, 1)]
      : mixed;
  },
  emptyInput: (_question, order) => ({ kind: 'order', order: [...order] }),
  validate(question, input) {
    const ids = question.items.map((i) => i.id);
    // As many as the question's items, and each of them: so each exactly once.
    const sameItems =
      input.order.length === ids.length && ids.every((id) => input.order.includes(id));
    return sameItems ? null : 'not-a-permutation';
  },
  score(_question, rubric, input) {
    const rank = new Map(rubric.answer.map((id, i) => [id, i]));
    let pairs = 0;
    let agree = 0;
    for (let i = 0; i < input.order.length; i++) {
      for (let j = i + 1; j < input.order.length; j++) {
        pairs += 1;
        if ((rank.get(input.order[i] ?? '') ?? 0) < (rank.get(input.order[j] ?? '') ?? 0)) {
          agree += 1;
        }
      }
    }
    const points = pairs === 0 ? 1 : agree / pairs;
    const items = input.order.map((id, position) => ({
      id,
      chosen: position,
      expected: rank.get(id) ?? -1,
      ok: rank.get(id) === position,
    }));
    return { status: statusFor(points), points, items };
  },
  judgements: () => [],
  retryHint(_question, score) {
    const wrong = score.items.filter((i) => !i.ok).length;
    return `${wrong} of the ${some(score.items.length, 'item')} ${wrong === 1 ? 'is' : 'are'} not in the right place yet (marked ✗).`;
  },
  // Items are lettered in printed order; the key gives each letter its place, as learners
  // write it on the sheet: "A 2, B 4, C 1" (no line break inside a pair).
  keyEntry: (_question, rubric, order) =>
    order.map((id, i) => `${letter(i)}\u00a0${rubric.answer.indexOf(id) + 1}`).join(', '),
  richText: (question) => question.items.map((i) => i.text),
  quotedSentences: () => [],
  selfAssessed: false,
  // Packed as the items' positions (as written in the lesson) in the learner's order.
  lms: {
    shape: (question) => idsOf(question.items),
    pack: (question, input) => packIdsIn(input.order, idsOf(question.items)),
    unpack(question, packed) {
      const order = unpackIdsIn(packed, idsOf(question.items));
      return order && { kind: 'order', order };
    },
    interaction: { '1.2': 'sequencing', '2004': 'sequencing' },
    response: (question, input, v) => responseList(input.order, idsOf(question.items), v),
    correct: (question, rubric, v) => responseList(rubric.answer, idsOf(question.items), v),
  },
};
