import type { Lesson } from '../domain/content';
import { quizResult } from '../scoring/quiz-summary';
import type { Learner } from './learner';

/** One learner's progress through one lesson, for the start page, Progress and reports. */
export interface LessonStatus {
  started: boolean;
  sectionsRead: number;
  sectionsTotal: number;
  practiceDone: number;
  practiceTotal: number;
  attempts: number;
  /** The first finished attempt's score: the evidence (exact, one decimal). */
  firstPercent: number | null;
  /** The best over every attempt, retries included: "best after retries". */
  bestPercent: number | null;
  lastPercent: number | null;
  /** The pass mark met on some attempt: this, and only this, makes a lesson done. */
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
  const result = quizResult(lesson.quiz, learner.quizzes[lesson.id]?.attempts ?? []);
  const passed = result?.passed ?? false;
  const steps = lesson.sections.length + lesson.activities.length + 1;
  return {
    started:
      Boolean(record) || result !== null || (learner.quizzes[lesson.id]?.attempts.length ?? 0) > 0,
    sectionsRead,
    sectionsTotal: lesson.sections.length,
    practiceDone,
    practiceTotal: lesson.activities.length,
    attempts: result?.attempts ?? 0,
    firstPercent: result?.first.percent ?? null,
    bestPercent: result?.bestPercent ?? null,
    lastPercent: result?.lastPercent ?? null,
    passed,
    completed: result !== null,
    fraction: passed ? 1 : (sectionsRead + practiceDone) / steps,
  };
}
