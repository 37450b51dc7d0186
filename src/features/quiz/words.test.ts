// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Scored } from '../../domain/score';
import { statusFor } from '../../kinds/shared/scoring';
import { discernmentWords, pointsText, tryVerdict } from './words';

const tries = (...points: number[]): Scored[] =>
  points.map((p) => ({ valid: true, points: p, status: statusFor(p), items: [] }));

describe('tryVerdict: honest about what a try earns', () => {
  it.each([
    [[1], 'Correct — full marks.'],
    [[0.5], 'Partly right — half the marks.'],
    [[0], 'Not right — no marks.'],
    [[0, 1], 'Correct on your second try — it earns half the marks.'],
    [
      [0, 0.5],
      'Partly right on your second try — it earns a quarter of the marks: a second try earns at most half the marks.',
    ],
    [[0, 0], 'Not right on your second try — no marks.'],
    [
      [0.75, 1],
      'Correct on your second try. This question keeps 75% of the marks from an earlier try: a second try earns at most half the marks.',
    ],
    [[0, 0, 1], 'Correct on your third try — it earns a quarter of the marks.'],
  ])('%j → %s', (points, text) => {
    expect(tryVerdict(tries(...points))).toBe(text);
  });

  it('never says "full marks" after a first try', () => {
    for (const points of [
      [0, 1],
      [0.5, 1],
      [0, 0, 1],
    ]) {
      expect(tryVerdict(tries(...points))).not.toMatch(/full marks/);
    }
  });

  it('shows whole-number shares of the marks', () => {
    expect(pointsText(2 / 3)).toBe('66% of the marks');
  });
});

describe('discernmentWords: plurals', () => {
  it('speaks of one claim as one claim', () => {
    expect(
      discernmentWords({ flagItems: 1, flagged: 1, trustItems: 1, wronglyFlagged: 0 }),
    ).toEqual([
      'You flagged the one claim or source that deserved it (unsupported, or not reliable on the point).',
      'You trusted the one claim or source that was supported or reliable on the point.',
      'You told supported and unsupported claims apart well.',
    ]);
    expect(
      discernmentWords({ flagItems: 1, flagged: 0, trustItems: 1, wronglyFlagged: 1 }).slice(0, 2),
    ).toEqual([
      'You did not flag the one claim or source that deserved it (unsupported, or not reliable on the point).',
      'You wrongly flagged the one claim or source that was supported or reliable on the point.',
    ]);
  });
  it('and of several as several', () => {
    expect(
      discernmentWords({ flagItems: 5, flagged: 3, trustItems: 4, wronglyFlagged: 0 }).slice(0, 2),
    ).toEqual([
      'You flagged 3 of the 5 claims or sources that deserved it (unsupported, or not reliable on the point).',
      'You trusted all 4 claims or sources that were supported or reliable on the point.',
    ]);
  });
});
