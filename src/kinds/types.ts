/**
 * What a question kind is made of. Each kind has a folder, src/kinds/<kind>/, with:
 *
 *   logic.ts    KindModule: saved-input schema, presentation, validation, scoring, judgements,
 *               retry hints, the printed key, and what an LMS needs (packing for
 *               suspend_data, SCORM interactions)
 *   compile.ts  KindCompiler: its authoring schema (quiz.yaml fields) and compile step
 *   input.tsx   the answer widget;  views.tsx  KindViews: widget, key, response, worksheet
 *   *.test.ts   table-driven tests of the scorer and the compile step, beside them
 *
 * and is listed once in each of three tables: registry.ts (logic, used everywhere), compilers.ts
 * (build time only, so no compile code reaches the browser) and views.tsx (React). Each table
 * is `{ [K in QuestionKind]: … }`, so a kind missing from one, or missing a part, does not
 * type-check. Everything here is pure: no React, no store, no content.
 */
import type * as v from 'valibot';
import type {
  InputOf,
  QuestionBase,
  QuestionKind,
  QuestionOf,
  RubricOf,
  ShownOf,
} from '../domain/question';
import type { Rich } from '../domain/rich';
import type { InvalidCode, Judgement, Score } from '../domain/score';
import type { ScormInteractionType, ScormVersion } from './shared/lms';

export interface KindModule<K extends QuestionKind> {
  /** Saved answers (progress, imported records) are parsed with this, never trusted. */
  inputSchema: v.GenericSchema<unknown, InputOf<K>>;

  /**
   * The ids of the parts the learner picks from or arranges, in the order shown. `mix` is a
   * shuffle seeded per attempt and question, so a reload shows the same order.
   */
  presentationOrder(question: ShownOf<K>, mix: (ids: readonly string[]) => string[]): string[];

  /** The answer before the learner has done anything (`order` as from presentationOrder). */
  emptyInput(question: ShownOf<K>, order: readonly string[]): InputOf<K>;

  /** Why an answer cannot be scored yet (incomplete, or naming what is not offered), or null. */
  validate(question: ShownOf<K>, input: InputOf<K>): InvalidCode | null;

  /** Scores a valid answer against the key, which is passed separately. Pure. */
  score(question: ShownOf<K>, rubric: RubricOf<K>, input: InputOf<K>): Score;

  /**
   * The judgement items in an answer, for discernment: each item the content marks with a
   * stance, with the right judgement (truth) and the learner's (response; null if none yet).
   * Results read them from first tries only (src/scoring/quiz-summary.ts).
   */
  judgements(question: ShownOf<K>, rubric: RubricOf<K>, input: InputOf<K> | null): Judgement[];

  /**
   * What to tell a learner whose try is not right yet, before the next one: what is wrong, in
   * counts ("2 of the 3 right options are still missing", "1 you ticked should not be"), never
   * the answer itself. `score` is this try's (its items say what was chosen and expected).
   */
  retryHint(question: ShownOf<K>, score: Score): string;

  /**
   * The compact printed key of a question ("B", "A, C", "a B, b A"): `order` is the order the
   * parts were printed in on the worksheet (presentationOrder with the worksheet's seed), and
   * their letters follow it (see shared/letters.ts). Written for a teacher marking by hand.
   */
  keyEntry(question: ShownOf<K>, rubric: RubricOf<K>, order: readonly string[]): string;

  /** The rich text it shows beyond prompt and explanation (for where sources are cited). */
  richText(question: ShownOf<K>): Rich[];

  /**
   * The article sentences the widget quotes in full, so that the feedback under it can point
   * to them ("sentences 6 and 10, above") instead of quoting them a second time.
   */
  quotedSentences(question: ShownOf<K>): string[];

  /**
   * The learner marks their own answer (a short answer placed on its rubric): one try, saved
   * from inside the widget instead of with Check, and a "model answer" rather than a key.
   */
  selfAssessed: boolean;

  /** What the LMS adapter (src/lms/) needs: see KindLms. */
  lms: KindLms<K>;
}

/**
 * A kind's part in LMS delivery (SCORM 1.2 and 2004). Answers are kept in the LMS's small
 * suspend_data as positions in the compiled question rather than ids, so `shape` names what
 * those positions refer to (a change in it makes saved data unreadable, not misread); and each
 * checked answer is reported as an interaction of the SCORM vocabulary.
 */
export interface KindLms<K extends QuestionKind> {
  /** What packed answers refer to by position (option ids, item ids…), in order. */
  shape(question: ShownOf<K>): (string | number)[];
  /** An answer in a few characters of JSON; undefined if it names what `question` lacks. */
  pack(question: ShownOf<K>, input: InputOf<K>): unknown;
  /** The answer back from `pack`'s output; undefined if it does not fit `question`. */
  unpack(question: ShownOf<K>, packed: unknown): InputOf<K> | undefined;
  /**
   * A shorter copy of an answer in a finished attempt, for when suspend_data runs out of room
   * (a long written answer cut short). Kinds whose answers are already small leave it out.
   */
  shorten?(question: ShownOf<K>, input: InputOf<K>): InputOf<K>;
  /** The SCORM interaction type in each version. */
  interaction: Record<ScormVersion, ScormInteractionType>;
  /** The learner's response in the version's format; undefined when there is none to send. */
  response(question: ShownOf<K>, input: InputOf<K>, v: ScormVersion): string | undefined;
  /** The correct response in the version's format; undefined when there is no key. */
  correct(question: ShownOf<K>, rubric: RubricOf<K>, v: ScormVersion): string | undefined;
}

/** Field paths inside one question, as written in its YAML file. */
export type FieldPath = (string | number)[];

/**
 * What a kind's compile step may do, given by the content compiler: report a problem at a
 * field of the question, compile Markdown fields, note references to article sentences (checked
 * once everything is loaded), and look at the article.
 */
export interface KindCompileContext {
  error(path: FieldPath, message: string): void;
  md(path: FieldPath, source: string): Rich;
  /** For short fields (options, items): one paragraph becomes inline text. */
  inline(path: FieldPath, source: string): Rich;
  sentence(id: string, path: FieldPath): void;
  isArticleUnit(id: string): boolean;
  /** Body sentences in article order. */
  bodySentenceIds: readonly string[];
}

/** What a kind adds to the fields every question has (QuestionBase): its own, and its key. */
export type KindPart<K extends QuestionKind> = {
  [P in K]: Omit<QuestionOf<P>, keyof QuestionBase>;
}[K];

export interface KindCompiler<K extends QuestionKind> {
  /**
   * The authoring format of this kind: a strict object with `kind` and the common fields
   * (shared/authoring.ts) plus its own.
   */
  schema: v.StrictObjectSchema<
    { kind: v.LiteralSchema<K, undefined> } & v.ObjectEntries,
    undefined
  >;
  /**
   * Checks what the schema cannot (answers that name an option, stances that agree with the
   * key…) and builds the kind's part of the compiled question. `input` is the schema's output
   * (compilers.ts checks that they match).
   */
  compile(input: { kind: K }, ctx: KindCompileContext): KindPart<K>;
}
