// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { kindOf, QUESTION_KINDS } from './registry';

describe('the kinds registry', () => {
  it('lists the six kinds in the order the authoring guide gives them', () => {
    expect(QUESTION_KINDS).toEqual([
      'single-choice',
      'multiple-choice',
      'tag-sentences',
      'categorize',
      'order',
      'short-answer',
    ]);
  });

  it('has learners mark only their short answers themselves; every other kind is checked', () => {
    expect(QUESTION_KINDS.filter((k) => kindOf(k).selfAssessed)).toEqual(['short-answer']);
  });
});
