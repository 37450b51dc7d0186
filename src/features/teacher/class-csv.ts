/**
 * The class results as a CSV file, one row per learner, for a spreadsheet. Columns are a list
 * of definitions (a header and how to read it from a learner's row), so more can be added in
 * one place. Rules, because spreadsheets guess types:
 *   - counts go in columns of their own ("flagged" and "items to flag"), never as "6/14",
 *     which spreadsheets turn into dates;
 *   - percentages are whole numbers, without "%";
 *   - the first-attempt figures come first; "best after retries" and progress after them;
 *   - per-lesson and overall figures have their own, named columns.
 */
import type { Content, Lesson } from '../../domain/content';
import { shownPercent, type Discernment } from '../../scoring/attempt';
import type { ClassSummary, LearnerRow, LessonCell } from './class-summary';

export type CsvValue = string | number | null;

export interface CsvColumn {
  header: string;
  value(row: LearnerRow): CsvValue;
}

const yesNo = (b: boolean) => (b ? 'yes' : 'no');

function discernmentColumns(
  label: string,
  read: (row: LearnerRow) => Discernment | null | undefined,
): CsvColumn[] {
  return [
    { header: `${label}: flagged`, value: (r) => read(r)?.flagged ?? null },
    { header: `${label}: items to flag`, value: (r) => read(r)?.flagItems ?? null },
    { header: `${label}: wrongly flagged`, value: (r) => read(r)?.wronglyFlagged ?? null },
    { header: `${label}: items to trust`, value: (r) => read(r)?.trustItems ?? null },
  ];
}

/** The columns, in order. */
export function csvColumns(content: Content): CsvColumn[] {
  const lessons = content.lessons.map((lesson, i) => ({
    lesson,
    cell: (row: LearnerRow): LessonCell | undefined => row.lessons[i],
  }));
  const perLesson = (
    make: (lesson: Lesson, cell: (r: LearnerRow) => LessonCell | undefined) => CsvColumn[],
  ) => lessons.flatMap(({ lesson, cell }) => make(lesson, cell));
  const firstPercents = (row: LearnerRow) => row.lessons.map((l) => l.first?.percent ?? 0);
  return [
    { header: 'learner', value: (r) => r.name },
    // First attempts: the evidence.
    ...perLesson((lesson, cell) => [
      {
        header: `${lesson.label} first attempt %`,
        value: (r) => {
          const first = cell(r)?.first;
          return first ? shownPercent(first.percent) : null;
        },
      },
    ]),
    {
      header: 'overall first attempt % (mean of all quizzes, a quiz not taken counts 0)',
      value: (r) => {
        const all = firstPercents(r);
        return all.length ? shownPercent(all.reduce((a, b) => a + b, 0) / all.length) : null;
      },
    },
    ...discernmentColumns('overall first attempts', (r) => r.discernment),
    ...perLesson((lesson, cell) =>
      discernmentColumns(`${lesson.label} first attempt`, (r) => cell(r)?.first?.discernment),
    ),
    // Retries are practice: they may raise the best score.
    ...perLesson((lesson, cell) => [
      {
        header: `${lesson.label} best % after retries`,
        value: (r) => {
          const best = cell(r)?.status.bestPercent;
          return best === null || best === undefined ? null : shownPercent(best);
        },
      },
      {
        header: `${lesson.label} passed (on any attempt)`,
        value: (r) => {
          const status = cell(r)?.status;
          return status?.completed ? yesNo(status.passed) : null;
        },
      },
      { header: `${lesson.label} attempts`, value: (r) => cell(r)?.status.attempts ?? 0 },
    ]),
    ...perLesson((lesson, cell) => [
      { header: `${lesson.label} sections read`, value: (r) => cell(r)?.status.sectionsRead ?? 0 },
      { header: `${lesson.label} sections`, value: () => lesson.sections.length },
      { header: `${lesson.label} practice done`, value: (r) => cell(r)?.status.practiceDone ?? 0 },
      { header: `${lesson.label} practice activities`, value: () => lesson.activities.length },
    ]),
  ];
}

function csvCell(value: CsvValue): string {
  const text = value === null ? '' : String(value);
  // Quote every cell, and neutralise spreadsheet formulas in learner-provided text.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** "2026-11-20 09:08 UTC": when the file was made, in the file and in its name. */
export function exportTime(at: Date): string {
  return `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export function csvFileName(at: Date): string {
  return `class-results-${at.toISOString().slice(0, 16).replace(':', '')}Z.csv`;
}

/**
 * The file: a header row, one row per learner; the export time is the last column. `extra`
 * columns (the before-and-after check's, class-checks.ts) come after the quizzes'.
 */
export function toCsv(
  summary: ClassSummary,
  content: Content,
  exportedAt: Date,
  extra: readonly CsvColumn[] = [],
): string {
  const columns = [
    ...csvColumns(content),
    ...extra,
    { header: 'exported', value: () => exportTime(exportedAt) } satisfies CsvColumn,
  ];
  const rows = [
    columns.map((c) => c.header),
    ...summary.learners.map((row) => columns.map((c) => c.value(row))),
  ];
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
