// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { shortAnswerLogic as logic } from './logic';
import { q } from '../../testing/questions';
import { scoreTable } from '../../testing/scoring';

describe('short-answer: self-assessed, ticked points / checklist', () => {
  const text = 'A long enough answer.';
  scoreTable(q.short(), [
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
    [
      'exactly as long as asked',
      { kind: 'short-answer', text: ' 0123456789 ', ticked: [0] },
      { points: 0.25, status: 'partial' },
    ],
    ['empty', { kind: 'short-answer', text: '   ', ticked: [] }, { code: 'empty' }],
    [
      'too short',
      { kind: 'short-answer', text: ' 012345678 ', ticked: [0] },
      { code: 'too-short' },
    ],
    [
      'a point that does not exist',
      { kind: 'short-answer', text, ticked: [4] },
      { code: 'unknown-choice' },
    ],
    ['a negative point', { kind: 'short-answer', text, ticked: [-1] }, { code: 'unknown-choice' }],
    [
      'a point that is not a whole number',
      { kind: 'short-answer', text, ticked: [0.5] },
      { code: 'unknown-choice' },
    ],
    ['a point ticked twice', { kind: 'short-answer', text, ticked: [1, 1] }, { code: 'duplicate' }],
  ]);

  it('marks each point of the checklist as ticked or not', () => {
    const question = q.short();
    const scored = logic.score(question, question.rubric, {
      kind: 'short-answer',
      text: 'Long enough.',
      ticked: [1],
    });
    expect(scored.items.slice(0, 2)).toEqual([
      { id: '0', chosen: false, expected: true, ok: false },
      { id: '1', chosen: true, expected: true, ok: true },
    ]);
  });

  it('lists the rich text of its model answer', () => {
    expect(logic.richText(q.short())).toEqual([['A model.']]);
  });

  it('is self-assessed, makes no judgements, and starts empty', () => {
    const question = q.short();
    expect(logic.selfAssessed).toBe(true);
    expect(logic.judgements(question, question.rubric, null)).toEqual([]);
    expect(logic.presentationOrder(question, (ids) => [...ids])).toEqual([]);
    expect(logic.emptyInput(question, [])).toEqual({ kind: 'short-answer', text: '', ticked: [] });
  });

  it('accepts a saved text of up to 5000 characters and ticks as whole numbers', () => {
    const input = (text: string, ticked: number[]) => ({ kind: 'short-answer', text, ticked });
    expect(v.is(logic.inputSchema, input('x'.repeat(5000), [0, 100]))).toBe(true);
    expect(v.is(logic.inputSchema, input('x'.repeat(5001), []))).toBe(false);
    expect(v.is(logic.inputSchema, input('x', [101]))).toBe(false);
    expect(v.is(logic.inputSchema, input('x', [0.5]))).toBe(false);
  });
});

describe('short-answer: printed key', () => {
  it('points to the model answer, written out below the key', () => {
    const question = q.short();
    expect(logic.keyEntry(question, question.rubric, [])).toBe('model answer below');
  });
});
