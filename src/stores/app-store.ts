import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Settings } from '../model/settings';
import { newLearner, randomId, type Learner } from '../model/learner';
import {
  DEFAULT_LEARNER_NAME,
  initialState,
  migrate,
  sanitize,
  STORAGE_KEY,
  STORAGE_VERSION,
  type PersistedState,
} from '../model/persisted';
import * as learners from '../model/learners';
import { createGuardedStorage } from './storage';
import { useNoticeStore } from './notice-store';

export interface AppState extends PersistedState {
  updateSettings(patch: Partial<Settings>): void;
  /** Applies a pure update (see model/progress.ts) to the active learner. */
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

const storage = createGuardedStorage({
  version: STORAGE_VERSION,
  report: (notice) => useNoticeStore.getState().reportStorage(notice),
});

/** Everything saved on this device: settings and learners (see model/persisted.ts). */
export const useAppStore = create<AppState>()(
  persist(
    (set, get) => ({
      ...initialState(),
      updateSettings: (patch) => set((s) => ({ settings: { ...s.settings, ...patch } })),
      updateLearner: (update) =>
        set((s) => learners.updateLearner(s, get().activeLearnerId, (l) => update(l, Date.now()))),
      addLearner: (name) => {
        const learner = newLearner(randomId('l'), name, Date.now());
        set((s) => learners.putLearner(s, learner));
        return learner.id;
      },
      switchLearner: (id) => set((s) => learners.switchLearner(s, id)),
      renameLearner: (id, name) => set((s) => learners.renameLearner(s, id, name)),
      resetLearner: (id) => set((s) => learners.resetLearner(s, id, Date.now())),
      removeLearner: (id) => set((s) => learners.removeLearner(s, id)),
      putLearner: (learner) => set((s) => learners.putLearner(s, learner)),
      adoptLearner: (learner) => set((s) => learners.adoptLearner(s, learner)),
    }),
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

/**
 * Nothing was saved on this device before this visit (or storage could not be read), so the
 * state is the one every first visit starts with.
 */
export function isFirstVisit(): boolean {
  return !storage.readSavedValue();
}

/** The learner whose progress is shown; there is always one. */
export function useActiveLearner(): Learner {
  return useAppStore((s) => s.learners[s.activeLearnerId] ?? fallbackLearner(s));
}

// Unreachable by construction (sanitize guarantees an active learner); a safe default. One
// object, so the selector above returns the same value on every call.
const NO_LEARNER = newLearner('l-none', DEFAULT_LEARNER_NAME, 0);

function fallbackLearner(s: PersistedState): Learner {
  return Object.values(s.learners)[0] ?? NO_LEARNER;
}
