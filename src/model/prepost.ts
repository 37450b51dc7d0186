/**
 * The before-and-after check, as pure updates of one learner and a reading of where they
 * stand. A learner takes one form before Lesson 1 (skippable) and the other after the final
 * review; nothing about the first is shown until the second is done.
 */
import type { CheckFormId, Content, Lesson } from '../domain/content';
import type { Input } from '../domain/question';
import { finishedAttempts } from '../scoring/quiz-summary';
import type { CheckTaking, Checks, Learner } from './learner';
import { BREAK_MS } from './progress';

export type CheckStage = 'pre' | 'post';

export function otherForm(form: CheckFormId): CheckFormId {
  return form === 'form-a' ? 'form-b' : 'form-a';
}

/** The form a learner takes at a stage: the first form before, the other one after. */
export function formFor(checks: Checks, stage: CheckStage): CheckFormId {
  return stage === 'pre' ? checks.firstForm : otherForm(checks.firstForm);
}

/**
 * The lesson whose quiz opens the after-check: the final review, or the last lesson when the
 * module has no review.
 */
export function closingLesson(lessons: readonly Lesson[]): Lesson | undefined {
  return lessons.find((l) => l.kind === 'review') ?? lessons.at(-1);
}

export interface CheckStatus {
  /**
   * todo: on offer; skipped: on offer, but the learner said "not now"; open: started, not
   * finished; done; closed: never taken, and no longer on offer because the after-check began.
   */
  pre: 'todo' | 'skipped' | 'open' | 'done' | 'closed';
  /** locked: the final review's quiz is not finished yet. */
  post: 'locked' | 'todo' | 'open' | 'done';
}

export function checkStatus(learner: Learner, content: Pick<Content, 'lessons'>): CheckStatus {
  const { pre, post, preSkipped } = learner.checks;
  const closing = closingLesson(content.lessons);
  const reviewed =
    closing !== undefined &&
    finishedAttempts(learner.quizzes[closing.id]?.attempts ?? []).length > 0;
  return {
    pre: pre
      ? pre.finishedAt === null
        ? post
          ? 'closed'
          : 'open'
        : 'done'
      : post
        ? 'closed'
        : preSkipped
          ? 'skipped'
          : 'todo',
    post: post ? (post.finishedAt === null ? 'open' : 'done') : reviewed ? 'todo' : 'locked',
  };
}

/** Whether the results of both stages may be shown: only once the after-check is done. */
export function checksRevealed(learner: Learner): boolean {
  return learner.checks.post?.finishedAt != null;
}

function withStage(
  l: Learner,
  stage: CheckStage,
  update: (t: CheckTaking) => CheckTaking,
  now: number,
): Learner {
  const taking = l.checks[stage];
  if (!taking || taking.finishedAt !== null) return l;
  const gap = Math.max(0, now - taking.lastEventAt);
  const timed = {
    ...taking,
    activeMs: taking.activeMs + Math.min(gap, BREAK_MS),
    lastEventAt: now,
  };
  return { ...l, checks: { ...l.checks, [stage]: update(timed) } };
}

/**
 * Starts a stage (once: a stage already started is kept). The before-check cannot start once
 * the after-check has, so that "before" always means before.
 */
export function startCheck(
  l: Learner,
  stage: CheckStage,
  seed: number,
  contentHash: string,
  now: number,
): Learner {
  if (l.checks[stage] || (stage === 'pre' && l.checks.post)) return l;
  const taking: CheckTaking = {
    form: formFor(l.checks, stage),
    seed,
    answers: {},
    current: 0,
    startedAt: now,
    finishedAt: null,
    activeMs: 0,
    lastEventAt: now,
    contentHash,
  };
  return { ...l, checks: { ...l.checks, [stage]: taking } };
}

export function answerCheck(
  l: Learner,
  stage: CheckStage,
  questionId: string,
  input: Input,
  now: number,
): Learner {
  return withStage(
    l,
    stage,
    (t) => ({ ...t, answers: { ...t.answers, [questionId]: { input, at: now } } }),
    now,
  );
}

export function goToCheckItem(l: Learner, stage: CheckStage, index: number, now: number): Learner {
  return withStage(l, stage, (t) => ({ ...t, current: Math.max(0, index) }), now);
}

export function finishCheck(l: Learner, stage: CheckStage, now: number): Learner {
  return withStage(l, stage, (t) => ({ ...t, finishedAt: now }), now);
}

/** "Not now" on the before-check: it stays on offer (Progress page) until the after-check. */
export function skipPreCheck(l: Learner): Learner {
  return l.checks.pre ? l : { ...l, checks: { ...l.checks, preSkipped: true } };
}

/** Of two copies of the same stage, the one that got further (see mergeLearners). */
export function furtherTaking(a: CheckTaking | null, b: CheckTaking | null): CheckTaking | null {
  if (!a || !b) return a ?? b;
  if ((a.finishedAt === null) !== (b.finishedAt === null)) return a.finishedAt !== null ? a : b;
  return b.lastEventAt > a.lastEventAt ? b : a;
}
