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
 * (pure). Questions removed from the content since are skipped.
 */
export function summarizeAttempt(quiz: Quiz, attempt: AttemptRecord): AttemptSummary {
  const asked = new Set(attempt.questionIds);
  const outcomes: QuestionOutcome[] = [];
  const judged: Judgement[] = [];
  for (const question of quiz.questions) {
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

export function bestPercent(quiz: Quiz, attempts: readonly AttemptRecord[]): number | null {
  const done = finishedAttempts(attempts);
  if (!done.length) return null;
  return Math.max(...done.map((a) => summarizeAttempt(quiz, a).percent));
}
