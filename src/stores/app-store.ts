import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import * as v from 'valibot';
import { DEFAULT_SETTINGS, LenientSettingsSchema, SettingsSchema, type Settings } from './settings';
import { createGuardedStorage } from './storage';
import { useNoticeStore } from './notice-store';
import { ContentId, LearnerSchema, newLearner, randomId, type Learner } from './learner';

/**
 * All file:// pages share one localStorage origin in Chromium, so the key names this module
 * precisely; the format version lives in the persisted value (see `migrate`).
 *
 * Format history:
 *   1 — { settings }
 *   2 — { settings, learners: { [id]: Learner }, activeLearnerId }
 */
export const STORAGE_KEY = 'infowar-casestudy:mek-resistance-units:state';
export const STORAGE_VERSION = 2;

export interface PersistedState {
  settings: Settings;
  learners: Record<string, Learner>;
  activeLearnerId: string;
}

export interface AppState extends PersistedState {
  updateSettings(patch: Partial<Settings>): void;
  /** Applies a pure update (see progress.ts) to the active learner. */
  updateLearner(update: (learner: Learner, now: number) => Learner): void;
  addLearner(name: string): string;
  switchLearner(id: string): void;
  renameLearner(id: string, name: string): void;
  resetLearner(id: string): void;
  removeLearner(id: string): void;
  /** Puts an imported learner record in place (replacing the one with its id, if any). */
  putLearner(learner: Learner): void;
  /**
   * Makes an LMS's learner the active one (replacing the one with its id, if any) and drops
   * the untouched default learner a first visit creates, so the LMS learner is the default.
   */
  adoptLearner(learner: Learner): void;
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
    const settings =
      typeof state === 'object' && state !== null && 'settings' in state
        ? state.settings
        : undefined;
    state = { settings, learners: { [first.id]: first }, activeLearnerId: first.id };
  }
  return state;
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
  });
  if (!shell.success) return null;
  const salvaged = {
    ...shell.output,
    lessons: keepValid(LearnerSchema.entries.lessons.value, value.lessons),
    activities: keepValid(LearnerSchema.entries.activities.value, value.activities),
    quizzes: keepValid(LearnerSchema.entries.quizzes.value, value.quizzes),
    lastVisited: v.safeParse(LearnerSchema.entries.lastVisited, value.lastVisited).output ?? null,
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

/** The learner a first visit creates, never renamed and with no progress. */
function untouched(l: Learner): boolean {
  return (
    l.name === DEFAULT_LEARNER_NAME &&
    Object.keys(l.lessons).length +
      Object.keys(l.activities).length +
      Object.keys(l.quizzes).length ===
      0
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const storage = createGuardedStorage({
  version: STORAGE_VERSION,
  report: (notice) => useNoticeStore.getState().reportStorage(notice),
});

export const useAppStore = create<AppState>()(
  persist(
    (set, get) => {
      const withLearner = (id: string, update: (l: Learner) => Learner) =>
        set((s) => {
          const learner = s.learners[id];
          return learner ? { learners: { ...s.learners, [id]: update(learner) } } : {};
        });
      return {
        ...initialState(),
        updateSettings: (patch) => set((s) => ({ settings: { ...s.settings, ...patch } })),
        updateLearner: (update) => withLearner(get().activeLearnerId, (l) => update(l, Date.now())),
        addLearner: (name) => {
          const learner = newLearner(randomId('l'), name, Date.now());
          set((s) => ({
            learners: { ...s.learners, [learner.id]: learner },
            activeLearnerId: learner.id,
          }));
          return learner.id;
        },
        switchLearner: (id) => set((s) => (s.learners[id] ? { activeLearnerId: id } : {})),
        renameLearner: (id, name) => withLearner(id, (l) => ({ ...l, name })),
        resetLearner: (id) => withLearner(id, (l) => newLearner(l.id, l.name, Date.now())),
        removeLearner: (id) =>
          set((s) => {
            const rest = Object.fromEntries(Object.entries(s.learners).filter(([k]) => k !== id));
            const next = Object.keys(rest)[0];
            if (next === undefined) return {};
            return {
              learners: rest,
              activeLearnerId: s.activeLearnerId === id ? next : s.activeLearnerId,
            };
          }),
        putLearner: (learner) =>
          set((s) => ({
            learners: { ...s.learners, [learner.id]: learner },
            activeLearnerId: learner.id,
          })),
        adoptLearner: (learner) =>
          set((s) => ({
            learners: {
              ...Object.fromEntries(
                Object.entries(s.learners).filter(([id, l]) => id !== learner.id && !untouched(l)),
              ),
              [learner.id]: learner,
            },
            activeLearnerId: learner.id,
          })),
      };
    },
    {
      name: STORAGE_KEY,
      version: STORAGE_VERSION,
      storage,
      partialize: (s): PersistedState => ({
        settings: s.settings,
        learners: s.learners,
        activeLearnerId: s.activeLearnerId,
      }),
      migrate: (persisted, version) => migrate(persisted, version),
      merge: (persisted, current) => {
        if (persisted === undefined) return current;
        const { state, dropped } = sanitize(persisted);
        if (dropped) {
          useNoticeStore
            .getState()
            .reportStorage({ problem: 'partly-invalid', backupKey: storage.backupLastRead() });
        }
        return { ...current, ...state };
      },
    },
  ),
);

/** The learner whose progress is shown; there is always one. */
export function useActiveLearner(): Learner {
  return useAppStore((s) => s.learners[s.activeLearnerId] ?? fallbackLearner(s));
}

function fallbackLearner(s: PersistedState): Learner {
  // Unreachable by construction (sanitize guarantees an active learner); a safe default.
  return Object.values(s.learners)[0] ?? newLearner('l-none', DEFAULT_LEARNER_NAME, 0);
}
