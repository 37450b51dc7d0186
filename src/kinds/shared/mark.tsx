import type { ItemMark } from '../../domain/score';

/**
 * A right/wrong marker as text plus symbol, never colour alone. For a ticked-style item:
 * chosen and right, chosen and wrong, or (with the solution shown) right but not chosen.
 */
export function SelectionMark({
  mark,
  solution,
}: {
  mark: ItemMark | undefined;
  solution: boolean;
}) {
  if (!mark) return null;
  if (mark.chosen === true && mark.ok) return <span className="mark mark-ok">✓ Right</span>;
  if (mark.chosen === true) return <span className="mark mark-bad">✗ Should not be chosen</span>;
  if (solution && mark.expected === true) {
    return <span className="mark mark-missed">➜ Missed: this one is right</span>;
  }
  return null;
}
