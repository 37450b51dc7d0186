import type { Judgement, Scored } from '../domain/score';

/**
 * Credit for one question across its tries within an attempt: the first try can earn full
 * points, each later try at most half of what the one before could (1, ½, ¼ …). Learners can
 * still repair a mistake, but getting it right first time is what the score rewards.
 */
export function questionCredit(tries: readonly Scored[]): number {
  let best = 0;
  tries.forEach((t, i) => {
    if (t.valid) best = Math.max(best, t.points * tryWeight(i));
  });
  return best;
}

/** What a try can earn at most: the first full points, each later one half the one before. */
export function tryWeight(index: number): number {
  return 0.5 ** index;
}

/** Whether the learner may try again: not right yet, and tries left. */
export function canTryAgain(tries: readonly Scored[], maxTries: number): boolean {
  const last = tries.at(-1);
  return tries.length < maxTries && !(last?.valid && last.status === 'correct');
}

/** Percentage for a set of per-question credits (0–100, one decimal place). */
export function percent(credits: readonly number[]): number {
  if (credits.length === 0) return 0;
  const sum = credits.reduce((a, b) => a + b, 0);
  return Math.round((sum / credits.length) * 1000) / 10;
}

/**
 * A percentage as learners and teachers see it: a whole number, rounded down, so a shown score
 * never reaches a pass mark that the exact score (kept to one decimal) missed: 79.7% shows as
 * 79%, not as an 80% that "did not pass".
 */
export function shownPercent(exact: number): number {
  // The small allowance absorbs binary rounding (e.g. 80 stored as 79.99999999999999).
  return Math.floor(exact + 1e-9);
}

export interface Discernment {
  /** Unsupported claims / unreliable sources (truth "flag"): how many, how many flagged. */
  flagItems: number;
  flagged: number;
  /** Supported claims / reliable sources (truth "trust"): how many, how many wrongly flagged. */
  trustItems: number;
  wronglyFlagged: number;
}

/** Tallies judgements (from first tries, before any feedback) into the discernment line. */
export function discernment(all: readonly Judgement[]): Discernment {
  const flag = all.filter((j) => j.truth === 'flag');
  const trust = all.filter((j) => j.truth === 'trust');
  return {
    flagItems: flag.length,
    flagged: flag.filter((j) => j.response === 'flag').length,
    trustItems: trust.length,
    wronglyFlagged: trust.filter((j) => j.response === 'flag').length,
  };
}
