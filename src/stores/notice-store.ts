import { create } from 'zustand';
import type { StorageNotice } from './storage';

/**
 * What can go wrong with an LMS: results that may not have reached it, or progress it saved
 * that this copy cannot read (see src/lms/).
 */
export type LmsProblem = 'not-saved' | 'not-restored';

/** Session-only messages for the learner; never persisted. */
interface NoticeState {
  storage: StorageNotice | null;
  updateReady: boolean;
  /** The SCORM version of the LMS the module reports to, if any. */
  lms: '1.2' | '2004' | null;
  lmsProblem: LmsProblem | null;
  lmsProblemReported: boolean;
  reportStorage(notice: StorageNotice): void;
  dismissStorage(): void;
  setUpdateReady(): void;
  setLms(version: '1.2' | '2004'): void;
  reportLms(problem: LmsProblem): void;
  dismissLms(): void;
}

export const useNoticeStore = create<NoticeState>()((set, get) => ({
  storage: null,
  updateReady: false,
  lms: null,
  lmsProblem: null,
  lmsProblemReported: false,
  // Only the first problem is shown: one polite message, not a cascade.
  reportStorage: (notice) => {
    if (!get().storage) set({ storage: notice });
  },
  dismissStorage: () => set({ storage: null }),
  setUpdateReady: () => set({ updateReady: true }),
  setLms: (version) => set({ lms: version }),
  // Once per visit, even after the learner dismissed it.
  reportLms: (problem) => {
    if (!get().lmsProblemReported) set({ lmsProblem: problem, lmsProblemReported: true });
  },
  dismissLms: () => set({ lmsProblem: null }),
}));
