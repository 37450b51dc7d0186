/**
 * Short-answer: self-assessed. The learner writes, compares with the model answer and ticks
 * the checklist points their answer covers. Points = ticked / points on the checklist.
 */
import * as v from 'valibot';
import type { KindModule } from '../types';
import { statusFor } from '../shared/scoring';

const MAX_TEXT = 5000;

export const shortAnswerLogic: KindModule<'short-answer'> = {
  inputSchema: v.strictObject({
    kind: v.literal('short-answer'),
    text: v.pipe(v.string(), v.maxLength(MAX_TEXT)),
    ticked: v.pipe(
      v.array(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100))),
      v.maxLength(100),
    ),
  }),
  presentationOrder: () => [],
  emptyInput: () => ({ kind: 'short-answer', text: '', ticked: [] }),
  validate(question, input) {
    const written = input.text.trim().length;
    if (written === 0) return 'empty';
    if (written < question.minLength) return 'too-short';
    const n = question.checklist.length;
    if (input.ticked.some((t) => !Number.isInteger(t) || t < 0 || t >= n)) return 'unknown-choice';
    return new Set(input.ticked).size === input.ticked.length ? null : 'duplicate';
  },
  score(question, _rubric, input) {
    const n = question.checklist.length;
    const items = question.checklist.map((_, i) => ({
      id: String(i),
      chosen: input.ticked.includes(i),
      expected: true,
      ok: input.ticked.includes(i),
    }));
    // The checklist has at least one point (the compiler makes sure).
    const points = input.ticked.length / n;
    return { status: statusFor(points), points, items };
  },
  judgements: () => [],
  // Self-assessed: there is no second try to give a hint for.
  retryHint: () => '',
  keyEntry: () => 'model answer below',
  richText: (question) => [question.modelAnswer],
  quotedSentences: () => [],
  selfAssessed: true,
};
