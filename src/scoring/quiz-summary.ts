import type { Quiz } from '../domain/content';
import type { Input, Question } from '../domain/question';
import { discernment, percent, questionCredit, type Discernment } from './attempt';
import { judgements, scoreAnswer } from './score';
import type { Judgement, Scored } from '../domain/score';

/** What a summary needs of a stored attempt (the store's Attempt has more). */
export interface AttemptRecord {
  questionIds: readonly string[];
  carried: Readonly<Record<string, number>>;
  answers: Readonly<Record<string, { tries: readonly { input: Input }[] } | undefined>>;
  finishedAt: number | null;
}

export interface QuestionOutcome {
  question: Question;
  credit: number;
  /** false for questions carried over from the attempt before ("retry what I missed"). */
  asked: boolean;
  tries: Scored[];
}

export interface AttemptSummary {
  outcomes: QuestionOutcome[];
  percent: number;
  passed: boolean;
  discernment: Discernment;
  /** Questions without full credit, in quiz order: what "retry what I missed" asks again. */
  missed: string[];
}

/**
 * Everything the results screen shows, computed from the attempt and the current content
 * (pure). Outcomes come in the order the questions were asked, then the questions carried over
 * from the attempt before (in quiz order). Questions removed from the content since are skipped.
 */
export function summarizeAttempt(quiz: Quiz, attempt: AttemptRecord): AttemptSummary {
  const asked = new Set(attempt.questionIds);
  const position = new Map(attempt.questionIds.map((id, i) => [id, i]));
  const inOrder = [...quiz.questions].sort(
    (a, b) =>
      (position.get(a.id) ?? Infinity) - (position.get(b.id) ?? Infinity) ||
      quiz.questions.indexOf(a) - quiz.questions.indexOf(b),
  );
  const outcomes: QuestionOutcome[] = [];
  const judged: Judgement[] = [];
  for (const question of inOrder) {
    if (asked.has(question.id)) {
      const tries = (attempt.answers[question.id]?.tries ?? []).map((t) =>
        scoreAnswer(question, t.input),
      );
      outcomes.push({ question, credit: questionCredit(tries), asked: true, tries });
      // Discernment is read from the first try: the learner's own judgement, before feedback.
      judged.push(...judgements(question, attempt.answers[question.id]?.tries[0]?.input ?? null));
    } else {
      outcomes.push({
        question,
        credit: attempt.carried[question.id] ?? 0,
        asked: false,
        tries: [],
      });
    }
  }
  const score = percent(outcomes.map((o) => o.credit));
  return {
    outcomes,
    percent: score,
    passed: score >= quiz.passMark,
    discernment: discernment(judged),
    missed: outcomes.filter((o) => o.credit < 1).map((o) => o.question.id),
  };
}

export function finishedAttempts<A extends AttemptRecord>(attempts: readonly A[]): A[] {
  return attempts.filter((a) => a.finishedAt !== null);
}

/**
 * The first finished attempt at a quiz: the evidence of what the learner could do. Every later
 * attempt (the whole quiz again, or only the questions missed) is practice.
 */
export function firstAttempt<A extends AttemptRecord>(attempts: readonly A[]): A | undefined {
  return attempts.find((a) => a.finishedAt !== null);
}

/** A learner's results at one quiz, as every page that reports them shows them. */
export interface QuizResult {
  /** The first finished attempt, in full: its score and discernment lead everywhere. */
  first: AttemptSummary;
  /** The best score over every finished attempt: secondary, "best after retries". */
  bestPercent: number;
  lastPercent: number;
  /** Finished attempts. */
  attempts: number;
  /** The pass mark met on some attempt (a retry is practice that can reach mastery). */
  passed: boolean;
}

/** The one place "first attempt" and "best" are computed (results, reports, class, LMS). */
export function quizResult(quiz: Quiz, attempts: readonly AttemptRecord[]): QuizResult | null {
  const done = finishedAttempts(attempts);
  const [earliest] = done;
  if (!earliest) return null;
  const first = summarizeAttempt(quiz, earliest);
  const percents = [first.percent, ...done.slice(1).map((a) => summarizeAttempt(quiz, a).percent)];
  const bestPercent = Math.max(...percents);
  return {
    first,
    bestPercent,
    lastPercent: percents.at(-1) ?? first.percent,
    attempts: done.length,
    passed: bestPercent >= quiz.passMark,
  };
}
