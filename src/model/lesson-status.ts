import type { Lesson } from '../domain/content';
import { finishedAttempts, summarizeAttempt } from '../scoring/quiz-summary';
import type { Learner } from './learner';

/** One learner's progress through one lesson, for the start page, Progress and reports. */
export interface LessonStatus {
  started: boolean;
  sectionsRead: number;
  sectionsTotal: number;
  practiceDone: number;
  practiceTotal: number;
  attempts: number;
  bestPercent: number | null;
  lastPercent: number | null;
  passed: boolean;
  /** Finished the quiz at least once. */
  completed: boolean;
  /** Steps done / steps: sections read, practice activities done, quiz finished. */
  fraction: number;
}

export function lessonStatus(lesson: Lesson, learner: Learner): LessonStatus {
  const record = learner.lessons[lesson.id];
  const sectionIds = new Set(lesson.sections.map((s) => s.id));
  const sectionsRead = (record?.sectionsRead ?? []).filter((id) => sectionIds.has(id)).length;
  const practiceDone = lesson.activities.filter((a) => learner.activities[a.id]?.done).length;
  const finished = finishedAttempts(learner.quizzes[lesson.id]?.attempts ?? []);
  const percents = finished.map((a) => summarizeAttempt(lesson.quiz, a).percent);
  const best = percents.length ? Math.max(...percents) : null;
  const last = percents.at(-1) ?? null;
  const steps = lesson.sections.length + lesson.activities.length + 1;
  const done = sectionsRead + practiceDone + (finished.length ? 1 : 0);
  return {
    started:
      Boolean(record) ||
      finished.length > 0 ||
      (learner.quizzes[lesson.id]?.attempts.length ?? 0) > 0,
    sectionsRead,
    sectionsTotal: lesson.sections.length,
    practiceDone,
    practiceTotal: lesson.activities.length,
    attempts: finished.length,
    bestPercent: best,
    lastPercent: last,
    passed: best !== null && best >= lesson.quiz.passMark,
    completed: finished.length > 0,
    fraction: steps ? done / steps : 0,
  };
}
