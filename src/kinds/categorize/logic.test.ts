// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { categorizeLogic as logic } from './logic';
import { q } from '../../testing/questions';
import { scoreTable } from '../../testing/scoring';
import { lmsCase } from '../../testing/lms';

const all = { i1: 'supported', i2: 'unsupported', i3: 'unsupported', i4: 'other' };

describe('categorize: items labelled right / items', () => {
  scoreTable(q.categorize(), [
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

  it('marks each item with the label given and the label expected', () => {
    const question = q.categorize();
    const scored = logic.score(question, question.rubric, {
      kind: 'categorize',
      labels: { ...all, i4: 'supported' },
    });
    expect(scored.items.at(-1)).toEqual({
      id: 'i4',
      chosen: 'supported',
      expected: 'other',
      ok: false,
    });
  });
});

describe('categorize: judgements', () => {
  it('only items whose right label has a stance count; the response is the given label’s', () => {
    const question = q.categorize();
    const labels = { i1: 'unsupported', i2: 'unsupported', i3: 'other', i4: 'other' };
    expect(logic.judgements(question, question.rubric, { kind: 'categorize', labels })).toEqual([
      { id: 'categorize/i1', truth: 'trust', response: 'flag' },
      { id: 'categorize/i2', truth: 'flag', response: 'flag' },
      { id: 'categorize/i3', truth: 'flag', response: null },
    ]);
    expect(logic.judgements(question, question.rubric, null).map((j) => j.response)).toEqual([
      null,
      null,
      null,
    ]);
  });
});

describe('categorize: presentation and saved answers', () => {
  it('lists the rich text of its items and their feedback', () => {
    const question = q.categorize({
      items: [
        { id: 'i1', text: ['One'], feedback: ['Why one'] },
        { id: 'i2', text: [], sentence: 's1' },
      ],
    });
    expect(logic.richText(question)).toEqual([['One'], ['Why one'], [], []]);
    // Only the item that is an article sentence quotes one.
    expect(logic.quotedSentences(question)).toEqual(['s1']);
  });

  it('shows the items in the seeded order and starts with none labelled', () => {
    const question = q.categorize();
    expect(logic.presentationOrder(question, (ids) => [...ids].reverse())).toEqual([
      'i4',
      'i3',
      'i2',
      'i1',
    ]);
    expect(logic.emptyInput(question, [])).toEqual({ kind: 'categorize', labels: {} });
  });

  it('accepts a saved map of item → label ids, up to 200 items', () => {
    const many = (n: number) =>
      Object.fromEntries(Array.from({ length: n }, (_, i) => [`i${i}`, 'x']));
    expect(v.is(logic.inputSchema, { kind: 'categorize', labels: many(200) })).toBe(true);
    expect(v.is(logic.inputSchema, { kind: 'categorize', labels: many(201) })).toBe(false);
    expect(v.is(logic.inputSchema, { kind: 'categorize', labels: { i1: 'Not id' } })).toBe(false);
  });
});

describe('categorize: for an LMS', () => {
  lmsCase(
    'a label for each item',
    q.categorize(),
    {
      kind: 'categorize',
      labels: { i1: 'supported', i2: 'other', i3: 'unsupported', i4: 'other' },
    },
    {
      type: { '1.2': 'matching', '2004': 'matching' },
      response: {
        '1.2': 'a.a,b.c,c.b,d.c',
        '2004': 'i1[.]supported[,]i2[.]other[,]i3[.]unsupported[,]i4[.]other',
      },
      correct: {
        '1.2': 'a.a,b.b,c.b,d.c',
        '2004': 'i1[.]supported[,]i2[.]unsupported[,]i3[.]unsupported[,]i4[.]other',
      },
    },
  );

  it('refers to items and labels by position; an item without a label is left out', () => {
    const question = q.categorize();
    expect(logic.lms.shape(question)).toEqual([
      'i1',
      'i2',
      'i3',
      'i4',
      '|',
      'supported',
      'unsupported',
      'other',
    ]);
    const partial = { kind: 'categorize' as const, labels: { i2: 'other' } };
    expect(logic.lms.pack(question, partial)).toBe('.2..');
    expect(logic.lms.unpack(question, '.2..')).toEqual(partial);
    expect(logic.lms.response(question, partial, '1.2')).toBe('b.c');
    expect(logic.lms.response(question, partial, '2004')).toBe('i2[.]other');
  });

  it('unpacks nothing that does not have one position per item', () => {
    const question = q.categorize();
    expect(logic.lms.unpack(question, '012')).toBeUndefined();
    expect(logic.lms.unpack(question, '01234')).toBeUndefined();
    expect(logic.lms.unpack(question, 7)).toBeUndefined();
    // A position beyond the labels is read as no label.
    expect(logic.lms.unpack(question, '0129')).toEqual({
      kind: 'categorize',
      labels: { i1: 'supported', i2: 'unsupported', i3: 'other' },
    });
  });
});

describe('categorize: hint and printed key', () => {
  const question = q.categorize();
  it('counts the items with a wrong label', () => {
    const score = logic.score(question, question.rubric, {
      kind: 'categorize',
      labels: { i1: 'supported', i2: 'supported', i3: 'other', i4: 'other' },
    });
    expect(logic.retryHint(question, score)).toBe(
      '2 of the 4 items have the wrong label (marked ✗).',
    );
  });
  it('prints each item (a, b… in printed order) with its label’s letter (A, B… as printed)', () => {
    // Labels: A supported, B unsupported, C other.
    expect(logic.keyEntry(question, question.rubric, ['i4', 'i1', 'i3', 'i2'])).toBe(
      'a\u00a0C, b\u00a0A, c\u00a0B, d\u00a0B',
    );
  });
});
