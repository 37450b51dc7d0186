import type { Stance } from './question';

/**
 * Results of scoring are data and codes; the UI chooses the words. `points` is between 0 and 1.
 */
export type Status = 'correct' | 'partial' | 'incorrect';

/** Why an input cannot be scored; the learner is asked to complete or fix it. */
export type InvalidCode =
  | 'wrong-kind' // the input belongs to another kind of question
  | 'empty' // nothing chosen yet
  | 'unknown-choice' // names an option, sentence, item or label that is not in the question
  | 'duplicate' // the same thing chosen twice
  | 'incomplete' // some items have no label yet
  | 'not-a-permutation' // an order that does not contain each item exactly once
  | 'too-short' // a written answer shorter than the question asks
  | 'unplaced'; // a self-assessed answer not yet placed at a rubric level

/** How one part of the answer went: an option, a sentence, an item or a position. */
export interface ItemMark {
  id: string;
  /** The learner's choice for this item (ticked, tagged, the label, the position). */
  chosen: boolean | string | number | null;
  /** What the key says. */
  expected: boolean | string | number;
  ok: boolean;
}

/** The score of a valid answer. */
export interface Score {
  status: Status;
  points: number;
  items: ItemMark[];
}

export type Scored = { valid: false; code: InvalidCode } | ({ valid: true } & Score);

/** One judgement a learner made, for the discernment line. */
export interface Judgement {
  id: string;
  truth: Stance;
  /** What the learner said; null when they made no judgement on it. */
  response: Stance | null;
}
