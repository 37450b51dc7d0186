import { keepAttempts, type Answer, type Attempt, type Learner } from './learner';
import { furtherTaking } from './prepost';

/**
 * Combines two records of the same learner (e.g. school laptop and home): sections read and
 * opened results are joined, attempts are kept from both (by id), and for each practice
 * question the answer with more tries wins; of each stage of the before-and-after check, the
 * copy that got further. Nothing either side had is lost.
 */
export function mergeLearners(mine: Learner, theirs: Learner): Learner {
  const lessons = { ...mine.lessons };
  for (const [id, t] of Object.entries(theirs.lessons)) {
    const m = lessons[id];
    lessons[id] = m
      ? {
          startedAt: Math.min(m.startedAt, t.startedAt),
          sectionsRead: [...new Set([...m.sectionsRead, ...t.sectionsRead])],
        }
      : t;
  }
  const activities = { ...mine.activities };
  for (const [id, t] of Object.entries(theirs.activities)) {
    const m = activities[id];
    if (!m) {
      activities[id] = t;
      continue;
    }
    const answers: Record<string, Answer> = { ...m.answers };
    for (const [q, a] of Object.entries(t.answers)) {
      const mineAnswer = answers[q];
      if (!mineAnswer || a.tries.length > mineAnswer.tries.length) answers[q] = a;
    }
    activities[id] = {
      answers,
      opened: [...new Set([...m.opened, ...t.opened])],
      done: m.done || t.done,
    };
  }
  const quizzes = { ...mine.quizzes };
  for (const [id, t] of Object.entries(theirs.quizzes)) {
    const byId = new Map<string, Attempt>((quizzes[id]?.attempts ?? []).map((a) => [a.id, a]));
    for (const a of t.attempts) {
      const m = byId.get(a.id);
      if (!m || gotFurther(a, m)) byId.set(a.id, a);
    }
    const all = [...byId.values()].sort((a, b) => a.startedAt - b.startedAt);
    // At most one unfinished attempt, and only as the newest.
    const finished = all.filter((a) => a.finishedAt !== null);
    const open = all.filter((a) => a.finishedAt === null).at(-1);
    quizzes[id] = {
      attempts: keepAttempts(
        open && open.startedAt >= (finished.at(-1)?.startedAt ?? 0)
          ? [...finished, open]
          : finished,
      ),
    };
  }
  const lastVisited =
    (mine.lastVisited?.at ?? 0) >= (theirs.lastVisited?.at ?? 0)
      ? mine.lastVisited
      : theirs.lastVisited;
  return {
    ...mine,
    createdAt: Math.min(mine.createdAt, theirs.createdAt),
    lessons,
    activities,
    quizzes,
    lastVisited,
    checks: {
      // Both come from the same id, so they agree; a taking records its own form anyway.
      firstForm: mine.checks.firstForm,
      pre: furtherTaking(mine.checks.pre, theirs.checks.pre),
      post: furtherTaking(mine.checks.post, theirs.checks.post),
      preSkipped: mine.checks.preSkipped || theirs.checks.preSkipped,
    },
  };
}

/**
 * Of two copies of the same attempt, whether `a` got further than `b`: a finished copy beats an
 * unfinished one (even one touched later, which would otherwise be dropped as abandoned and
 * lose the finished result); otherwise the later activity wins.
 */
function gotFurther(a: Attempt, b: Attempt): boolean {
  if ((a.finishedAt === null) !== (b.finishedAt === null)) return a.finishedAt !== null;
  return a.lastEventAt > b.lastEventAt;
}
