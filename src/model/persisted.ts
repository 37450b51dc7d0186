/**
 * The saved value's contract: its key, version, shape, the migration from each older version,
 * and the repair of a damaged value. Pure; the zustand store (src/stores/app-store.ts) wires
 * these into `persist`.
 */
import * as v from 'valibot';
import { DEFAULT_SETTINGS, LenientSettingsSchema, SettingsSchema, type Settings } from './settings';
import {
  ChecksSchema,
  ContentId,
  LearnerSchema,
  newChecks,
  newLearner,
  randomId,
  type Learner,
} from './learner';
import { isRecord } from './is-record';

/**
 * All file:// pages share one localStorage origin in Chromium, so the key names this module
 * precisely; the format version lives in the persisted value (see `migrate`).
 *
 * Format history:
 *   1 — { settings }
 *   2 — { settings, learners: { [id]: Learner }, activeLearnerId }
 *   3 — each learner has `checks` (the before-and-after check), with the form it takes first
 */
export const STORAGE_KEY = 'infowar-casestudy:mek-resistance-units:state';
export const STORAGE_VERSION = 3;

export interface PersistedState {
  settings: Settings;
  learners: Record<string, Learner>;
  activeLearnerId: string;
}

export const DEFAULT_LEARNER_NAME = 'Learner 1';

export function initialState(now = Date.now()): PersistedState {
  const first = newLearner(randomId('l'), DEFAULT_LEARNER_NAME, now);
  return { settings: DEFAULT_SETTINGS, learners: { [first.id]: first }, activeLearnerId: first.id };
}

const PersistedSchema = v.strictObject({
  settings: SettingsSchema,
  learners: v.record(v.string(), LearnerSchema),
  activeLearnerId: v.string(),
});

/** Brings a value saved by an older version up to the current shape. One step per version. */
export function migrate(persisted: unknown, fromVersion: number, now = Date.now()): unknown {
  let state = persisted;
  if (fromVersion < 2) {
    // 1 → 2: progress arrives; whoever used version 1 becomes the first learner.
    const first = newLearner(randomId('l'), DEFAULT_LEARNER_NAME, now);
    const settings = isRecord(state) ? state.settings : undefined;
    state = { settings, learners: { [first.id]: first }, activeLearnerId: first.id };
  }
  if (fromVersion < 3) {
    // 2 → 3: the before-and-after check arrives; each learner gets its first form from its id.
    state = withEachLearner(state, (learner) => ({
      ...learner,
      checks: newChecks(typeof learner.id === 'string' ? learner.id : ''),
    }));
  }
  return state;
}

/** Applies `update` to every learner object in a saved value; anything else is left as it is. */
function withEachLearner(
  state: unknown,
  update: (learner: Record<string, unknown>) => Record<string, unknown>,
): unknown {
  if (!isRecord(state) || !isRecord(state.learners)) return state;
  const learners = Object.fromEntries(
    Object.entries(state.learners).map(([id, l]) => [id, isRecord(l) ? update(l) : l]),
  );
  return { ...state, learners };
}

/**
 * Keeps every part of the saved value that is still valid and drops the rest, reporting
 * whether anything was dropped: settings field by field, learners one by one, and within a
 * learner each lesson, activity and quiz record on its own.
 */
export function sanitize(
  persisted: unknown,
  now = Date.now(),
): { state: PersistedState; dropped: boolean } {
  const strict = v.safeParse(PersistedSchema, persisted);
  if (strict.success && strict.output.learners[strict.output.activeLearnerId]) {
    return { state: strict.output, dropped: false };
  }
  const raw = isRecord(persisted) ? persisted : {};
  const settings = v.parse(LenientSettingsSchema, raw.settings);
  const learners: Record<string, Learner> = {};
  for (const [id, value] of Object.entries(isRecord(raw.learners) ? raw.learners : {})) {
    const learner = salvageLearner(value);
    if (learner && learner.id === id) learners[id] = learner;
  }
  const activeId =
    typeof raw.activeLearnerId === 'string' && learners[raw.activeLearnerId]
      ? raw.activeLearnerId
      : Object.keys(learners)[0];
  if (activeId === undefined) {
    const fresh = initialState(now);
    return { state: { ...fresh, settings }, dropped: true };
  }
  return { state: { settings, learners, activeLearnerId: activeId }, dropped: true };
}

/** A learner whose identity is readable, keeping each progress record that still parses. */
export function salvageLearner(value: unknown): Learner | null {
  const whole = v.safeParse(LearnerSchema, value);
  if (whole.success) return whole.output;
  if (!isRecord(value)) return null;
  const shell = v.safeParse(LearnerSchema, {
    ...value,
    lessons: {},
    activities: {},
    quizzes: {},
    lastVisited: null,
    checks: newChecks(typeof value.id === 'string' ? value.id : ''),
  });
  if (!shell.success) return null;
  // On failure, valibot's `output` is the invalid value itself: take it only on success.
  const lastVisited = v.safeParse(LearnerSchema.entries.lastVisited, value.lastVisited);
  const checks = v.safeParse(ChecksSchema, value.checks);
  const salvaged = {
    ...shell.output,
    lessons: keepValid(LearnerSchema.entries.lessons.value, value.lessons),
    activities: keepValid(LearnerSchema.entries.activities.value, value.activities),
    quizzes: keepValid(LearnerSchema.entries.quizzes.value, value.quizzes),
    lastVisited: lastVisited.success ? lastVisited.output : null,
    checks: checks.success ? checks.output : shell.output.checks,
  };
  const checked = v.safeParse(LearnerSchema, salvaged);
  return checked.success ? checked.output : shell.output;
}

/** The entries of a record that parse on their own; keys must be content ids. */
function keepValid<S extends v.GenericSchema>(schema: S, field: unknown) {
  const out: Record<string, v.InferOutput<S>> = {};
  for (const [key, item] of Object.entries(isRecord(field) ? field : {})) {
    const parsed = v.safeParse(schema, item);
    if (v.is(ContentId, key) && parsed.success) out[key] = parsed.output;
  }
  return out;
}
