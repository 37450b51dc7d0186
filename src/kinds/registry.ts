/**
 * Every question kind's logic, by kind: the one place the rest of the app looks a kind up
 * (scoring, saved-input parsing, presentation). Build-time compile steps are in compilers.ts
 * and React views in views.tsx, each a table of the same shape.
 */
import type { QuestionKind } from '../domain/question';
import type { KindModule } from './types';
import { singleChoiceLogic } from './single-choice/logic';
import { multipleChoiceLogic } from './multiple-choice/logic';
import { tagSentencesLogic } from './tag-sentences/logic';
import { categorizeLogic } from './categorize/logic';
import { orderLogic } from './order/logic';
import { shortAnswerLogic } from './short-answer/logic';

const kinds: { [K in QuestionKind]: KindModule<K> } = {
  'single-choice': singleChoiceLogic,
  'multiple-choice': multipleChoiceLogic,
  'tag-sentences': tagSentencesLogic,
  categorize: categorizeLogic,
  order: orderLogic,
  'short-answer': shortAnswerLogic,
};

/** Every kind, in the order authors are told about them. */
export const QUESTION_KINDS: readonly QuestionKind[] = Object.keys(kinds).filter(
  (k): k is QuestionKind => k in kinds,
);

/**
 * The logic of one kind. Called with a question's own `kind` and given that same question, so
 * a module and a question always match (TypeScript cannot see that through a union; the
 * table's type makes sure every kind has every part).
 */
export function kindOf<K extends QuestionKind>(kind: K): KindModule<K> {
  return kinds[kind];
}
