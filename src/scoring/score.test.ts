// @vitest-environment node
// Each kind's own rules are tested beside it (src/kinds/<kind>/logic.test.ts); these are the
// rules of scoring any question.
import { describe, expect, it } from 'vitest';
import { judgements, scoreAnswer } from './score';
import { q } from '../testing/questions';

describe('scoreAnswer', () => {
  it('refuses an answer of another kind', () => {
    expect(scoreAnswer(q.single(), { kind: 'order', order: ['a'] })).toEqual({
      valid: false,
      code: 'wrong-kind',
    });
  });

  it('refuses an answer its kind cannot score yet, and scores one it can', () => {
    expect(scoreAnswer(q.multiple(), { kind: 'multiple-choice', choices: [] })).toEqual({
      valid: false,
      code: 'empty',
    });
    expect(scoreAnswer(q.multiple(), { kind: 'multiple-choice', choices: ['a'] })).toMatchObject({
      valid: true,
      status: 'partial',
      points: 0.5,
    });
  });

  it('scores against the key the question carries', () => {
    const question = q.single({ rubric: { answer: 'b' } });
    expect(scoreAnswer(question, { kind: 'single-choice', choice: 'b' })).toMatchObject({
      valid: true,
      points: 1,
    });
  });
});

describe('judgements', () => {
  it('an unanswered question still has its judgement items, with no response', () => {
    expect(judgements(q.tags(), null)).toEqual([
      { id: 'tags/s1', truth: 'flag', response: null },
      { id: 'tags/s2', truth: 'trust', response: null },
      { id: 'tags/s3', truth: 'flag', response: null },
    ]);
  });

  it('an answer of another kind counts as no answer', () => {
    expect(judgements(q.single(), { kind: 'order', order: [] })).toEqual([
      { id: 'single', truth: 'flag', response: null },
    ]);
    expect(judgements(q.categorize(), { kind: 'order', order: [] }).map((j) => j.response)).toEqual(
      [null, null, null],
    );
  });

  it('kinds without judgement items make none', () => {
    expect(judgements(q.order(), null)).toEqual([]);
    expect(judgements(q.short(), null)).toEqual([]);
  });
});
