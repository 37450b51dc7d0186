import type { Question, QuestionOf, Skill } from './question';
import type { Rich } from './rich';

/** Any addressable piece of the article: title, date line, heading or body sentence. */
export interface ArticleUnit {
  id: string;
  text: string;
}

export interface ArticleSentence extends ArticleUnit {
  /** 1-based position among the body sentences (the dossier's numbering). */
  number: number;
  paragraphNumber: number;
}

export type ArticleBlock =
  | { type: 'heading'; id: string; text: string }
  | { type: 'paragraph'; id: string; number: number; sentences: ArticleSentence[] };

export interface Article {
  title: ArticleUnit;
  dateline: ArticleUnit;
  blocks: ArticleBlock[];
}

export interface AnnotationCategory {
  id: string;
  label: string;
  /** A short text marker shown beside annotated text, so meaning never rests on colour. */
  marker: string;
  description: Rich;
  lesson: string;
}

export interface Annotation {
  id: string;
  category: string;
  /** One sentence, or several for a tension between sentences. */
  sentences: string[];
  /** A phrase inside the (single) sentence that the annotation is about. */
  phrase?: string;
  reason: Rich;
  lesson: string;
  sources: string[];
}

export const SOURCE_KINDS = [
  'partisan-MEK',
  'Iranian-state/aligned',
  'Russian-state/aligned',
  'government',
  'NGO',
  'press',
  'think tank / research',
  'academic',
  'tertiary',
  'alternative press',
  'paid advocacy',
  'self-description',
  'law-firm summary',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** The dossier's ratings; "not rated" where the dossier gives a source no rating of its own. */
export const CONFIDENCE = [
  'high',
  'medium-high',
  'medium',
  'low-medium',
  'low',
  'not rated',
] as const;
export type Confidence = (typeof CONFIDENCE)[number];

export interface Source {
  id: string;
  publisher: string;
  /** The title as published, when the dossier gives it. */
  title?: string;
  /** Our description, when there is no title to quote. */
  description?: string;
  date: string;
  url: string;
  /** "as reposted by …" when the stored copy is on another site. */
  via?: string;
  kind: SourceKind;
  confidence: Confidence;
  /** What the confidence applies to, in the dossier's terms. */
  confidenceNote: string;
  /** Where in the dossier this comes from, e.g. "§1.3". */
  dossier: string;
  /**
   * Who owns or pays for the outlet, when a state does or the dossier records it; marked
   * "general knowledge" when the dossier does not.
   */
  funding?: string;
}

export interface GlossaryTerm {
  id: string;
  term: string;
  aliases: string[];
  definition: Rich;
  related: string[];
}

export interface Section {
  id: string;
  title: string;
  body: Rich;
}

export interface SearchResult {
  id: string;
  title: string;
  site: string;
  snippet: string;
  source?: string;
  /** What a searcher sees on the opened page: who speaks there and what it says. */
  page: Rich;
  /** What an expert makes of it; shown once the learner has judged the page themselves. */
  expert: Rich;
  /** A tempting but misleading result, and why. */
  misleading?: Rich;
}

export interface SearchQuery {
  id: string;
  text: string;
  results: string[];
}

export type Activity =
  | { kind: 'questions'; id: string; title: string; intro: Rich; questions: Question[] }
  | {
      kind: 'lateral-reading';
      id: string;
      title: string;
      intro: Rich;
      queries: SearchQuery[];
      results: SearchResult[];
      questions: Question[];
      debrief: Rich;
    };

export interface Quiz {
  id: string;
  title: string;
  intro: Rich;
  /** Percentage needed to pass. */
  passMark: number;
  /** Tries per question in one attempt. */
  tries: number;
  questions: Question[];
}

export interface PlanStep {
  minutes: number;
  title: string;
  detail: Rich;
}

export interface TeacherNotes {
  minutes: number;
  plan: PlanStep[];
  prompts: Rich[];
  misconceptions: { belief: string; response: Rich }[];
  notes: Rich;
}

export interface Lesson {
  id: string;
  kind: 'lesson' | 'review';
  /** "Lesson 1", "Final review": derived from the folder order and kind. */
  label: string;
  title: string;
  summary: string;
  skill?: Skill;
  minutes: number;
  objectives: string[];
  intro: Rich;
  sections: Section[];
  activities: Activity[];
  quiz: Quiz;
  teacher?: TeacherNotes;
}

/**
 * Dated events the lessons use, in rows ("lanes"), drawn as a timeline. Dates are as precise
 * as the research gives them: "2002", "2025-05" or "2025-06-03" (see src/content/dates.ts).
 */
export interface Timeline {
  lanes: TimelineLane[];
  /** In date order. */
  events: TimelineEvent[];
}

export interface TimelineLane {
  id: string;
  label: string;
  /** A stretch of time the row stands for, such as years on a list, drawn as a bar. */
  period?: { from: string; until: string; label: string };
}

export interface TimelineEvent {
  id: string;
  lane: string;
  date: string;
  text: string;
  sources: string[];
  confidence: Confidence;
  /** What the confidence applies to, or what is not known (an exact day, who did it). */
  note?: string;
}

/** Where the case-study text and its byline have been found, in date order (source card). */
export interface Trail {
  caption: string;
  steps: TrailStep[];
  /** What joins each step to the next one. */
  links: { from: string; to: string; text: string }[];
}

export interface TrailStep {
  id: string;
  date: string;
  /** How the date is known, when it is not printed on the page (e.g. from the web address). */
  dateNote?: string;
  site: string;
  text: string;
  source: string;
  confidence: Confidence;
  note?: string;
}

/** The two parallel forms of the before-and-after check (lessons/checks/form-a.yaml, form-b.yaml). */
export const CHECK_FORMS = ['form-a', 'form-b'] as const;
export type CheckFormId = (typeof CHECK_FORMS)[number];

/** Paired items across the forms are matched by camp, skill, key and this. */
export const DIFFICULTIES = ['easier', 'harder'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/**
 * One judgement item of the check: a fresh text and a claim, judged "supported / reliable on
 * this point" (trust) or "not supported / not enough" (flag) with the same two options every
 * time, compiled as a single-choice question.
 */
export interface CheckItem {
  /** The id shared with the matching item of the other form. */
  pair: string;
  difficulty: Difficulty;
  question: QuestionOf<'single-choice'>;
}

export interface CheckForm {
  id: CheckFormId;
  /** "Form A" */
  label: string;
  title: string;
  intro: Rich;
  items: CheckItem[];
}

export interface HomeText {
  title: string;
  body: Rich;
}

export interface Content {
  /** A hash of everything in lessons/, recorded with learners' results. */
  hash: string;
  home: HomeText;
  article: Article;
  sourceCard: Rich;
  /** Empty when lessons/case-study/timeline.yaml is absent. */
  timeline: Timeline;
  /** Null when lessons/case-study/trail.yaml is absent. */
  trail: Trail | null;
  annotationCategories: AnnotationCategory[];
  annotations: Annotation[];
  sources: Source[];
  glossary: GlossaryTerm[];
  lessons: Lesson[];
  /** The before-and-after check's two forms; empty when lessons/ has no checks/ folder. */
  checks: CheckForm[];
}
