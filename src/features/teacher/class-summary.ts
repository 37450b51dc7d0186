import type { Content } from '../../domain/content';
import type { Rich } from '../../domain/rich';
import type { LearningRecord } from '../../model/record';
import { lessonStatus, type LessonStatus } from '../../model/lesson-status';
import { discernment, type Discernment } from '../../scoring/attempt';
import { finishedAttempts, summarizeAttempt } from '../../scoring/quiz-summary';
import { judgements } from '../../scoring/score';
import type { Judgement } from '../../domain/score';

export interface ClassSummary {
  learners: {
    id: string;
    name: string;
    lessons: { lessonId: string; status: LessonStatus }[];
    discernment: Discernment;
  }[];
  discernment: Discernment;
  /** Questions by how many learners missed them in their latest finished attempt. */
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

/** Pure: the class table, most-missed questions and discernment, from learners' records. */
export function classSummary(records: readonly LearningRecord[], content: Content): ClassSummary {
  const newest = newestPerLearner(records);
  const counts = new Map<string, { missed: number; answered: number }>();
  const everyone: Judgement[] = [];
  const learners = [...newest.values()]
    .sort((a, b) => a.learner.name.localeCompare(b.learner.name))
    .map((r) => {
      const mine: Judgement[] = [];
      for (const lesson of content.lessons) {
        const last = finishedAttempts(r.learner.quizzes[lesson.id]?.attempts ?? []).at(-1);
        if (!last) continue;
        const summary = summarizeAttempt(lesson.quiz, last);
        for (const o of summary.outcomes.filter((x) => x.asked)) {
          const c = counts.get(o.question.id) ?? { missed: 0, answered: 0 };
          c.answered += 1;
          if (o.credit < 1) c.missed += 1;
          counts.set(o.question.id, c);
          mine.push(
            ...judgements(o.question, last.answers[o.question.id]?.tries[0]?.input ?? null),
          );
        }
      }
      everyone.push(...mine);
      return {
        id: r.learner.id,
        name: r.learner.name,
        lessons: content.lessons.map((l) => ({
          lessonId: l.id,
          status: lessonStatus(l, r.learner),
        })),
        discernment: discernment(mine),
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
    discernment: discernment(everyone),
    missed,
    duplicates: records.length - newest.size,
  };
}

function csvCell(value: string | number | boolean | null): string {
  const text = value === null ? '' : String(value);
  // Quote every cell, and neutralise spreadsheet formulas in learner-provided text.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** Columns about a learner as a whole (the same on each of their rows), added at the end. */
export interface LearnerColumns {
  header: string[];
  cells(learnerId: string): (string | number | null)[];
}

/** One row per learner and lesson, for a spreadsheet. */
export function toCsv(summary: ClassSummary, content: Content, extra?: LearnerColumns): string {
  const header = [
    'learner',
    'lesson',
    'lesson title',
    'started',
    'completed',
    'passed',
    'best %',
    'last %',
    'attempts',
    'sections read',
    'practice done',
    'flagged (of deserving)',
    'wrongly flagged (of reliable)',
    ...(extra?.header ?? []),
  ];
  const rows = summary.learners.flatMap((l) =>
    l.lessons.map(({ lessonId, status }) => {
      const lesson = content.lessons.find((x) => x.id === lessonId);
      return [
        l.name,
        lesson?.label ?? lessonId,
        lesson?.title ?? '',
        status.started,
        status.completed,
        status.passed,
        status.bestPercent,
        status.lastPercent,
        status.attempts,
        `${status.sectionsRead}/${status.sectionsTotal}`,
        `${status.practiceDone}/${status.practiceTotal}`,
        `${l.discernment.flagged}/${l.discernment.flagItems}`,
        `${l.discernment.wronglyFlagged}/${l.discernment.trustItems}`,
        ...(extra?.cells(l.id) ?? []),
      ];
    }),
  );
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
