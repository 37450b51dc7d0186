// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  canTryAgain,
  discernment,
  percent,
  questionCredit,
  shownPercent,
  tryWeight,
} from './attempt';
import type { Scored } from '../domain/score';

const scored = (points: number): Scored => ({
  valid: true,
  points,
  status: points >= 1 ? 'correct' : points > 0 ? 'partial' : 'incorrect',
  items: [],
});

describe('questionCredit', () => {
  it.each([
    ['right first time', [1], 1],
    ['half right first time', [0.5], 0.5],
    ['wrong, then right: half credit', [0, 1], 0.5],
    ['partial, then worse: keeps the first', [0.75, 0], 0.75],
    ['wrong three times, right on the third: a quarter', [0, 0, 1], 0.25],
    ['no tries', [], 0],
  ])('%s', (_label, points, expected) => {
    expect(questionCredit(points.map(scored))).toBeCloseTo(expected, 5);
  });

  it('ignores invalid tries', () => {
    expect(questionCredit([{ valid: false, code: 'empty' }, scored(1)])).toBe(0.5);
  });
});

describe('canTryAgain', () => {
  it('allows a first try', () => {
    expect(canTryAgain([], 1)).toBe(true);
  });
  it('allows another try while wrong and tries remain', () => {
    expect(canTryAgain([scored(0)], 2)).toBe(true);
    expect(canTryAgain([scored(0.5)], 2)).toBe(true);
  });
  it('stops after a right answer or the last try', () => {
    expect(canTryAgain([scored(1)], 2)).toBe(false);
    expect(canTryAgain([scored(0), scored(0)], 2)).toBe(false);
  });
});

describe('percent', () => {
  it('averages credits as a percentage with one decimal', () => {
    expect(percent([1, 0.5, 0])).toBe(50);
    expect(percent([1, 1, 0])).toBe(66.7);
    expect(percent([])).toBe(0);
  });
});

describe('shownPercent', () => {
  it('shows whole numbers, rounded down so a shown score never reaches a missed pass mark', () => {
    expect(shownPercent(79.7)).toBe(79);
    expect(shownPercent(80)).toBe(80);
    expect(shownPercent(66.7)).toBe(66);
    expect(shownPercent(0)).toBe(0);
    expect(shownPercent(100)).toBe(100);
    // 0.1 * 3 * 1000 / 10 style arithmetic must not drop a point.
    expect(shownPercent((0.7 * 3 * 1000) / 30)).toBe(70);
  });
});

describe('tryWeight', () => {
  it('halves with each try', () => {
    expect([0, 1, 2].map(tryWeight)).toEqual([1, 0.5, 0.25]);
  });
});

describe('discernment', () => {
  it('counts unsupported items flagged and supported items wrongly flagged', () => {
    expect(
      discernment([
        { id: '1', truth: 'flag', response: 'flag' },
        { id: '2', truth: 'flag', response: 'trust' },
        { id: '3', truth: 'flag', response: null },
        { id: '4', truth: 'trust', response: 'flag' },
        { id: '5', truth: 'trust', response: 'trust' },
      ]),
    ).toEqual({ flagItems: 3, flagged: 1, trustItems: 2, wronglyFlagged: 1 });
  });

  it('shows why distrusting everything does not pay: every supported item is a false alarm', () => {
    const cynic = discernment([
      { id: '1', truth: 'flag', response: 'flag' },
      { id: '2', truth: 'trust', response: 'flag' },
      { id: '3', truth: 'trust', response: 'flag' },
    ]);
    expect(cynic.wronglyFlagged).toBe(cynic.trustItems);
  });
});
