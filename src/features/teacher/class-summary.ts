import type { Content } from '../../domain/content';
import type { Rich } from '../../domain/rich';
import type { LearningRecord } from '../../model/record';
import { lessonStatus, type LessonStatus } from '../../model/lesson-status';
import { discernment, type Discernment } from '../../scoring/attempt';
import { quizResult, type AttemptSummary } from '../../scoring/quiz-summary';

/** One learner's lesson: progress, and the quiz's first attempt (the evidence) if finished. */
export interface LessonCell {
  lessonId: string;
  status: LessonStatus;
  first: AttemptSummary | null;
}

export interface LearnerRow {
  id: string;
  name: string;
  /** In the content's lesson order. */
  lessons: LessonCell[];
  /** Over the first attempt at every quiz finished. */
  discernment: Discernment;
}

export interface ClassSummary {
  learners: LearnerRow[];
  /** The class's, over every learner's first attempts. */
  discernment: Discernment;
  /** Questions by how many learners missed them on their first attempt. */
  missed: {
    questionId: string;
    lessonId: string;
    lessonLabel: string;
    prompt: Rich;
    missed: number;
    answered: number;
  }[];
  /** Files left out because a newer file of the same learner was also opened. */
  duplicates: number;
}

/** One record per learner: if the same learner's file was opened twice, the newest counts. */
export function newestPerLearner(records: readonly LearningRecord[]): Map<string, LearningRecord> {
  const newest = new Map<string, LearningRecord>();
  for (const r of records) {
    const prior = newest.get(r.learner.id);
    if (!prior || r.exportedAt > prior.exportedAt) newest.set(r.learner.id, r);
  }
  return newest;
}

/**
 * Pure: the class table, most-missed questions and discernment, from learners' records. Every
 * figure a teacher reads first is from first attempts (quizResult): retries are practice, and
 * only raise "best after retries".
 */
export function classSummary(records: readonly LearningRecord[], content: Content): ClassSummary {
  const newest = newestPerLearner(records);
  const counts = new Map<string, { missed: number; answered: number }>();
  const learners = [...newest.values()]
    .sort((a, b) => a.learner.name.localeCompare(b.learner.name))
    .map((r): LearnerRow => {
      const lessons = content.lessons.map((lesson): LessonCell => {
        const first =
          quizResult(lesson.quiz, r.learner.quizzes[lesson.id]?.attempts ?? [])?.first ?? null;
        for (const o of first?.outcomes.filter((x) => x.asked) ?? []) {
          const c = counts.get(o.question.id) ?? { missed: 0, answered: 0 };
          c.answered += 1;
          if (o.credit < 1) c.missed += 1;
          counts.set(o.question.id, c);
        }
        return { lessonId: lesson.id, status: lessonStatus(lesson, r.learner), first };
      });
      return {
        id: r.learner.id,
        name: r.learner.name,
        lessons,
        discernment: sum(lessons.map((l) => l.first?.discernment)),
      };
    });
  const missed = content.lessons
    .flatMap((l) =>
      l.quiz.questions.map((q) => ({
        questionId: q.id,
        lessonId: l.id,
        lessonLabel: l.label,
        prompt: q.prompt,
        ...(counts.get(q.id) ?? { missed: 0, answered: 0 }),
      })),
    )
    .filter((m) => m.missed > 0)
    .sort((a, b) => b.missed / b.answered - a.missed / a.answered || b.missed - a.missed);
  return {
    learners,
    discernment: sum(learners.map((l) => l.discernment)),
    missed,
    duplicates: records.length - newest.size,
  };
}

function sum(all: readonly (Discernment | undefined)[]): Discernment {
  const total = discernment([]);
  for (const d of all) {
    if (!d) continue;
    total.flagItems += d.flagItems;
    total.flagged += d.flagged;
    total.trustItems += d.trustItems;
    total.wronglyFlagged += d.wronglyFlagged;
  }
  return total;
}
