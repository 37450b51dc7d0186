/** Categorize: give each item one label. Each item is worth the same: right labels / items. */
import * as v from 'valibot';
import type { KindModule } from '../types';
import { statusFor } from '../shared/scoring';
import { ContentIdInput } from '../shared/input';
import { some } from '../shared/hints';
import { letter, lettersOf } from '../shared/letters';

export const categorizeLogic: KindModule<'categorize'> = {
  inputSchema: v.strictObject({
    kind: v.literal('categorize'),
    labels: v.pipe(
      v.record(ContentIdInput, ContentIdInput),
      v.check((r) => Object.keys(r).length <= 200),
    ),
  }),
  presentationOrder: (question, mix) => mix(question.items.map((i) => i.id)),
  emptyInput: () => ({ kind: 'categorize', labels: {} }),
  validate(question, input) {
    const labels = new Set(question.labels.map((l) => l.id));
    const items = new Set(question.items.map((i) => i.id));
    const given = Object.entries(input.labels);
    if (given.length === 0) return 'empty';
    if (given.some(([item, label]) => !items.has(item) || !labels.has(label))) {
      return 'unknown-choice';
    }
    return question.items.every((i) => Object.hasOwn(input.labels, i.id)) ? null : 'incomplete';
  },
  score(question, rubric, input) {
    const items = question.items.map((i) => {
      const chosen = input.labels[i.id] ?? null;
      const expected = rubric.answer[i.id] ?? '';
      return { id: i.id, chosen, expected, ok: chosen === expected };
    });
    const points = items.filter((i) => i.ok).length / items.length;
    return { status: statusFor(points), points, items };
  },
  // Items whose right label has a stance are judgement items; the response is the stance of
  // the label the learner gave.
  judgements(question, rubric, input) {
    const stanceOf = new Map(question.labels.map((l) => [l.id, l.stance]));
    return question.items.flatMap((item) => {
      const truth = stanceOf.get(rubric.answer[item.id] ?? '');
      if (!truth) return [];
      const chosen = input?.labels[item.id];
      return [
        { id: `${question.id}/${item.id}`, truth, response: stanceOf.get(chosen ?? '') ?? null },
      ];
    });
  },
  retryHint(_question, score) {
    const wrong = score.items.filter((i) => !i.ok).length;
    return `${wrong} of the ${some(score.items.length, 'item')} ${wrong === 1 ? 'has' : 'have'} the wrong label (marked ✗).`;
  },
  // Items are lettered a, b, c… in printed order; labels A, B, C… as printed (the order given).
  // A pair never breaks across lines.
  keyEntry(question, rubric, order) {
    const label = lettersOf(question.labels.map((l) => l.id));
    return order
      .map(
        (id, i) => `${letter(i).toLowerCase()}\u00a0${label.get(rubric.answer[id] ?? '') ?? '?'}`,
      )
      .join(', ');
  },
  richText: (question) => question.items.flatMap((i) => [i.text, i.feedback ?? []]),
  quotedSentences: (question) => question.items.flatMap((i) => (i.sentence ? [i.sentence] : [])),
  selfAssessed: false,
};
