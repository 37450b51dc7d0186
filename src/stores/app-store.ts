import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import * as v from 'valibot';
import { DEFAULT_SETTINGS, LenientSettingsSchema, SettingsSchema, type Settings } from './settings';
import { createGuardedStorage } from './storage';
import { useNoticeStore } from './notice-store';

/**
 * All file:// pages share one localStorage origin in Chromium, so the key names this module
 * precisely; the format version lives in the persisted value (see `migrate`).
 */
export const STORAGE_KEY = 'infowar-casestudy:mek-resistance-units:state';
export const STORAGE_VERSION = 1;

export interface PersistedState {
  settings: Settings;
}

export interface AppState extends PersistedState {
  updateSettings(patch: Partial<Settings>): void;
}

const PersistedSchema = v.object({ settings: SettingsSchema });
const LenientSchema = v.fallback(v.object({ settings: LenientSettingsSchema }), {
  settings: DEFAULT_SETTINGS,
});

/** Brings a value saved by an older version up to the current shape. One step per version. */
export function migrate(persisted: unknown, fromVersion: number): unknown {
  const state = persisted;
  // Version 0 never shipped; later versions add steps here, each with its own test.
  void fromVersion;
  return state;
}

/**
 * Keeps every part of the saved value that is still valid and drops the rest, reporting
 * whether anything was dropped. Fields are checked one by one, so one bad field does not
 * reset the others.
 */
export function sanitize(persisted: unknown): { state: PersistedState; dropped: boolean } {
  const strict = v.safeParse(PersistedSchema, persisted);
  if (strict.success) return { state: strict.output, dropped: false };
  return { state: v.parse(LenientSchema, persisted), dropped: true };
}

const storage = createGuardedStorage({
  version: STORAGE_VERSION,
  report: (notice) => useNoticeStore.getState().reportStorage(notice),
});

export const useAppStore = create<AppState>()(
  persist(
    (set) => ({
      settings: DEFAULT_SETTINGS,
      updateSettings: (patch) => set((s) => ({ settings: { ...s.settings, ...patch } })),
    }),
    {
      name: STORAGE_KEY,
      version: STORAGE_VERSION,
      storage,
      partialize: (s): PersistedState => ({ settings: s.settings }),
      migrate,
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
