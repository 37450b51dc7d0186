import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { isRecord } from '../model/is-record';

/** What went wrong with the device's storage, in the words the UI picks for each code. */
export type StorageProblem =
  | 'unavailable' // private mode, storage switched off: we keep going in memory
  | 'corrupt' // the saved value is not ours or not readable: backed up, then started fresh
  | 'newer-version' // saved by a newer copy of the module: left untouched, we work in memory
  | 'partly-invalid' // some parts were unreadable: backed up, the rest kept
  | 'full'; // the browser refused to save more: work continues in memory

export interface StorageNotice {
  problem: StorageProblem;
  /** localStorage key holding an untouched copy of what was there before, if one was made. */
  backupKey: string | null;
}

interface Backend {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

function memoryBackend(): Backend {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

/**
 * localStorage if it can be read (it can exist and still throw on every call), else null.
 * Only a read: a trial write here cost the start-up of every page about 13 ms of CPU (more on
 * a slow machine), and a browser that refuses writes says so at the first real one (setItem).
 */
function openLocalStorage(): Backend | null {
  try {
    const ls = window.localStorage;
    ls.getItem('__storage_probe__');
    return ls;
  } catch {
    return null;
  }
}

export interface GuardedStorage extends PersistStorage<unknown> {
  /** Copies the raw value last read into a new key, so a repair never destroys anything. */
  backupLastRead(): string | null;
  /** Whether any saved value has been read (false on a first visit). */
  readSavedValue(): boolean;
}

/**
 * A zustand PersistStorage that never throws and never silently destroys what it found:
 * unreadable or foreign values are copied to a backup key before the app starts fresh,
 * values written by a newer version are left alone, and a missing or full localStorage
 * degrades to memory. Every problem is reported once through `report`.
 */
export function createGuardedStorage(options: {
  version: number;
  report: (notice: StorageNotice) => void;
  backend?: Backend | null;
  now?: () => number;
}): GuardedStorage {
  const { version, report, now = Date.now } = options;
  const real = options.backend === undefined ? openLocalStorage() : options.backend;
  let backend: Backend = real ?? memoryBackend();
  // Rendering the start page at build time has no browser storage by design: nothing to tell.
  if (!real && typeof window !== 'undefined') report({ problem: 'unavailable', backupKey: null });

  let lastRead: { key: string; raw: string } | null = null;

  const backup = (key: string, raw: string): string | null => {
    const backupKey = `${key}:backup:${now()}`;
    try {
      backend.setItem(backupKey, raw);
      return backupKey;
    } catch {
      return null;
    }
  };

  return {
    getItem(name): StorageValue<unknown> | null {
      let raw: string | null;
      try {
        raw = backend.getItem(name);
      } catch {
        return null;
      }
      if (raw === null) return null;
      lastRead = { key: name, raw };
      let parsed: unknown = undefined;
      try {
        parsed = JSON.parse(raw);
      } catch {
        // Not JSON: reported as corrupt just below.
      }
      if (
        !isRecord(parsed) ||
        !isRecord(parsed.state) ||
        typeof parsed.version !== 'number' ||
        !Number.isInteger(parsed.version) ||
        parsed.version < 0
      ) {
        report({ problem: 'corrupt', backupKey: backup(name, raw) });
        return null;
      }
      if (parsed.version > version) {
        // Writing here would clobber a newer copy's progress; keep this session in memory.
        backend = memoryBackend();
        report({ problem: 'newer-version', backupKey: null });
        return null;
      }
      // The state's contents are checked by the store's migrate/merge, which reports
      // 'partly-invalid' through backupLastRead if it has to drop anything.
      return { state: parsed.state, version: parsed.version };
    },
    setItem(name, value) {
      try {
        backend.setItem(name, JSON.stringify(value));
      } catch (error) {
        // Quota exceeded, or writing refused (private browsing, storage switched off or
        // revoked mid-session): keep working in memory.
        const memory = memoryBackend();
        memory.setItem(name, JSON.stringify(value));
        backend = memory;
        const refused = error instanceof DOMException && error.name === 'SecurityError';
        report({ problem: refused ? 'unavailable' : 'full', backupKey: null });
      }
    },
    removeItem(name) {
      try {
        backend.removeItem(name);
      } catch {
        // Nothing to do: a value we cannot remove is one we cannot read either.
      }
    },
    backupLastRead() {
      return lastRead ? backup(lastRead.key, lastRead.raw) : null;
    },
    readSavedValue() {
      return lastRead !== null;
    },
  };
}
