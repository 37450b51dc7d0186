/**
 * Pure updates of the set of learners on this device. The store applies them; tests call
 * them directly. Each returns the parts of the state it changes (nothing when it changes
 * nothing), so it can be handed to zustand's `set`.
 */
import { newLearner, type Learner } from './learner';
import { DEFAULT_LEARNER_NAME, type PersistedState } from './persisted';

type Learners = Pick<PersistedState, 'learners' | 'activeLearnerId'>;
type Change = Partial<Learners>;

/** Adds a learner, or replaces the one with its id (an import), and makes them active. */
export function putLearner(s: Learners, learner: Learner): Change {
  return { learners: { ...s.learners, [learner.id]: learner }, activeLearnerId: learner.id };
}

export function switchLearner(s: Learners, id: string): Change {
  return s.learners[id] ? { activeLearnerId: id } : {};
}

/** Applies `update` to one learner, if there is one with that id. */
export function updateLearner(s: Learners, id: string, update: (l: Learner) => Learner): Change {
  const learner = s.learners[id];
  return learner ? { learners: { ...s.learners, [id]: update(learner) } } : {};
}

export function renameLearner(s: Learners, id: string, name: string): Change {
  return updateLearner(s, id, (l) => ({ ...l, name }));
}

/** Clears a learner's progress, keeping who they are. */
export function resetLearner(s: Learners, id: string, now: number): Change {
  return updateLearner(s, id, (l) => newLearner(l.id, l.name, now));
}

/** Removes a learner; the last one cannot be removed (there is always an active learner). */
export function removeLearner(s: Learners, id: string): Change {
  const rest = Object.fromEntries(Object.entries(s.learners).filter(([k]) => k !== id));
  const next = Object.keys(rest)[0];
  if (next === undefined || !s.learners[id]) return {};
  return { learners: rest, activeLearnerId: s.activeLearnerId === id ? next : s.activeLearnerId };
}

/**
 * Makes an LMS's learner the active one (replacing the one with its id, if any) and drops the
 * untouched default learner a first visit creates, so the LMS learner is the default.
 */
export function adoptLearner(s: Learners, learner: Learner): Change {
  const others = Object.entries(s.learners).filter(([id, l]) => id !== learner.id && !untouched(l));
  return {
    learners: { ...Object.fromEntries(others), [learner.id]: learner },
    activeLearnerId: learner.id,
  };
}

/** The default learner exactly as a first visit creates it: nothing done, name unchanged. */
function untouched(l: Learner): boolean {
  return (
    l.name === DEFAULT_LEARNER_NAME &&
    Object.keys(l.lessons).length +
      Object.keys(l.activities).length +
      Object.keys(l.quizzes).length ===
      0
  );
}
