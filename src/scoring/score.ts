import type { Input, Question } from '../domain/question';
import type { Judgement, Scored } from '../domain/score';
import { kindOf } from '../kinds/registry';

/**
 * Scores one answer through its question's kind (src/kinds/<kind>/logic.ts): the input is
 * validated first, then scored against the key. Pure: no React, no store.
 */
export function scoreAnswer(question: Question, input: Input): Scored {
  if (question.kind !== input.kind) return { valid: false, code: 'wrong-kind' };
  const kind = kindOf(question.kind);
  const code = kind.validate(question, input);
  if (code) return { valid: false, code };
  return { valid: true, ...kind.score(question, question.rubric, input) };
}

/**
 * The judgements in one answer (null: not answered yet), for the discernment line. Only items
 * the content marks with a stance count (see each kind's `judgements`).
 */
export function judgements(question: Question, input: Input | null): Judgement[] {
  const own = input?.kind === question.kind ? input : null;
  return kindOf(question.kind).judgements(question, question.rubric, own);
}
