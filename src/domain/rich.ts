/**
 * Rich text compiled from Markdown at build time: a small, closed set of nodes that the app
 * renders as React elements (src/components/rich-text.tsx). No HTML string ever reaches the
 * page, and no Markdown parser ships to the browser.
 */
export type RichNode = string | RichElement;
export type Rich = RichNode[];

export type RichElement =
  | { t: 'p' | 'em' | 'strong' | 'ul' | 'li' | 'blockquote' | 'h3' | 'h4' | 'code'; c: Rich }
  | { t: 'ol'; start?: number; c: Rich }
  | { t: 'br' }
  /** A link to a glossary term. */
  | { t: 'term'; id: string; c: Rich }
  /** A link to a sentence of the case-study article. */
  | { t: 'sentence'; id: string; c: Rich }
  /** A link to an entry on the Sources page. */
  | { t: 'source'; id: string; c: Rich }
  /** A link to a lesson (or one of its sections). */
  | { t: 'lesson'; id: string; section?: string; c: Rich }
  /** The exact text of an article sentence, quoted as a block; `phrase` is highlighted. */
  | { t: 'quote'; id: string; phrase?: string }
  /** A worked example: the quoted sentence, then the explanation. */
  | { t: 'example'; sentence: string; phrase?: string; title?: string; c: Rich }
  /** A call-out box. */
  | { t: 'box'; kind: BoxKind; c: Rich }
  /** Shown only in teacher mode. */
  | { t: 'teacher'; c: Rich }
  /** Background off the lesson's main path: closed until the reader opens it (opens to print). */
  | { t: 'deeper'; title: string; c: Rich }
  /** A practice activity from the lesson's activities.yaml, embedded here. */
  | { t: 'activity'; id: string }
  /** The timeline of case-study/timeline.yaml: all its rows, or only those named. */
  | { t: 'timeline'; lanes?: string[] }
  /** The publication trail of case-study/trail.yaml, as a diagram. */
  | { t: 'trail' };

export const BOX_KINDS = ['key', 'caution', 'think', 'try'] as const;
export type BoxKind = (typeof BOX_KINDS)[number];
