import { describe, expect, it } from 'vitest';
import { statedQuestionCount } from './quiz.ts';

describe('statedQuestionCount', () => {
  it.each([
    ['Sixteen questions; four of them use short texts.', 16],
    ['Twenty questions on all three habits.', 20],
    ['Twenty-one questions.', 21],
    ['You will answer 12 questions on the lesson.', 12],
  ])('reads the count in %j', (intro, count) => {
    expect(statedQuestionCount(intro)).toBe(count);
  });

  it.each(['Questions on clues inside the text.', 'Some questions use short texts.', ''])(
    'finds none in %j',
    (intro) => {
      expect(statedQuestionCount(intro)).toBeNull();
    },
  );
});
