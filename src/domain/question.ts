import type { Rich } from './rich';
import type { Stimulus } from './stimulus';

/**
 * The types of every question kind, in one file, as in Khan Academy's Perseus. Each kind (named
 * for what the learner does) has three: what is shown (the question), the key (its rubric) and
 * what the learner gives (its input); `KindTypes` lists them. Compiled content carries both
 * question and rubric. What each kind does (its scoring, compile step, views) lives in
 * src/kinds/<kind>/.
 */

export const SKILLS = ['unsupported-claims', 'authorship', 'counter-evidence'] as const;
export type Skill = (typeof SKILLS)[number];

/**
 * For discernment: what a learner's judgement means. "flag" = unsupported / unreliable on
 * this point; "trust" = supported / reliable on this point.
 */
export type Stance = 'flag' | 'trust';

export interface Evidence {
  sentences: string[];
  sources: string[];
}

export interface QuestionBase {
  id: string;
  skill: Skill;
  prompt: Rich;
  /** Article sentences shown with the question, for the learner to read. */
  context: string[];
  /** A fresh text to judge, shown above the prompt; a question with one is a transfer item. */
  stimulus?: Stimulus;
  explanation: Rich;
  evidence: Evidence;
}

export interface Choice {
  id: string;
  text: Rich;
  /** Shown when the learner picked this option. */
  feedback?: Rich;
  stance?: Stance;
}

export interface SingleChoiceQuestion extends QuestionBase {
  kind: 'single-choice';
  options: Choice[];
}
export interface SingleChoiceRubric {
  answer: string;
}
export interface SingleChoiceInput {
  choice: string | null;
}

export interface MultipleChoiceQuestion extends QuestionBase {
  kind: 'multiple-choice';
  /** Options with a `stance` are judgement items (see `selecting`). */
  options: Choice[];
  /** What ticking an option means, for discernment: judging it "flag" or "trust". */
  selecting?: Stance;
}
export interface MultipleChoiceRubric {
  answer: string[];
}
export interface MultipleChoiceInput {
  choices: string[];
}

export interface TagSentencesQuestion extends QuestionBase {
  kind: 'tag-sentences';
  /** What the learner looks for, e.g. "vague attribution". */
  category: string;
  /** The article sentences offered for tagging, in article order. */
  candidates: string[];
  /** Per-sentence feedback, shown after checking. */
  feedback: Record<string, Rich>;
  /** What tagging a sentence means, for discernment: judging it "flag" or "trust". */
  selecting?: Stance;
  /** The sentences that are judgement items, with the right judgement of each. */
  stances: Record<string, Stance>;
}
export interface TagSentencesRubric {
  answer: string[];
}
export interface TagSentencesInput {
  sentences: string[];
}

export interface CategoryLabel {
  id: string;
  text: string;
  stance?: Stance;
}
export interface CategorizeItem {
  id: string;
  text: Rich;
  /** If the item is an article sentence, its id (the text is then the sentence). */
  sentence?: string;
  feedback?: Rich;
}
export interface CategorizeQuestion extends QuestionBase {
  kind: 'categorize';
  labels: CategoryLabel[];
  items: CategorizeItem[];
}
export interface CategorizeRubric {
  /** item id → label id */
  answer: Record<string, string>;
}
export interface CategorizeInput {
  labels: Record<string, string>;
}

export interface OrderItem {
  id: string;
  text: Rich;
}
export interface OrderQuestion extends QuestionBase {
  kind: 'order';
  items: OrderItem[];
}
export interface OrderRubric {
  /** item ids in the right order */
  answer: string[];
}
export interface OrderInput {
  order: string[];
}

export interface ShortAnswerQuestion extends QuestionBase {
  kind: 'short-answer';
  modelAnswer: Rich;
  checklist: string[];
  minLength: number;
}
export type ShortAnswerRubric = Record<string, never>;
export interface ShortAnswerInput {
  text: string;
  /** Indexes of the checklist points the learner ticked when comparing with the model. */
  ticked: number[];
}

/** Every kind's three types. A new kind adds its line here and a folder in src/kinds/. */
export interface KindTypes {
  'single-choice': {
    question: SingleChoiceQuestion;
    rubric: SingleChoiceRubric;
    input: SingleChoiceInput;
  };
  'multiple-choice': {
    question: MultipleChoiceQuestion;
    rubric: MultipleChoiceRubric;
    input: MultipleChoiceInput;
  };
  'tag-sentences': {
    question: TagSentencesQuestion;
    rubric: TagSentencesRubric;
    input: TagSentencesInput;
  };
  categorize: { question: CategorizeQuestion; rubric: CategorizeRubric; input: CategorizeInput };
  order: { question: OrderQuestion; rubric: OrderRubric; input: OrderInput };
  'short-answer': {
    question: ShortAnswerQuestion;
    rubric: ShortAnswerRubric;
    input: ShortAnswerInput;
  };
}

export type QuestionKind = keyof KindTypes;

/** What the learner is shown of a question of kind K: everything but the key. */
export type ShownOf<K extends QuestionKind> = KindTypes[K]['question'];
/** The key of a question of kind K. */
export type RubricOf<K extends QuestionKind> = KindTypes[K]['rubric'];

/** A compiled question of kind K (or, for a union K, of any of those kinds), with its key. */
export type QuestionOf<K extends QuestionKind> = {
  [P in K]: KindTypes[P]['question'] & { rubric: KindTypes[P]['rubric'] };
}[K];
export type Question = QuestionOf<QuestionKind>;

/** A learner's answer to a question of kind K. */
export type InputOf<K extends QuestionKind> = { [P in K]: { kind: P } & KindTypes[P]['input'] }[K];
export type Input = InputOf<QuestionKind>;
