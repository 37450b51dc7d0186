import type { InputOf, QuestionKind, QuestionOf } from '../../domain/question';
import type { ItemMark } from '../../domain/score';

/**
 * What every answer widget receives. `reveal` is set after Check: `marks` say how each part
 * went; with `solution` the right answer is shown for every part, not only the chosen ones.
 */
export interface InputProps<K extends QuestionKind> {
  question: QuestionOf<K>;
  order: string[];
  value: InputOf<K>;
  onChange(value: InputOf<K>): void;
  /** For a self-assessed kind, the widget's own button that saves the answer. */
  onSubmit(): void;
  locked: boolean;
  reveal: { marks: ItemMark[]; solution: boolean } | null;
  /** Prefix for element ids, unique per question on the page. */
  uid: string;
}

export function markFor(reveal: InputProps<QuestionKind>['reveal'], id: string) {
  return reveal?.marks.find((m) => m.id === id);
}

/** For styling only; the meaning is always in the mark's text. */
export function stateOf(chosen: boolean, ok: boolean, solution: boolean, expected: boolean) {
  if (chosen) return ok ? 'ok' : 'bad';
  return solution && expected ? 'missed' : undefined;
}
