// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fakeContent } from '../testing/content';
import { rightInput, wrongInput } from '../testing/learners';
import { scoreAnswer } from '../scoring/score';
import { newLearner, type Attempt, type Learner } from './learner';
import { lessonStatus } from './lesson-status';

const T0 = 1_700_000_000_000;
const lesson = fakeContent().lessons[0]!;

/** A finished attempt with every question answered once, rightly or wrongly. */
function finished(right: boolean): Attempt {
  const answers = Object.fromEntries(
    lesson.quiz.questions.map((q) => {
      const input = right ? rightInput(q) : wrongInput(q);
      const s = scoreAnswer(q, input);
      return [q.id, { tries: [{ input, points: s.valid ? s.points : 0, at: T0 }] }];
    }),
  );
  return {
    id: `a-${right ? 'right' : 'wrong'}1234`,
    seed: 1,
    mode: 'full',
    questionIds: lesson.quiz.questions.map((q) => q.id),
    carried: {},
    answers,
    current: lesson.quiz.questions.length - 1,
    startedAt: T0,
    finishedAt: T0 + 1,
    activeMs: 0,
    lastEventAt: T0 + 1,
    contentHash: 'h',
  };
}

function learnerWith(sectionsRead: string[], attempts: Attempt[]): Learner {
  const l = newLearner('l-test1234', 'Ana', T0);
  return {
    ...l,
    lessons: sectionsRead.length ? { [lesson.id]: { startedAt: T0, sectionsRead } } : {},
    quizzes: attempts.length ? { [lesson.id]: { attempts } } : {},
  };
}

describe('a lesson’s status: the bar, "passed" and "sections read" agree', () => {
  // The fake lesson has two sections, no practice and a quiz: three steps.
  it.each([
    ['nothing done', [], [], { fraction: 0, passed: false, started: false }],
    ['one section read', ['intro'], [], { fraction: 1 / 3, passed: false, started: true }],
    ['both sections read', ['intro', 'more'], [], { fraction: 2 / 3, passed: false }],
    // Taking the quiz without passing it does not fill the bar: passing is what is missing.
    ['all read, quiz failed', ['intro', 'more'], [false], { fraction: 2 / 3, passed: false }],
    // Jumping straight to the quiz and passing it: done, and the bar says so.
    ['no section read, quiz passed', [], [true], { fraction: 1, passed: true, sectionsRead: 0 }],
    ['failed, then passed', ['intro'], [false, true], { fraction: 1, passed: true }],
  ])('%s', (_, read, attempts, expected) => {
    const status = lessonStatus(lesson, learnerWith(read, attempts.map(finished)));
    expect(status).toMatchObject(expected);
  });

  it('never shows a full bar without a pass, nor a short one with a pass', () => {
    for (const read of [[], ['intro'], ['intro', 'more']]) {
      for (const attempts of [[], [false], [true], [false, true], [true, false]]) {
        const s = lessonStatus(lesson, learnerWith(read, attempts.map(finished)));
        expect(s.fraction === 1, JSON.stringify({ read, attempts })).toBe(s.passed);
      }
    }
  });
});
