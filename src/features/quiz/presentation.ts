import type { Input, Question } from '../../domain/question';
import { kindOf } from '../../kinds/registry';

/** The starting value of an answer widget. */
export function emptyInput(question: Question, order: string[]): Input {
  return kindOf(question.kind).emptyInput(question, order);
}
