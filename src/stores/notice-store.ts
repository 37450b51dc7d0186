import { create } from 'zustand';
import type { StorageNotice } from './storage';

/** Session-only messages for the learner; never persisted. */
interface NoticeState {
  storage: StorageNotice | null;
  updateReady: boolean;
  reportStorage(notice: StorageNotice): void;
  dismissStorage(): void;
  setUpdateReady(): void;
}

export const useNoticeStore = create<NoticeState>()((set, get) => ({
  storage: null,
  updateReady: false,
  // Only the first problem is shown: one polite message, not a cascade.
  reportStorage: (notice) => {
    if (!get().storage) set({ storage: notice });
  },
  dismissStorage: () => set({ storage: null }),
  setUpdateReady: () => set({ updateReady: true }),
}));
