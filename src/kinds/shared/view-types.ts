import type { ComponentType } from 'react';
import type { InputOf, QuestionKind, QuestionOf } from '../../domain/question';
import type { InputProps } from './input-props';

/** A kind's React views (src/kinds/<kind>/views.tsx), listed in src/kinds/views.tsx. */
export interface KindViews<K extends QuestionKind> {
  /** The answer widget in a quiz or practice card. */
  Input: ComponentType<InputProps<K>>;
  /** The right answer written out: teacher's key in a card, results review, printed key. */
  Key: ComponentType<{ question: QuestionOf<K> }>;
  /** What the learner answered, written out (results review). */
  Response: ComponentType<{ question: QuestionOf<K>; input: InputOf<K> }>;
  /**
   * The question's answer space on a blank paper worksheet: `number` is its position, `order`
   * the printed order of its parts (lettered A, B, C… in that order; see KindModule.keyEntry).
   */
  Blank: ComponentType<{ question: QuestionOf<K>; number: number; order: readonly string[] }>;
}
