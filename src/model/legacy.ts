/**
 * Saved answers in shapes the module no longer writes, brought up to date before they are
 * parsed (storage version 2 → 3 in persisted.ts, learning-record format 1 → 2 in record.ts).
 * Pure JSON in, JSON out: whatever is not recognised is left for the schemas to judge.
 */
import type { RubricLevelId } from '../domain/question';
import { LEVEL_POINTS } from '../kinds/short-answer/logic';
import { isRecord } from './is-record';

/**
 * Short answers were once self-assessed with a checklist: `{ kind, text, ticked: [0, 2] }`, the
 * indexes of the points ticked. Now the learner places the answer at a rubric level. The ticks
 * cannot be read against the new rubric, but each try kept its points (the share of points
 * ticked), and that share gives the level: all → secure, at least half → developing, fewer →
 * beginning. Rounding down means no score goes up; the try's points become the level's, so
 * what is stored agrees with what scoring computes. The text is kept whole. A draft has no
 * points and becomes unplaced, so the learner chooses a level again.
 */
export function levelForShare(share: number): RubricLevelId {
  if (share >= 1) return 'secure';
  return share >= 0.5 ? 'developing' : 'beginning';
}

function isTickedShortAnswer(input: unknown): input is { kind: string; text: unknown } {
  return (
    isRecord(input) &&
    input.kind === 'short-answer' &&
    Array.isArray(input.ticked) &&
    !('level' in input)
  );
}

function upgradeTry(t: unknown): unknown {
  if (!isRecord(t) || !isTickedShortAnswer(t.input)) return t;
  const level = levelForShare(typeof t.points === 'number' ? t.points : 0);
  return {
    ...t,
    input: { kind: 'short-answer', text: t.input.text, level },
    points: LEVEL_POINTS[level],
  };
}

function upgradeAnswer(answer: unknown): unknown {
  if (!isRecord(answer)) return answer;
  const out: Record<string, unknown> = { ...answer };
  if (Array.isArray(answer.tries)) out.tries = answer.tries.map(upgradeTry);
  if (isTickedShortAnswer(answer.draft)) {
    out.draft = { kind: 'short-answer', text: answer.draft.text, level: null };
  }
  return out;
}

/** `{ answers: { [question]: Answer } }` → the same with each answer upgraded. */
function withAnswers(holder: unknown): unknown {
  if (!isRecord(holder) || !isRecord(holder.answers)) return holder;
  const answers = Object.fromEntries(
    Object.entries(holder.answers).map(([id, a]) => [id, upgradeAnswer(a)]),
  );
  return { ...holder, answers };
}

function mapValues(record: unknown, f: (value: unknown) => unknown): unknown {
  return isRecord(record)
    ? Object.fromEntries(Object.entries(record).map(([k, value]) => [k, f(value)]))
    : record;
}

/** A saved learner with every ticked short answer (quizzes and practice) placed at a level. */
export function upgradeTickedShortAnswers(
  learner: Record<string, unknown>,
): Record<string, unknown> {
  return {
    ...learner,
    activities: mapValues(learner.activities, withAnswers),
    quizzes: mapValues(learner.quizzes, (quiz) =>
      isRecord(quiz) && Array.isArray(quiz.attempts)
        ? { ...quiz, attempts: quiz.attempts.map(withAnswers) }
        : quiz,
    ),
  };
}
