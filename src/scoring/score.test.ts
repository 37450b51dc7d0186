import { describe, expect, it } from 'vitest';
import type { Input } from '../domain/question';
import { judgements, scoreAnswer } from './score';
import { q } from '../testing/questions';

type Row = [
  label: string,
  input: Input,
  expected: { points?: number; status?: string; code?: string },
];

function check(question: Parameters<typeof scoreAnswer>[0], rows: Row[]) {
  it.each(rows)('%s', (_label, input, expected) => {
    const result = scoreAnswer(question, input);
    if (expected.code) {
      expect(result).toEqual({ valid: false, code: expected.code });
    } else {
      expect(result.valid).toBe(true);
      if (!result.valid) return;
      expect(result.points).toBeCloseTo(expected.points ?? NaN, 5);
      expect(result.status).toBe(expected.status);
    }
  });
}

describe('single-choice: all or nothing', () => {
  check(q.single(), [
    ['right', { kind: 'single-choice', choice: 'a' }, { points: 1, status: 'correct' }],
    ['wrong', { kind: 'single-choice', choice: 'b' }, { points: 0, status: 'incorrect' }],
    ['empty', { kind: 'single-choice', choice: null }, { code: 'empty' }],
    ['unknown option', { kind: 'single-choice', choice: 'zz' }, { code: 'unknown-choice' }],
    ['another kind of input', { kind: 'order', order: [] }, { code: 'wrong-kind' }],
  ]);
});

describe('multiple-choice: (right ticks − wrong ticks) / key size, floored at 0', () => {
  check(q.multiple(), [
    ['right', { kind: 'multiple-choice', choices: ['a', 'b'] }, { points: 1, status: 'correct' }],
    [
      'right, in another order',
      { kind: 'multiple-choice', choices: ['b', 'a'] },
      { points: 1, status: 'correct' },
    ],
    ['half', { kind: 'multiple-choice', choices: ['a'] }, { points: 0.5, status: 'partial' }],
    [
      'one right, one wrong',
      { kind: 'multiple-choice', choices: ['a', 'c'] },
      { points: 0, status: 'incorrect' },
    ],
    [
      'everything ticked',
      { kind: 'multiple-choice', choices: ['a', 'b', 'c', 'd'] },
      { points: 0, status: 'incorrect' },
    ],
    [
      'all wrong',
      { kind: 'multiple-choice', choices: ['c', 'd'] },
      { points: 0, status: 'incorrect' },
    ],
    ['empty', { kind: 'multiple-choice', choices: [] }, { code: 'empty' }],
    [
      'unknown option',
      { kind: 'multiple-choice', choices: ['a', 'q'] },
      { code: 'unknown-choice' },
    ],
    ['duplicate', { kind: 'multiple-choice', choices: ['a', 'a'] }, { code: 'duplicate' }],
  ]);
});

describe('tag-sentences: same rule as multiple-choice; tagging nothing is an answer', () => {
  check(q.tags(), [
    ['right', { kind: 'tag-sentences', sentences: ['s3', 's1'] }, { points: 1, status: 'correct' }],
    ['half', { kind: 'tag-sentences', sentences: ['s1'] }, { points: 0.5, status: 'partial' }],
    [
      'both right plus one wrong',
      { kind: 'tag-sentences', sentences: ['s1', 's3', 's2'] },
      { points: 0.5, status: 'partial' },
    ],
    [
      'tag everything',
      { kind: 'tag-sentences', sentences: ['s1', 's2', 's3', 's4'] },
      { points: 0, status: 'incorrect' },
    ],
    ['tag nothing', { kind: 'tag-sentences', sentences: [] }, { points: 0, status: 'incorrect' }],
    [
      'a sentence not offered',
      { kind: 'tag-sentences', sentences: ['s9'] },
      { code: 'unknown-choice' },
    ],
    ['duplicate', { kind: 'tag-sentences', sentences: ['s1', 's1'] }, { code: 'duplicate' }],
  ]);
  check(q.tags({ id: 'none-apply', rubric: { answer: [] } }), [
    [
      'nothing applies and nothing tagged',
      { kind: 'tag-sentences', sentences: [] },
      { points: 1, status: 'correct' },
    ],
    [
      'nothing applies but one tagged',
      { kind: 'tag-sentences', sentences: ['s2'] },
      { points: 0, status: 'incorrect' },
    ],
  ]);
});

describe('categorize: items labelled right / items', () => {
  const all = { i1: 'supported', i2: 'unsupported', i3: 'unsupported', i4: 'other' };
  check(q.categorize(), [
    ['right', { kind: 'categorize', labels: all }, { points: 1, status: 'correct' }],
    [
      'three of four',
      { kind: 'categorize', labels: { ...all, i4: 'supported' } },
      { points: 0.75, status: 'partial' },
    ],
    [
      'all wrong',
      {
        kind: 'categorize',
        labels: { i1: 'other', i2: 'other', i3: 'supported', i4: 'unsupported' },
      },
      { points: 0, status: 'incorrect' },
    ],
    ['empty', { kind: 'categorize', labels: {} }, { code: 'empty' }],
    [
      'one item unlabelled',
      { kind: 'categorize', labels: { i1: 'supported', i2: 'unsupported', i3: 'other' } },
      { code: 'incomplete' },
    ],
    [
      'unknown label',
      { kind: 'categorize', labels: { ...all, i1: 'maybe' } },
      { code: 'unknown-choice' },
    ],
    [
      'unknown item',
      { kind: 'categorize', labels: { ...all, i9: 'other' } },
      { code: 'unknown-choice' },
    ],
  ]);
});

describe('order: pairs in the right relative order / all pairs', () => {
  check(q.order(), [
    ['right', { kind: 'order', order: ['w', 'x', 'y', 'z'] }, { points: 1, status: 'correct' }],
    [
      'two neighbours swapped',
      { kind: 'order', order: ['x', 'w', 'y', 'z'] },
      { points: 5 / 6, status: 'partial' },
    ],
    [
      'last moved to first',
      { kind: 'order', order: ['z', 'w', 'x', 'y'] },
      { points: 3 / 6, status: 'partial' },
    ],
    [
      'reversed',
      { kind: 'order', order: ['z', 'y', 'x', 'w'] },
      { points: 0, status: 'incorrect' },
    ],
    ['an item missing', { kind: 'order', order: ['w', 'x', 'y'] }, { code: 'not-a-permutation' }],
    [
      'an item twice',
      { kind: 'order', order: ['w', 'x', 'y', 'y'] },
      { code: 'not-a-permutation' },
    ],
    [
      'an unknown item',
      { kind: 'order', order: ['w', 'x', 'y', 'q'] },
      { code: 'not-a-permutation' },
    ],
  ]);
});

describe('short-answer: self-assessed, ticked points / checklist', () => {
  const text = 'A long enough answer.';
  check(q.short(), [
    [
      'all points',
      { kind: 'short-answer', text, ticked: [0, 1, 2, 3] },
      { points: 1, status: 'correct' },
    ],
    [
      'half the points',
      { kind: 'short-answer', text, ticked: [3, 1] },
      { points: 0.5, status: 'partial' },
    ],
    ['no points', { kind: 'short-answer', text, ticked: [] }, { points: 0, status: 'incorrect' }],
    ['empty', { kind: 'short-answer', text: '   ', ticked: [] }, { code: 'empty' }],
    ['too short', { kind: 'short-answer', text: 'Short', ticked: [0] }, { code: 'too-short' }],
    [
      'a point that does not exist',
      { kind: 'short-answer', text, ticked: [4] },
      { code: 'unknown-choice' },
    ],
    ['a point ticked twice', { kind: 'short-answer', text, ticked: [1, 1] }, { code: 'duplicate' }],
  ]);
});

describe('judgements (for the discernment line)', () => {
  it('single-choice: the right option’s stance is the truth, the chosen one’s the response', () => {
    expect(judgements(q.single(), { kind: 'single-choice', choice: 'b' })).toEqual([
      { id: 'single', truth: 'flag', response: 'trust' },
    ]);
    expect(judgements(q.single(), { kind: 'single-choice', choice: 'c' })).toEqual([
      { id: 'single', truth: 'flag', response: null },
    ]);
  });

  it('single-choice without stances makes no judgement', () => {
    const plain = q.single({
      options: [
        { id: 'a', text: ['A'] },
        { id: 'b', text: ['B'] },
      ],
    });
    expect(judgements(plain, { kind: 'single-choice', choice: 'a' })).toEqual([]);
  });

  it('tag-sentences: only sentences with a stance are judged; tagging means `selecting`', () => {
    expect(judgements(q.tags(), { kind: 'tag-sentences', sentences: ['s1', 's2'] })).toEqual([
      { id: 'tags/s1', truth: 'flag', response: 'flag' },
      { id: 'tags/s2', truth: 'trust', response: 'flag' },
      { id: 'tags/s3', truth: 'flag', response: 'trust' },
    ]);
  });

  it('multiple-choice: unticking a "trust" option counts as flagging it; options without a stance do not count', () => {
    expect(judgements(q.multiple(), { kind: 'multiple-choice', choices: ['a'] })).toEqual([
      { id: 'multiple/a', truth: 'trust', response: 'trust' },
      { id: 'multiple/b', truth: 'trust', response: 'flag' },
      { id: 'multiple/c', truth: 'flag', response: 'flag' },
    ]);
  });

  it('a question without `selecting` makes no judgement, whatever its items', () => {
    const { selecting: _unused, ...untyped } = q.tags();
    void _unused;
    expect(judgements(untyped, { kind: 'tag-sentences', sentences: ['s1'] })).toEqual([]);
  });

  it('categorize: only items whose right label has a stance count', () => {
    const labels = { i1: 'unsupported', i2: 'unsupported', i3: 'other', i4: 'other' };
    expect(judgements(q.categorize(), { kind: 'categorize', labels })).toEqual([
      { id: 'categorize/i1', truth: 'trust', response: 'flag' },
      { id: 'categorize/i2', truth: 'flag', response: 'flag' },
      { id: 'categorize/i3', truth: 'flag', response: null },
    ]);
  });

  it('an unanswered question still has its judgement items, with no response', () => {
    expect(judgements(q.tags(), null).every((j) => j.response === null)).toBe(true);
    expect(judgements(q.order(), null)).toEqual([]);
  });
});
