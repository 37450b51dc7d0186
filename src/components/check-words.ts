/**
 * The before-and-after check's figures in plain words, for learners and teachers alike: what
 * was flagged, what was wrongly doubted, and one discernment figure with what it means.
 */
import { content } from '../content';
import type { CheckFigures } from '../scoring/prepost';

/** Items in a form, and the minutes to allow for them (about 45 seconds each). */
export function checkSize(): { items: number; minutes: number } {
  const items = content.checks[0]?.items.length ?? 0;
  return { items, minutes: Math.max(5, Math.round((items * 0.75) / 5) * 5) };
}

/** Whether any check text is an exact quote (today all are written for the module). */
export const checkQuotes = (): boolean =>
  content.checks.some((form) => form.items.some((i) => i.question.stimulus?.kind === 'quote'));

/** A share as a whole percentage: 0.8 → "80%". */
export const percentText = (share: number) => `${Math.round(share * 100)}%`;

/** Discernment on a −100…100 scale, signed: 0.6 → "+60". */
export function indexText(index: number): string {
  const points = Math.round(index * 100);
  return points > 0 ? `+${points}` : points < 0 ? `−${Math.abs(points)}` : '0';
}

/** "flagged 4 of 5 weak claims; wrongly doubted 1 of 5 well-supported ones" */
export function countsText(f: CheckFigures): string {
  return `flagged ${f.flagged} of ${f.flagItems} weak claims; wrongly doubted ${f.wronglyFlagged} of ${f.trustItems} well-supported ones`;
}

/** What the discernment figure is, once, next to the figures. */
export const INDEX_MEANING =
  'Discernment is the share of weak claims flagged minus the share of well-supported claims wrongly doubted. 100 means every claim was judged right. 0 is what doubting everything scores, and trusting everything too: only telling the two apart raises it.';

/** One sentence on how a learner's discernment moved from before to after. */
export function changeText(before: CheckFigures, after: CheckFigures): string {
  if (before.index === null || after.index === null) return '';
  const moved = Math.round(after.index * 100) - Math.round(before.index * 100);
  const direction =
    moved > 0
      ? 'you told weak and well-supported claims apart better after the module'
      : moved < 0
        ? 'you told them apart less well after the module'
        : 'you told them apart about as well as before';
  const parts = [];
  if (after.flagged !== before.flagged) {
    parts.push(`${after.flagged > before.flagged ? 'more' : 'fewer'} weak claims flagged`);
  }
  if (after.wronglyFlagged !== before.wronglyFlagged) {
    const more = after.wronglyFlagged > before.wronglyFlagged;
    parts.push(`${more ? 'more' : 'fewer'} well-supported ones doubted`);
  }
  const detail = parts.length ? ` (${parts.join(', ')})` : '';
  return `Your discernment went from ${indexText(before.index)} to ${indexText(after.index)}: ${direction}${detail}.`;
}
