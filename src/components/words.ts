/** Words for figures, shared by every page that shows scores (learner and teacher alike). */
import { shownPercent, type Discernment } from '../scoring/attempt';

/** "1 attempt", "2 attempts"; `many` for irregular plurals ("1 copy", "2 copies"). */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A score as shown: a whole number (see shownPercent), exact values stay in the data. */
export function percentText(exact: number): string {
  return `${shownPercent(exact)}%`;
}

/**
 * Discernment in a clause: "flagged 6 of 14 unsupported claims or unreliable sources, and
 * wrongly flagged 1 of 8 supported claims or reliable sources".
 */
export function discernmentClause(d: Discernment): string {
  return `flagged ${d.flagged} of ${d.flagItems} unsupported claims or unreliable sources, and wrongly flagged ${d.wronglyFlagged} of ${d.trustItems} supported claims or reliable sources`;
}

/** Discernment in a table cell: "6 of 14 flagged; 1 of 8 wrongly". */
export function discernmentShort(d: Discernment): string {
  return `${d.flagged} of ${d.flagItems} flagged; ${d.wronglyFlagged} of ${d.trustItems} wrongly`;
}
