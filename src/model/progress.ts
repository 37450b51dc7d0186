/**
 * Pure updates of one learner's record. The store applies them to the active learner; tests
 * call them directly. `now` is passed in so every update is reproducible.
 */
import type { Input } from '../domain/question';
import { keepAttempts, type Answer, type Attempt, type Learner } from './learner';

/** Gaps longer than this between two actions count as a break, not as time on the quiz. */
export const BREAK_MS = 5 * 60 * 1000;

export function touchLesson(l: Learner, lessonId: string, now: number): Learner {
  if (l.lessons[lessonId]) return l;
  return { ...l, lessons: { ...l.lessons, [lessonId]: { startedAt: now, sectionsRead: [] } } };
}

export function markSectionRead(
  l: Learner,
  lessonId: string,
  sectionId: string,
  now: number,
): Learner {
  const touched = touchLesson(l, lessonId, now);
  const lesson = touched.lessons[lessonId];
  if (!lesson || lesson.sectionsRead.includes(sectionId)) return touched;
  return {
    ...touched,
    lessons: {
      ...touched.lessons,
      [lessonId]: { ...lesson, sectionsRead: [...lesson.sectionsRead, sectionId] },
    },
  };
}

export function setLastVisited(l: Learner, path: string, label: string, now: number): Learner {
  return { ...l, lastVisited: { path, label, at: now } };
}

// ---------- practice activities ----------

function activity(l: Learner, activityId: string) {
  return l.activities[activityId] ?? { answers: {}, opened: [], done: false };
}

function withActivity(
  l: Learner,
  activityId: string,
  update: (a: ReturnType<typeof activity>) => ReturnType<typeof activity>,
): Learner {
  return { ...l, activities: { ...l.activities, [activityId]: update(activity(l, activityId)) } };
}

export function practiceDraft(
  l: Learner,
  activityId: string,
  questionId: string,
  input: Input,
): Learner {
  return withActivity(l, activityId, (a) => ({
    ...a,
    answers: {
      ...a.answers,
      [questionId]: { tries: a.answers[questionId]?.tries ?? [], draft: input },
    },
  }));
}

export function practiceTry(
  l: Learner,
  activityId: string,
  questionId: string,
  input: Input,
  points: number,
  now: number,
): Learner {
  return withActivity(l, activityId, (a) => {
    const tries = [...(a.answers[questionId]?.tries ?? []), { input, points, at: now }].slice(-10);
    return { ...a, answers: { ...a.answers, [questionId]: { tries } } };
  });
}

/** Starting a practice question again clears its tries (practice is for learning, not score). */
export function practiceReset(l: Learner, activityId: string, questionId: string): Learner {
  return withActivity(l, activityId, (a) => ({
    ...a,
    answers: Object.fromEntries(Object.entries(a.answers).filter(([id]) => id !== questionId)),
  }));
}

export function practiceOpen(l: Learner, activityId: string, resultId: string): Learner {
  return withActivity(l, activityId, (a) =>
    a.opened.includes(resultId) ? a : { ...a, opened: [...a.opened, resultId] },
  );
}

export function practiceDone(l: Learner, activityId: string): Learner {
  return withActivity(l, activityId, (a) => ({ ...a, done: true }));
}

// ---------- quiz attempts ----------

export function currentAttempt(l: Learner, quizId: string): Attempt | undefined {
  const last = l.quizzes[quizId]?.attempts.at(-1);
  return last && last.finishedAt === null ? last : undefined;
}

export function startAttempt(l: Learner, quizId: string, attempt: Attempt): Learner {
  const attempts = [
    ...(l.quizzes[quizId]?.attempts ?? []).filter((a) => a.finishedAt !== null),
    attempt,
  ];
  return { ...l, quizzes: { ...l.quizzes, [quizId]: { attempts: keepAttempts(attempts) } } };
}

/** Applies `update` to the unfinished attempt of a quiz, counting active time. */
function withAttempt(
  l: Learner,
  quizId: string,
  now: number,
  update: (a: Attempt) => Attempt,
): Learner {
  const quiz = l.quizzes[quizId];
  const open = currentAttempt(l, quizId);
  if (!quiz || !open) return l;
  const gap = Math.max(0, now - open.lastEventAt);
  const timed = { ...open, activeMs: open.activeMs + Math.min(gap, BREAK_MS), lastEventAt: now };
  return {
    ...l,
    quizzes: {
      ...l.quizzes,
      [quizId]: { attempts: [...quiz.attempts.slice(0, -1), update(timed)] },
    },
  };
}

function answer(a: Attempt, questionId: string): Answer {
  return a.answers[questionId] ?? { tries: [] };
}

export function attemptDraft(
  l: Learner,
  quizId: string,
  questionId: string,
  input: Input,
  now: number,
): Learner {
  return withAttempt(l, quizId, now, (a) => ({
    ...a,
    answers: { ...a.answers, [questionId]: { ...answer(a, questionId), draft: input } },
  }));
}

export function attemptTry(
  l: Learner,
  quizId: string,
  questionId: string,
  input: Input,
  points: number,
  now: number,
): Learner {
  return withAttempt(l, quizId, now, (a) => ({
    ...a,
    answers: {
      ...a.answers,
      [questionId]: { tries: [...answer(a, questionId).tries, { input, points, at: now }] },
    },
  }));
}

export function attemptGoTo(l: Learner, quizId: string, index: number, now: number): Learner {
  return withAttempt(l, quizId, now, (a) => ({
    ...a,
    current: Math.max(0, Math.min(index, a.questionIds.length - 1)),
  }));
}

export function finishAttempt(l: Learner, quizId: string, now: number): Learner {
  return withAttempt(l, quizId, now, (a) => ({ ...a, finishedAt: now }));
}
