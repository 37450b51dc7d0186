import type { Lesson } from '../../domain/content';
import { finishedAttempts, summarizeAttempt } from '../../scoring/quiz-summary';
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
    const done = finishedAttempts(learner.quizzes[lesson.id]?.attempts ?? []);
    const percents = done.map((a) => Math.round(summarizeAttempt(lesson.quiz, a).percent));
    return {
      lesson,
      first: percents[0] ?? null,
      best: percents.length ? Math.max(...percents) : null,
      attempts: percents.length,
    };
  });
}

/** In words, for screen readers and as the chart's description. */
export function scoreSummary(rows: readonly ScoreRow[]): string {
  return rows
    .map(({ lesson, first, best, attempts }) =>
      first === null
        ? `${lesson.label}: quiz not taken yet.`
        : `${lesson.label}: first try ${first}%${attempts > 1 ? `, best ${best ?? first}% in ${attempts} attempts` : ''}; pass mark ${lesson.quiz.passMark}%.`,
    )
    .join(' ');
}
