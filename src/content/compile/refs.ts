import type { Camp } from '../../domain/stimulus.ts';
import type { ContentError } from './errors.ts';

export type RefKind =
  | 'sentence'
  | 'source'
  | 'term'
  | 'lesson'
  | 'activity'
  | 'category'
  /** ::timeline, which needs case-study/timeline.yaml; `text` lists the lanes it names. */
  | 'timeline'
  /** ::trail, which needs case-study/trail.yaml. */
  | 'trail';

/**
 * A reference from one piece of content to another, checked once everything is loaded.
 * `where` is a ready-made error location; `resolve` lets a reference written by name
 * (a glossary term by its text) receive its id.
 */
export interface Ref {
  kind: RefKind;
  id: string;
  where: Omit<ContentError, 'message'>;
  /** For terms written without an id: the text to match against terms and aliases. */
  text?: string;
  resolve?: (id: string) => void;
  /** For lesson references: a section id that must exist in that lesson. */
  section?: string;
  /** For the source of a quoted fresh text: the camp the quote is filed under. */
  camp?: Camp;
}
