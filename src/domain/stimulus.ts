import type { Rich } from './rich';

/**
 * Whose text a fresh-text stimulus is. The module applies one method to every camp, and
 * transfer items are spread over them (a test over lessons/ counts them).
 */
export const CAMPS = [
  'mek',
  'iranian-state',
  'russian-state',
  'government',
  'press',
  'research',
  'other-topic',
] as const;
export type Camp = (typeof CAMPS)[number];

/**
 * A short fresh text that a question asks the learner to judge: an exact short quote from a
 * listed source (shown with its citation), or a text written for the module (shown labelled
 * as constructed). A question with one is a transfer item.
 */
export type Stimulus =
  | {
      kind: 'quote';
      /** Copied exactly from the research notes' text of the source: a sentence or less. */
      quote: string;
      source: string;
      /** Our words that set the quote in context ("How a 2018 report described…"). */
      intro?: Rich;
      camp: Camp;
    }
  | { kind: 'constructed'; text: Rich; camp: Camp };
