// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { kindOf, QUESTION_KINDS } from './registry';

/** SCORM's vocabularies (1.2 RTE 3.4.4 cmi.interactions.n.type; 2004 RTE 4.2.9.2). */
const VOCABULARY = {
  '1.2': [
    'true-false',
    'choice',
    'fill-in',
    'matching',
    'performance',
    'sequencing',
    'likert',
    'numeric',
  ],
  '2004': [
    'true-false',
    'choice',
    'fill-in',
    'long-fill-in',
    'matching',
    'performance',
    'sequencing',
    'likert',
    'numeric',
    'other',
  ],
};

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

  it('gives every kind an interaction type from each SCORM version’s vocabulary', () => {
    for (const kind of QUESTION_KINDS) {
      const { interaction } = kindOf(kind).lms;
      expect(VOCABULARY['1.2']).toContain(interaction['1.2']);
      expect(VOCABULARY['2004']).toContain(interaction['2004']);
    }
  });
});
