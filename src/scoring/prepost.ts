/**
 * The before-and-after check, scored as signal detection. The "signal" is an unsupported
 * claim: flagging one is a hit; flagging a supported claim is a false alarm. Discernment is
 * the hit rate minus the false-alarm rate, so a learner who doubts (or trusts) everything
 * scores 0 however many weak claims they catch, and one who tells every item apart scores 1.
 */
import type { CheckForm } from '../domain/content';
import type { Input } from '../domain/question';
import { discernment, type Discernment } from './attempt';
import { judgements } from './score';

export interface CheckFigures extends Discernment {
  /** Share of unsupported claims flagged (0–1), or null if the form has none. */
  hitRate: number | null;
  /** Share of supported claims wrongly flagged (0–1), or null if the form has none. */
  falseAlarmRate: number | null;
  /** hitRate − falseAlarmRate, from −1 to 1; null without both kinds of item. */
  index: number | null;
  answered: number;
  items: number;
}

const rate = (part: number, whole: number) => (whole ? part / whole : null);

/** The figures of one sitting of a form, from its answers (unanswered items count as no flag). */
export function checkFigures(
  form: CheckForm,
  answers: Readonly<Record<string, { input: Input } | undefined>>,
): CheckFigures {
  const questions = form.items.map((i) => i.question);
  const d = discernment(questions.flatMap((q) => judgements(q, answers[q.id]?.input ?? null)));
  const hitRate = rate(d.flagged, d.flagItems);
  const falseAlarmRate = rate(d.wronglyFlagged, d.trustItems);
  return {
    ...d,
    hitRate,
    falseAlarmRate,
    index: hitRate === null || falseAlarmRate === null ? null : hitRate - falseAlarmRate,
    answered: questions.filter((q) => answers[q.id]).length,
    items: questions.length,
  };
}

export interface ClassChange {
  /** Learners with both a before and an after figure: the only ones the change rests on. */
  n: number;
  before: { hitRate: number; falseAlarmRate: number; index: number } | null;
  after: { hitRate: number; falseAlarmRate: number; index: number } | null;
  /** after.index − before.index (−2 to 2), or null when n is 0. */
  change: number | null;
}

/** The class's mean figures before and after, over the learners who have both (each counts once). */
export function classChange(
  rows: readonly { before: CheckFigures | null; after: CheckFigures | null }[],
): ClassChange {
  const both = rows.flatMap(({ before, after }) =>
    before?.index != null && after?.index != null ? [{ before, after }] : [],
  );
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const summary = (pick: 'before' | 'after') =>
    both.length
      ? {
          hitRate: mean(both.map((r) => r[pick].hitRate ?? 0)),
          falseAlarmRate: mean(both.map((r) => r[pick].falseAlarmRate ?? 0)),
          index: mean(both.map((r) => r[pick].index ?? 0)),
        }
      : null;
  const before = summary('before');
  const after = summary('after');
  return {
    n: both.length,
    before,
    after,
    change: before && after ? after.index - before.index : null,
  };
}
