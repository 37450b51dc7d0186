// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MAX_ATTEMPTS, newLearner, type Attempt } from './learner';
import {
  attemptTry,
  BREAK_MS,
  currentAttempt,
  finishAttempt,
  markSectionRead,
  practiceDone,
  practiceOpen,
  practiceReset,
  practiceTry,
  startAttempt,
} from './progress';

const T0 = 1_700_000_000_000;
const learner = () => newLearner('l-test1234', 'Ana', T0);
const attempt = (extra: Partial<Attempt> = {}): Attempt => ({
  id: 'a-test1234',
  seed: 1,
  mode: 'full',
  questionIds: ['q1', 'q2'],
  carried: {},
  answers: {},
  current: 0,
  startedAt: T0,
  finishedAt: null,
  activeMs: 0,
  lastEventAt: T0,
  contentHash: 'h',
  ...extra,
});

describe('progress updates', () => {
  it('records sections read once each', () => {
    let l = markSectionRead(learner(), 'lesson', 'intro', T0);
    l = markSectionRead(l, 'lesson', 'intro', T0 + 1);
    l = markSectionRead(l, 'lesson', 'second', T0 + 2);
    expect(l.lessons.lesson).toEqual({ startedAt: T0, sectionsRead: ['intro', 'second'] });
  });

  it('counts time spent answering but not long breaks', () => {
    let l = startAttempt(learner(), 'quiz', attempt());
    l = attemptTry(l, 'quiz', 'q1', { kind: 'single-choice', choice: 'a' }, 1, T0 + 60_000);
    // The learner leaves for a day, then answers the next question.
    l = attemptTry(
      l,
      'quiz',
      'q2',
      { kind: 'single-choice', choice: 'b' },
      0,
      T0 + 60_000 + 86_400_000,
    );
    expect(currentAttempt(l, 'quiz')?.activeMs).toBe(60_000 + BREAK_MS);
  });

  it('keeps finished attempts and replaces an unfinished one when a new attempt starts', () => {
    let l = startAttempt(learner(), 'quiz', attempt({ id: 'a-first111' }));
    l = finishAttempt(l, 'quiz', T0 + 10);
    l = startAttempt(l, 'quiz', attempt({ id: 'a-second22' }));
    l = startAttempt(l, 'quiz', attempt({ id: 'a-third333' }));
    expect(l.quizzes.quiz?.attempts.map((a) => a.id)).toEqual(['a-first111', 'a-third333']);
    expect(currentAttempt(l, 'quiz')?.id).toBe('a-third333');
  });

  it('never drops the first finished attempt when the oldest make room', () => {
    let l = learner();
    for (let i = 0; i < MAX_ATTEMPTS + 5; i++) {
      l = startAttempt(l, 'quiz', attempt({ id: `a-n${String(i).padStart(6, '0')}` }));
      l = finishAttempt(l, 'quiz', T0 + i);
    }
    const ids = l.quizzes.quiz?.attempts.map((a) => a.id) ?? [];
    expect(ids).toHaveLength(MAX_ATTEMPTS);
    expect(ids[0]).toBe('a-n000000');
    expect(ids[1]).toBe('a-n000006');
    expect(ids.at(-1)).toBe(`a-n${String(MAX_ATTEMPTS + 4).padStart(6, '0')}`);
  });

  it('does nothing to a quiz without an unfinished attempt', () => {
    const l = learner();
    expect(attemptTry(l, 'quiz', 'q1', { kind: 'single-choice', choice: 'a' }, 1, T0)).toBe(l);
  });

  it('records practice tries, opened results and completion; restarting clears a question', () => {
    let l = practiceTry(learner(), 'act', 'q1', { kind: 'tag-sentences', sentences: [] }, 0.5, T0);
    l = practiceOpen(l, 'act', 'r1');
    l = practiceOpen(l, 'act', 'r1');
    l = practiceDone(l, 'act');
    expect(l.activities.act).toMatchObject({ opened: ['r1'], done: true });
    expect(l.activities.act?.answers.q1?.tries).toHaveLength(1);
    l = practiceReset(l, 'act', 'q1');
    expect(l.activities.act?.answers.q1).toBeUndefined();
  });
});
