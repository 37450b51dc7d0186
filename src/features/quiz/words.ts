import type { InvalidCode, Scored, Status } from '../../domain/score';
import { questionCredit, tryWeight, type Discernment } from '../../scoring/attempt';
import type { QuestionOutcome } from '../../scoring/quiz-summary';
import { statusFor } from '../../kinds/shared/scoring';

/** The learner-facing words for the scoring module's codes. */
export const STATUS_WORDS: Record<Status, { icon: string; label: string }> = {
  correct: { icon: '✓', label: 'Correct' },
  partial: { icon: '◐', label: 'Partly right' },
  incorrect: { icon: '✗', label: 'Not right' },
};

export const INVALID_WORDS: Record<InvalidCode, string> = {
  'wrong-kind': 'This answer does not fit the question. Please answer again.',
  empty: 'Choose or write an answer first.',
  'unknown-choice': 'Part of this answer is not one of the choices. Please answer again.',
  duplicate: 'The same choice appears twice. Please answer again.',
  incomplete: 'Give every item a label first.',
  'not-a-permutation': 'Put every item in the list in order first.',
  'too-short': 'Write a little more before comparing.',
};

export function pointsText(points: number): string {
  if (points >= 1) return 'full marks';
  if (points <= 0) return 'no marks';
  if (points === 0.5) return 'half the marks';
  if (points === 0.25) return 'a quarter of the marks';
  return `${Math.floor(points * 100)}% of the marks`;
}

const ORDINAL = ['first', 'second', 'third', 'fourth', 'fifth'];
/** "second try", "third try"… */
export function tryName(index: number): string {
  return `${ORDINAL[index] ?? `number ${index + 1}`} try`;
}

/**
 * The verdict after a try, honest about what it earns: a right second try says it earns half,
 * never "full marks"; a try that does worse than an earlier one says the earlier one counts.
 */
export function tryVerdict(tries: readonly Scored[]): string {
  const index = tries.length - 1;
  const last = tries[index];
  if (!last?.valid) return '';
  const { label } = STATUS_WORDS[last.status];
  if (index === 0) return `${label} — ${pointsText(last.points)}.`;
  const head = `${label} on your ${tryName(index)}`;
  const earned = last.points * tryWeight(index);
  const credit = questionCredit(tries);
  const cap = `a ${tryName(index)} earns at most ${pointsText(tryWeight(index))}`;
  if (credit > earned)
    return `${head}. This question keeps ${pointsText(credit)} from an earlier try: ${cap}.`;
  if (last.status === 'correct') return `${head} — it earns ${pointsText(earned)}.`;
  if (earned <= 0) return `${head} — no marks.`;
  return `${head} — it earns ${pointsText(earned)}: ${cap}.`;
}

/** A question's line in the results review: right first time, right on a later try, or not. */
export function reviewLabel(o: QuestionOutcome): { icon: string; label: string } {
  const last = o.tries.at(-1);
  if (o.credit < 1 && o.tries.length > 1 && last?.valid && last.status === 'correct') {
    return {
      icon: STATUS_WORDS.partial.icon,
      label: `Right on the ${tryName(o.tries.length - 1)}: ${pointsText(o.credit)}`,
    };
  }
  const status = statusFor(o.credit);
  return status === 'partial'
    ? { icon: STATUS_WORDS.partial.icon, label: `Partly right: ${pointsText(o.credit)}` }
    : STATUS_WORDS[status];
}

/** The discernment line of the results screen, in plain words. */
export function discernmentWords(d: Discernment): string[] {
  const lines: string[] = [];
  // "the one claim…", "the 5 claims…", or with `all`, "all 5 claims…".
  const claims = (n: number, rest: [string, string], all = false) =>
    n === 1
      ? `the one claim or source that ${rest[0]}`
      : `${all ? 'all' : 'the'} ${n} claims or sources that ${rest[1]}`;
  const deserving = (n: number, all = false) => claims(n, ['deserved it', 'deserved it'], all);
  const reliable = (n: number, all = false) =>
    claims(
      n,
      ['was supported or reliable on the point', 'were supported or reliable on the point'],
      all,
    );
  if (d.flagItems > 0) {
    lines.push(
      d.flagged === d.flagItems
        ? `You flagged ${deserving(d.flagItems, true)} (unsupported, or not reliable on the point).`
        : d.flagged === 0 && d.flagItems === 1
          ? `You did not flag ${deserving(1)} (unsupported, or not reliable on the point).`
          : `You flagged ${d.flagged} of ${deserving(d.flagItems)} (unsupported, or not reliable on the point).`,
    );
  }
  if (d.trustItems > 0) {
    lines.push(
      d.wronglyFlagged === 0
        ? `You trusted ${reliable(d.trustItems, true)}.`
        : d.trustItems === 1
          ? `You wrongly flagged ${reliable(1)}.`
          : `You wrongly flagged ${d.wronglyFlagged} of ${reliable(d.trustItems)}.`,
    );
  }
  if (d.flagItems > 0 && d.trustItems > 0) {
    const caught = d.flagged / d.flagItems;
    const falseAlarms = d.wronglyFlagged / d.trustItems;
    if (caught >= 0.8 && falseAlarms >= 0.5) {
      lines.push(
        'You catch weak claims, but you also doubt claims that are well supported. Good checking tells the two apart.',
      );
    } else if (caught < 0.5 && falseAlarms <= 0.2) {
      lines.push('You trust well-supported claims, but several weak ones got past you.');
    } else if (caught >= 0.8 && falseAlarms <= 0.2) {
      lines.push('You told supported and unsupported claims apart well.');
    }
  }
  return lines;
}

export function durationText(ms: number): string {
  const minutes = Math.round(ms / 60000);
  if (minutes < 1) return 'less than a minute';
  if (minutes === 1) return '1 minute';
  if (minutes < 60) return `${minutes} minutes`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${h} h ${m} min`;
}
