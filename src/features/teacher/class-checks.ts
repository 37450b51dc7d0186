/**
 * The before-and-after check across a class, from learners' records: each learner's figures
 * before and after, and the class's change over the learners who have both (pure).
 */
import type { CheckFormId, Content } from '../../domain/content';
import type { CheckTaking, Learner } from '../../model/learner';
import type { LearningRecord } from '../../model/record';
import {
  checkFigures,
  classChange,
  type CheckFigures,
  type ClassChange,
} from '../../scoring/prepost';
import { newestPerLearner } from './class-summary';
import type { CsvColumn } from './class-csv';

export interface CheckResult {
  form: CheckFormId;
  figures: CheckFigures;
}

export interface LearnerChecks {
  id: string;
  name: string;
  before: CheckResult | null;
  after: CheckResult | null;
  /** The before-check was started after the learner had begun the lessons. */
  beforeLate: boolean;
}

export interface ClassChecks {
  learners: LearnerChecks[];
  change: ClassChange;
  /** How many learners were given each form first: the class's counterbalancing. */
  firstForms: Record<CheckFormId, number>;
}

function result(taking: CheckTaking | null, content: Content): CheckResult | null {
  const form =
    taking?.finishedAt != null ? content.checks.find((f) => f.id === taking.form) : undefined;
  return taking && form ? { form: form.id, figures: checkFigures(form, taking.answers) } : null;
}

function startedLessons(learner: Learner): number {
  return Math.min(Infinity, ...Object.values(learner.lessons).map((l) => l.startedAt));
}

export function classChecks(records: readonly LearningRecord[], content: Content): ClassChecks {
  const learners = [...newestPerLearner(records).values()]
    .map((r) => r.learner)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((l) => ({
      id: l.id,
      name: l.name,
      before: result(l.checks.pre, content),
      after: result(l.checks.post, content),
      beforeLate: l.checks.pre !== null && l.checks.pre.startedAt > startedLessons(l),
    }));
  const firstForms = { 'form-a': 0, 'form-b': 0 };
  for (const r of newestPerLearner(records).values()) firstForms[r.learner.checks.firstForm] += 1;
  return {
    learners,
    change: classChange(
      learners.map((l) => ({ before: l.before?.figures ?? null, after: l.after?.figures ?? null })),
    ),
    firstForms,
  };
}

/** Discernment as whole points (−100…100), for tables and spreadsheets. */
export const points = (index: number | null) => (index === null ? null : Math.round(index * 100));

/**
 * The check's columns of the class CSV, after the quizzes': for each stage the form, the counts
 * (each in a column of its own, as class-csv.ts asks) and discernment in whole points, then the
 * change. Empty where a stage was not finished.
 */
export function checkCsvColumns(checks: ClassChecks): CsvColumn[] {
  const byId = new Map(checks.learners.map((l) => [l.id, l]));
  const stage = (label: string, read: (l: LearnerChecks) => CheckResult | null): CsvColumn[] => {
    const get = (id: string) => {
      const l = byId.get(id);
      return l ? read(l) : null;
    };
    return [
      { header: `${label} form`, value: (r) => get(r.id)?.form ?? null },
      { header: `${label}: weak claims flagged`, value: (r) => get(r.id)?.figures.flagged ?? null },
      { header: `${label}: weak claims`, value: (r) => get(r.id)?.figures.flagItems ?? null },
      {
        header: `${label}: well-supported wrongly doubted`,
        value: (r) => get(r.id)?.figures.wronglyFlagged ?? null,
      },
      { header: `${label}: well-supported`, value: (r) => get(r.id)?.figures.trustItems ?? null },
      { header: `${label}: discernment`, value: (r) => points(get(r.id)?.figures.index ?? null) },
    ];
  };
  return [
    ...stage('before-check', (l) => l.before),
    ...stage('after-check', (l) => l.after),
    {
      header: 'check: discernment change',
      value: (r) => {
        const l = byId.get(r.id);
        const b = points(l?.before?.figures.index ?? null);
        const a = points(l?.after?.figures.index ?? null);
        return a !== null && b !== null ? a - b : null;
      },
    },
  ];
}
