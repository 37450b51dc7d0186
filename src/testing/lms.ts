import { describe, expect, it } from 'vitest';
import type { Input, Question } from '../domain/question';
import { kindOf } from '../kinds/registry';
import type { ScormVersion } from '../kinds/shared/lms';

type PerVersion<T> = Record<ScormVersion, T>;

/** A question's LMS part as the adapter calls it (see src/lms/kinds.ts). */
export function lmsOf(question: Question) {
  return kindOf(question.kind).lms;
}

/**
 * One answer to a question as an LMS gets it: the interaction type, the learner's response and
 * the correct response in both SCORM versions, and packing for suspend_data and back.
 */
export function lmsCase(
  label: string,
  question: Question,
  input: Input,
  expected: {
    type: PerVersion<string>;
    response: PerVersion<string | undefined>;
    correct: PerVersion<string | undefined>;
  },
) {
  describe(`LMS: ${label}`, () => {
    it.each(['1.2', '2004'] as const)('SCORM %s: type, learner response, correct response', (v) => {
      const lms = lmsOf(question);
      expect(lms.interaction[v]).toBe(expected.type[v]);
      expect(lms.response(question, input, v)).toBe(expected.response[v]);
      expect(lms.correct(question, question.rubric, v)).toBe(expected.correct[v]);
    });

    it('packs the answer into fewer characters, and back through JSON', () => {
      const lms = lmsOf(question);
      const packed = lms.pack(question, input);
      expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(input).length);
      expect(lms.unpack(question, JSON.parse(JSON.stringify(packed)))).toEqual(input);
    });
  });
}
