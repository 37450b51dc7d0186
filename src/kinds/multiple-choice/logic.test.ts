// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { multipleChoiceLogic as logic } from './logic';
import { q } from '../../testing/questions';
import { scoreTable } from '../../testing/scoring';

describe('multiple-choice: (right ticks − wrong ticks) / key size, floored at 0', () => {
  scoreTable(q.multiple(), [
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
      'both right, one wrong',
      { kind: 'multiple-choice', choices: ['a', 'b', 'c'] },
      { points: 0.5, status: 'partial' },
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

  it('marks every option, ticked or not', () => {
    const question = q.multiple();
    const scored = logic.score(question, question.rubric, {
      kind: 'multiple-choice',
      choices: ['a', 'c'],
    });
    expect(scored.items).toEqual([
      { id: 'a', chosen: true, expected: true, ok: true },
      { id: 'b', chosen: false, expected: true, ok: false },
      { id: 'c', chosen: true, expected: false, ok: false },
      { id: 'd', chosen: false, expected: false, ok: true },
    ]);
  });
});

describe('multiple-choice: judgements', () => {
  it('unticking a "trust" option counts as flagging it; options without a stance do not count', () => {
    const question = q.multiple();
    const judge = (choices: string[]) =>
      logic.judgements(question, question.rubric, { kind: 'multiple-choice', choices });
    expect(judge(['a'])).toEqual([
      { id: 'multiple/a', truth: 'trust', response: 'trust' },
      { id: 'multiple/b', truth: 'trust', response: 'flag' },
      { id: 'multiple/c', truth: 'flag', response: 'flag' },
    ]);
    expect(logic.judgements(question, question.rubric, null).map((j) => j.response)).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('with `selecting: flag`, ticking means flagging', () => {
    const question = q.multiple({ selecting: 'flag' });
    expect(
      logic.judgements(question, question.rubric, { kind: 'multiple-choice', choices: ['c'] }),
    ).toEqual([
      { id: 'multiple/a', truth: 'trust', response: 'trust' },
      { id: 'multiple/b', truth: 'trust', response: 'trust' },
      { id: 'multiple/c', truth: 'flag', response: 'flag' },
    ]);
  });

  it('makes no judgement without `selecting`, whatever its options', () => {
    const { selecting: _unused, ...question } = q.multiple();
    void _unused;
    expect(
      logic.judgements(question, question.rubric, { kind: 'multiple-choice', choices: ['a'] }),
    ).toEqual([]);
  });
});

describe('multiple-choice: presentation and saved answers', () => {
  it('lists the rich text of its options and their feedback', () => {
    const question = q.multiple({
      options: [
        { id: 'a', text: ['A'] },
        { id: 'b', text: ['B'], feedback: ['Why B'] },
      ],
    });
    expect(logic.richText(question)).toEqual([['A'], [], ['B'], ['Why B']]);
  });

  it('shows the options in the seeded order and starts with nothing ticked', () => {
    const question = q.multiple();
    expect(logic.presentationOrder(question, (ids) => [...ids].reverse())).toEqual([
      'd',
      'c',
      'b',
      'a',
    ]);
    expect(logic.emptyInput(question, [])).toEqual({ kind: 'multiple-choice', choices: [] });
  });

  it('accepts a saved list of ids and nothing else', () => {
    expect(v.is(logic.inputSchema, { kind: 'multiple-choice', choices: ['a', 'b'] })).toBe(true);
    expect(v.is(logic.inputSchema, { kind: 'multiple-choice', choices: 'a' })).toBe(false);
    expect(v.is(logic.inputSchema, { kind: 'multiple-choice', choices: ['A B'] })).toBe(false);
  });
});

describe('multiple-choice: hint and printed key', () => {
  const question = q.multiple();
  const hint = (choices: string[]) =>
    logic.retryHint(
      question,
      logic.score(question, question.rubric, { kind: 'multiple-choice', choices }),
    );
  it.each([
    [['a'], '1 of the 2 right options is still missing.'],
    [
      ['a', 'c'],
      '1 of the 2 right options is still missing. 1 you ticked should not be (marked ✗).',
    ],
    [['a', 'b', 'c', 'd'], '2 you ticked should not be (marked ✗).'],
    [['c'], 'None of the 2 right options are ticked yet. 1 you ticked should not be (marked ✗).'],
  ])('ticked %j: %s', (choices, text) => {
    expect(hint(choices)).toBe(text);
  });

  it('prints the key’s letters in printed order', () => {
    expect(logic.keyEntry(question, question.rubric, ['d', 'b', 'c', 'a'])).toBe('B, D');
    expect(logic.keyEntry(question, { answer: [] }, ['a', 'b'])).toBe('none');
  });
});
