import type { Lesson } from '../../domain/content';
import { quizResult } from '../../scoring/quiz-summary';
import { shownPercent } from '../../scoring/attempt';
import type { Learner } from '../../model/learner';

export interface ScoreRow {
  lesson: Lesson;
  /** Whole-number percentages; null before the quiz has been finished once. */
  first: number | null;
  best: number | null;
  attempts: number;
}

/** Each lesson's quiz: the first finished attempt (the evidence) and the best one. */
export function scoreRows(lessons: readonly Lesson[], learner: Learner): ScoreRow[] {
  return lessons.map((lesson) => {
    const result = quizResult(lesson.quiz, learner.quizzes[lesson.id]?.attempts ?? []);
    return {
      lesson,
      first: result ? shownPercent(result.first.percent) : null,
      best: result ? shownPercent(result.bestPercent) : null,
      attempts: result?.attempts ?? 0,
    };
  });
}

/** In words, for screen readers and as the chart's description. */
export function scoreSummary(rows: readonly ScoreRow[]): string {
  return rows
    .map(({ lesson, first, best, attempts }) =>
      first === null
        ? `${lesson.label}: quiz not taken yet.`
        : `${lesson.label}: first attempt ${first}%${attempts > 1 ? `, best after retries ${best ?? first}% in ${attempts} attempts` : ''}; pass mark ${lesson.quiz.passMark}%.`,
    )
    .join(' ');
}
