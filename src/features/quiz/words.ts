import type { InvalidCode, Status } from '../../domain/score';
import type { Discernment } from '../../scoring/attempt';

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
  unplaced: 'Choose the level your answer is closest to first.',
};

export function pointsText(points: number): string {
  if (points >= 1) return 'full marks';
  if (points <= 0) return 'no marks';
  return `${Math.round(points * 100)}% of the marks`;
}

/** The discernment line of the results screen, in plain words. */
export function discernmentWords(d: Discernment): string[] {
  const lines: string[] = [];
  if (d.flagItems > 0) {
    lines.push(
      `You flagged ${d.flagged} of the ${d.flagItems} claims or sources that deserved it (unsupported, or not reliable on the point).`,
    );
  }
  if (d.trustItems > 0) {
    lines.push(
      d.wronglyFlagged === 0
        ? `You trusted all ${d.trustItems} claims or sources that were supported or reliable on the point.`
        : `You wrongly flagged ${d.wronglyFlagged} of the ${d.trustItems} claims or sources that were supported or reliable on the point.`,
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
