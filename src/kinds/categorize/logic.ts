/** Categorize: give each item one label. Each item is worth the same: right labels / items. */
import * as v from 'valibot';
import type { KindModule } from '../types';
import { statusFor } from '../shared/scoring';
import { ContentIdInput } from '../shared/input';
import { idsOf, packIndexes, responsePairs, unpackIndexes, type ScormVersion } from '../shared/lms';
import type { CategorizeQuestion } from '../../domain/question';
import { some } from '../shared/hints';
import { letter, lettersOf } from '../shared/letters';

/** (item, label) for each labelled item, in the question's item order. */
function matches(
  question: CategorizeQuestion,
  labels: Readonly<Record<string, string>>,
  v: ScormVersion,
) {
  const pairs = question.items.flatMap((item): [string, string][] => {
    const label = labels[item.id];
    return label === undefined ? [] : [[item.id, label]];
  });
  return responsePairs(pairs, idsOf(question.items), idsOf(question.labels), v);
}

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
  // Packed as one label position per item, in item order (-1: no label yet).
  lms: {
    shape: (question) => [...idsOf(question.items), '|', ...idsOf(question.labels)],
    pack(question, input) {
      const labels = idsOf(question.labels);
      return packIndexes(question.items.map((item) => labels.indexOf(input.labels[item.id] ?? '')));
    },
    unpack(question, packed) {
      const chosen = unpackIndexes(packed);
      if (!chosen || chosen.length !== question.items.length) return undefined;
      const labels: Record<string, string> = {};
      for (const [k, item] of question.items.entries()) {
        const label = question.labels[chosen[k] ?? -1];
        if (label) labels[item.id] = label.id;
      }
      return { kind: 'categorize', labels };
    },
    interaction: { '1.2': 'matching', '2004': 'matching' },
    response: (question, input, v) => matches(question, input.labels, v),
    correct: (question, rubric, v) => matches(question, rubric.answer, v),
  },
};
