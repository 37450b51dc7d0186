/**
 * Short-answer: self-assessed against a rubric. The learner writes, then reads the rubric's
 * three levels, each with a description and an exemplar answer, and places their own answer
 * at one of them. The level is the score: secure = full points, developing = half, beginning =
 * none. Nobody else marks the text, so it makes no judgements for discernment.
 */
import * as v from 'valibot';
import { RUBRIC_LEVELS, type RubricLevelId } from '../../domain/question';
import type { KindModule } from '../types';
import { statusFor } from '../shared/scoring';
import { responseText } from '../shared/lms';

const MAX_TEXT = 5000;

/** Points per level, in the order of RUBRIC_LEVELS. */
export const LEVEL_POINTS: Record<RubricLevelId, number> = {
  beginning: 0,
  developing: 0.5,
  secure: 1,
};

/** A written answer in a finished attempt keeps at least this much when suspend_data is full. */
const LEAN_TEXT = 60;

export const shortAnswerLogic: KindModule<'short-answer'> = {
  inputSchema: v.strictObject({
    kind: v.literal('short-answer'),
    text: v.pipe(v.string(), v.maxLength(MAX_TEXT)),
    level: v.nullable(v.picklist(RUBRIC_LEVELS)),
  }),
  presentationOrder: () => [],
  emptyInput: () => ({ kind: 'short-answer', text: '', level: null }),
  validate(question, input) {
    const written = input.text.trim().length;
    if (written === 0) return 'empty';
    if (written < question.minLength) return 'too-short';
    return input.level === null ? 'unplaced' : null;
  },
  score(_question, _rubric, input) {
    const level = input.level ?? 'beginning';
    const points = LEVEL_POINTS[level];
    // One mark: the level chosen, against the top of the rubric.
    const items = [{ id: 'level', chosen: level, expected: 'secure', ok: level === 'secure' }];
    return { status: statusFor(points), points, items };
  },
  judgements: () => [],
  // Self-assessed: there is no second try to give a hint for.
  retryHint: () => '',
  keyEntry: () => 'model answer and rubric below',
  richText: (question) => [
    question.modelAnswer,
    question.selfCheck ?? [],
    ...question.levels.flatMap((l) => [l.description, l.exemplar]),
  ],
  quotedSentences: () => [],
  selfAssessed: true,
  // Packed as [text, level position or -1 for none yet]; the levels are the same for every question.
  lms: {
    shape: () => [...RUBRIC_LEVELS],
    pack: (_question, input) => [
      input.text,
      input.level === null ? -1 : RUBRIC_LEVELS.indexOf(input.level),
    ],
    unpack(_question, packed) {
      if (!Array.isArray(packed) || typeof packed[0] !== 'string') return undefined;
      const index: unknown = packed[1];
      const level = index === -1 ? null : RUBRIC_LEVELS.find((_, i) => i === index);
      return level === undefined ? undefined : { kind: 'short-answer', text: packed[0], level };
    },
    shorten(question, input) {
      const keep = Math.max(LEAN_TEXT, question.minLength);
      const trimmed = input.text.trim();
      return trimmed.length <= keep + 1 ? input : { ...input, text: `${trimmed.slice(0, keep)}…` };
    },
    // SCORM 1.2 has no long-fill-in, so a written answer is a fill-in there (cut to 255).
    interaction: { '1.2': 'fill-in', '2004': 'long-fill-in' },
    response: (_question, input, v) => responseText(input.text, v),
    // A written answer has no key: the level the learner chose is reported as the result.
    correct: () => undefined,
  },
};
