import type { Input, Question } from '../../domain/question';
import { kindOf } from '../../kinds/registry';
import { questionSeed, shuffle } from '../../scoring/random';

/**
 * The order in which options and items are shown for one question in one attempt: a pure
 * function of the attempt seed, so a reload (or a test) shows the same order.
 */
export function optionOrder(question: Question, attemptSeed: number): string[] {
  const seed = questionSeed(attemptSeed, question.id);
  return kindOf(question.kind).presentationOrder(question, (ids) => shuffle(ids, seed));
}

/** The starting value of an answer widget. */
export function emptyInput(question: Question, order: string[]): Input {
  return kindOf(question.kind).emptyInput(question, order);
}
