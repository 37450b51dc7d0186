import { expect, it } from 'vitest';
import type { Input, Question } from '../domain/question';
import type { InvalidCode, Status } from '../domain/score';
import { scoreAnswer } from '../scoring/score';

export type ScoreRow = [
  label: string,
  input: Input,
  expected: { points: number; status: Status } | { code: InvalidCode },
];

/** One test per row: the answer's points and status, or the code it is refused with. */
export function scoreTable(question: Question, rows: ScoreRow[]) {
  it.each(rows)('%s', (_label, input, expected) => {
    const result = scoreAnswer(question, input);
    if ('code' in expected) {
      expect(result).toEqual({ valid: false, code: expected.code });
    } else {
      expect(result.valid).toBe(true);
      if (!result.valid) return;
      expect(result.points).toBeCloseTo(expected.points, 5);
      expect(result.status).toBe(expected.status);
    }
  });
}
