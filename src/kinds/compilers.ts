/**
 * Every question kind's authoring schema and compile step, by kind. Build time only: the
 * content compiler (src/content/compile/question.ts) is its one user, so none of it reaches
 * the browser.
 */
import * as v from 'valibot';
import type { QuestionKind } from '../domain/question';
import type { KindCompileContext, KindCompiler, KindPart } from './types';
import { singleChoiceCompiler } from './single-choice/compile';
import { multipleChoiceCompiler } from './multiple-choice/compile';
import { tagSentencesCompiler } from './tag-sentences/compile';
import { categorizeCompiler } from './categorize/compile';
import { orderCompiler } from './order/compile';
import { shortAnswerCompiler } from './short-answer/compile';

const compilers = {
  'single-choice': singleChoiceCompiler,
  'multiple-choice': multipleChoiceCompiler,
  'tag-sentences': tagSentencesCompiler,
  categorize: categorizeCompiler,
  order: orderCompiler,
  'short-answer': shortAnswerCompiler,
} satisfies { [K in QuestionKind]: KindCompiler<K> };

/** What may be written for a question of kind K (its schema's output). */
export type AuthoredOf<K extends QuestionKind> = v.InferOutput<(typeof compilers)[K]['schema']>;

/** Each compile step takes exactly what its own schema produced. */
const steps: {
  [K in QuestionKind]: { compile(input: AuthoredOf<K>, ctx: KindCompileContext): KindPart<K> };
} = compilers;

const kindNames = Object.keys(compilers).join(', ');

/** A question as authored: one of the kinds' schemas, chosen by `kind`. */
export const AuthoredQuestion = v.variant(
  'kind',
  Object.values(compilers).map((c) => c.schema),
  `unknown question kind; use one of: ${kindNames}`,
);
export type AuthoredQuestion = v.InferOutput<typeof AuthoredQuestion>;

/** Runs the compile step of the question's own kind (see kindOf in registry.ts). */
export function compileKind<K extends QuestionKind>(
  kind: K,
  input: AuthoredOf<K>,
  ctx: KindCompileContext,
): KindPart<K> {
  return steps[kind].compile(input, ctx);
}
