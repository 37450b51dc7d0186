import type { Question } from '../domain/question';
import { kindOf } from '../kinds/registry';
import { questionSeed, shuffle } from './random';

/**
 * The order in which options and items are shown for one question in one attempt (or printed
 * on one version of a worksheet): a pure function of the seed, so a reload (or a test, or the
 * answer key of the same version) shows the same order.
 */
export function optionOrder(question: Question, seed: number): string[] {
  const mix = questionSeed(seed, question.id);
  return kindOf(question.kind).presentationOrder(question, (ids) => shuffle(ids, mix));
}

/** A question's compact printed key for one worksheet version ("B", "A, C", "a B, b A"). */
export function keyEntry(question: Question, seed: number): string {
  return kindOf(question.kind).keyEntry(question, question.rubric, optionOrder(question, seed));
}

/** Worksheet versions: a small number a teacher can read off a sheet and type in again. */
export const WORKSHEET_VERSIONS = { default: 1, max: 99_999 } as const;

/** The version in a worksheet's address (`?seed=`), or the default if absent or not valid. */
export function worksheetVersion(param: string | null): number {
  const n = param !== null && /^\d{1,5}$/.test(param.trim()) ? Number(param.trim()) : 0;
  return n >= 1 && n <= WORKSHEET_VERSIONS.max ? n : WORKSHEET_VERSIONS.default;
}

/** A new version to print, 1000–9999, from the platform's random source (see newSeed). */
export function newWorksheetVersion(random: number): number {
  return 1000 + (random % 9000);
}
