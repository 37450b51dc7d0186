import { newLearner, type Attempt, type CheckTaking, type Learner } from '../model/learner';

/** A fixed time for saved-data tests. */
export const T0 = 1_700_000_000_000;

/** A finished attempt at the fake content's quiz (src/testing/content.ts), with one answer. */
export function attempt(id: string, extra: Partial<Attempt> = {}): Attempt {
  return {
    id,
    seed: 7,
    mode: 'full',
    questionIds: ['single', 'multiple'],
    carried: {},
    answers: {
      single: { tries: [{ input: { kind: 'single-choice', choice: 'a' }, points: 1, at: T0 + 5 }] },
    },
    current: 1,
    startedAt: T0,
    finishedAt: T0 + 100,
    activeMs: 100,
    lastEventAt: T0 + 100,
    contentHash: 'fakehash',
    ...extra,
  };
}

/** Ana, who read one section and finished one attempt. */
export function learner(extra: Partial<Learner> = {}): Learner {
  return {
    ...newLearner('l-ana12345', 'Ana', T0),
    lessons: { 'lesson-one': { startedAt: T0, sectionsRead: ['intro'] } },
    quizzes: { 'lesson-one': { attempts: [attempt('a-first123')] } },
    ...extra,
  };
}

/** One sitting of the check's form A, with one answer, finished unless told otherwise. */
export function checkTaking(extra: Partial<CheckTaking> = {}): CheckTaking {
  return {
    form: 'form-a',
    seed: 3,
    answers: { 'a-one': { input: { kind: 'single-choice', choice: 'unsupported' }, at: T0 + 5 } },
    current: 0,
    startedAt: T0,
    finishedAt: T0 + 100,
    activeMs: 100,
    lastEventAt: T0 + 100,
    contentHash: 'fakehash',
    ...extra,
  };
}
