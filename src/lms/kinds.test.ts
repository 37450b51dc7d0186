import { describe, expect, it } from 'vitest';
import { q } from '../testing/questions';
import {
  correctResponse,
  interactionType,
  learnerResponse,
  packInput,
  questionShape,
  shortenInput,
  unpackInput,
} from './kinds';

// Each kind's own encodings are tested beside it (src/kinds/<kind>/logic.test.ts); these are
// the adapter's calls through the registry.
describe('any question, through its kind', () => {
  it('fingerprints a question by id, kind and what its packed answers refer to', () => {
    expect(questionShape(q.order())).toEqual(['order', 'order', 'w', 'x', 'y', 'z']);
  });

  it('packs and reports an answer of the question’s own kind, and nothing of another', () => {
    const question = q.single();
    expect(packInput(question, { kind: 'single-choice', choice: 'b' })).toBe(1);
    expect(unpackInput(question, 1)).toEqual({ kind: 'single-choice', choice: 'b' });
    expect(packInput(question, { kind: 'order', order: [] })).toBeUndefined();
    expect(interactionType(q.order(), '1.2')).toBe('sequencing');
    expect(learnerResponse(question, { kind: 'single-choice', choice: 'b' }, '1.2')).toBe('b');
    expect(learnerResponse(question, { kind: 'order', order: ['a'] }, '1.2')).toBeUndefined();
    expect(correctResponse(question, '2004')).toBe('a');
  });

  it('shortens only what a kind can shorten', () => {
    const long = { kind: 'short-answer' as const, text: 'a'.repeat(100), level: null };
    expect(shortenInput(q.short(), long)).toEqual({ ...long, text: `${'a'.repeat(60)}…` });
    const order = { kind: 'order' as const, order: ['x', 'w', 'y', 'z'] };
    expect(shortenInput(q.order(), order)).toBe(order);
    // A mismatched answer is left as it is.
    expect(shortenInput(q.short(), order)).toBe(order);
  });
});
