/** Single-choice: one right option, all or nothing. */
import * as v from 'valibot';
import type { KindModule } from '../types';
import { statusFor } from '../shared/scoring';
import { ContentIdInput } from '../shared/input';
import { idsOf, responseList } from '../shared/lms';
import { lettersOf } from '../shared/letters';

export const singleChoiceLogic: KindModule<'single-choice'> = {
  inputSchema: v.strictObject({
    kind: v.literal('single-choice'),
    choice: v.nullable(ContentIdInput),
  }),
  presentationOrder: (question, mix) => mix(question.options.map((o) => o.id)),
  emptyInput: () => ({ kind: 'single-choice', choice: null }),
  validate(question, input) {
    if (input.choice === null) return 'empty';
    return question.options.some((o) => o.id === input.choice) ? null : 'unknown-choice';
  },
  score(question, rubric, input) {
    const items = question.options.map((o) => ({
      id: o.id,
      chosen: o.id === input.choice,
      expected: o.id === rubric.answer,
      ok: (o.id === input.choice) === (o.id === rubric.answer),
    }));
    const points = input.choice === rubric.answer ? 1 : 0;
    return { status: statusFor(points), points, items };
  },
  // The right option's stance is the truth; the chosen option's stance is the response.
  judgements(question, rubric, input) {
    const right = question.options.find((o) => o.id === rubric.answer);
    if (!right?.stance) return [];
    const chosen = input ? question.options.find((o) => o.id === input.choice) : undefined;
    return [{ id: question.id, truth: right.stance, response: chosen?.stance ?? null }];
  },
  retryHint(question, score) {
    const chosen = question.options.find((o) => score.items.some((i) => i.id === o.id && i.chosen));
    return chosen?.feedback
      ? 'The option you chose is not the best answer: the note under it says why. Weigh the others.'
      : 'The option you chose is not the best answer. Weigh the others against the question.';
  },
  keyEntry: (_question, rubric, order) => lettersOf(order).get(rubric.answer) ?? '?',
  richText: (question) => question.options.flatMap((o) => [o.text, o.feedback ?? []]),
  quotedSentences: () => [],
  selfAssessed: false,
  // Packed as the chosen option's position, -1 for none.
  lms: {
    shape: (question) => idsOf(question.options),
    pack(question, input) {
      if (input.choice === null) return -1;
      const i = idsOf(question.options).indexOf(input.choice);
      return i < 0 ? undefined : i;
    },
    unpack(question, packed) {
      if (packed === -1) return { kind: 'single-choice', choice: null };
      const choice = typeof packed === 'number' ? question.options[packed]?.id : undefined;
      return choice === undefined ? undefined : { kind: 'single-choice', choice };
    },
    interaction: { '1.2': 'choice', '2004': 'choice' },
    response: (question, input, v) =>
      input.choice === null ? undefined : responseList([input.choice], idsOf(question.options), v),
    correct: (question, rubric, v) => responseList([rubric.answer], idsOf(question.options), v),
  },
};
