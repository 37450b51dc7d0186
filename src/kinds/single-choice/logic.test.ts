// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { singleChoiceLogic as logic } from './logic';
import { q } from '../../testing/questions';
import { scoreTable } from '../../testing/scoring';

describe('single-choice: all or nothing', () => {
  scoreTable(q.single(), [
    ['right', { kind: 'single-choice', choice: 'a' }, { points: 1, status: 'correct' }],
    ['wrong', { kind: 'single-choice', choice: 'b' }, { points: 0, status: 'incorrect' }],
    ['empty', { kind: 'single-choice', choice: null }, { code: 'empty' }],
    ['unknown option', { kind: 'single-choice', choice: 'zz' }, { code: 'unknown-choice' }],
    ['another kind of input', { kind: 'order', order: [] }, { code: 'wrong-kind' }],
  ]);

  it('marks each option: chosen, in the key, and whether the learner got it right', () => {
    const question = q.single();
    expect(logic.score(question, question.rubric, { kind: 'single-choice', choice: 'b' })).toEqual({
      status: 'incorrect',
      points: 0,
      items: [
        { id: 'a', chosen: false, expected: true, ok: false },
        { id: 'b', chosen: true, expected: false, ok: false },
        { id: 'c', chosen: false, expected: false, ok: true },
      ],
    });
  });
});

describe('single-choice: judgements', () => {
  it('the right option’s stance is the truth, the chosen one’s the response', () => {
    const question = q.single();
    const judge = (choice: string | null) =>
      logic.judgements(question, question.rubric, { kind: 'single-choice', choice });
    expect(judge('b')).toEqual([{ id: 'single', truth: 'flag', response: 'trust' }]);
    expect(judge('a')).toEqual([{ id: 'single', truth: 'flag', response: 'flag' }]);
    expect(judge('c')).toEqual([{ id: 'single', truth: 'flag', response: null }]);
    expect(logic.judgements(question, question.rubric, null)).toEqual([
      { id: 'single', truth: 'flag', response: null },
    ]);
  });

  it('finds the right option wherever it is, and judges nothing if the key names none', () => {
    const question = q.single({ rubric: { answer: 'b' } });
    expect(
      logic.judgements(question, question.rubric, { kind: 'single-choice', choice: 'a' }),
    ).toEqual([{ id: 'single', truth: 'trust', response: 'flag' }]);
    expect(logic.judgements(question, { answer: 'zz' }, null)).toEqual([]);
  });

  it('makes no judgement when the right option has no stance', () => {
    const plain = q.single({
      options: [
        { id: 'a', text: ['A'] },
        { id: 'b', text: ['B'], stance: 'trust' },
      ],
    });
    expect(logic.judgements(plain, plain.rubric, { kind: 'single-choice', choice: 'b' })).toEqual(
      [],
    );
  });
});

describe('single-choice: presentation and saved answers', () => {
  it('lists the rich text of its options and their feedback', () => {
    const question = q.single({
      options: [
        { id: 'a', text: ['A'], feedback: ['Why A'] },
        { id: 'b', text: ['B'] },
      ],
    });
    expect(logic.richText(question)).toEqual([['A'], ['Why A'], ['B'], []]);
  });

  it('shows the options in the seeded order and starts with nothing chosen', () => {
    const question = q.single();
    expect(logic.presentationOrder(question, (ids) => [...ids].reverse())).toEqual(['c', 'b', 'a']);
    expect(logic.emptyInput(question, [])).toEqual({ kind: 'single-choice', choice: null });
  });

  it('accepts a saved answer naming an id, or none, and nothing else', () => {
    expect(v.is(logic.inputSchema, { kind: 'single-choice', choice: 'a' })).toBe(true);
    expect(v.is(logic.inputSchema, { kind: 'single-choice', choice: null })).toBe(true);
    for (const bad of [
      { kind: 'single-choice', choice: 'Not An Id' },
      { kind: 'single-choice', choice: 'a', extra: 1 },
      { kind: 'multiple-choice', choice: 'a' },
    ]) {
      expect(v.is(logic.inputSchema, bad)).toBe(false);
    }
  });
});

describe('single-choice: hint and printed key', () => {
  it('says the chosen option is not the best answer, and points to its note if it has one', () => {
    const plain = q.single();
    const wrong = logic.score(plain, plain.rubric, { kind: 'single-choice', choice: 'b' });
    expect(logic.retryHint(plain, wrong)).toBe(
      'The option you chose is not the best answer. Weigh the others against the question.',
    );
    const noted = q.single({
      options: plain.options.map((o) => (o.id === 'b' ? { ...o, feedback: ['Why not.'] } : o)),
    });
    expect(logic.retryHint(noted, wrong)).toMatch(/the note under it says why/);
  });

  it('prints the letter of the key in the printed order', () => {
    const question = q.single();
    expect(logic.keyEntry(question, question.rubric, ['c', 'a', 'b'])).toBe('B');
    expect(logic.keyEntry(question, question.rubric, ['a', 'b', 'c'])).toBe('A');
  });
});
