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
  /** The quiz's best attempt meets its pass mark: this, and only this, makes a lesson done. */
  passed: boolean;
  /** Finished the quiz at least once. */
  completed: boolean;
  /**
   * How far through the lesson, for its bar: 1 once the quiz is passed, whatever was read on
   * the way; before that, sections read and practice activities done out of those plus the
   * quiz, so the bar is never full beside a quiz not yet passed, nor short beside a pass.
   */
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
  const passed = best !== null && best >= lesson.quiz.passMark;
  const steps = lesson.sections.length + lesson.activities.length + 1;
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
    passed,
    completed: finished.length > 0,
    fraction: passed ? 1 : (sectionsRead + practiceDone) / steps,
  };
}
