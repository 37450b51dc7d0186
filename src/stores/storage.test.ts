// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { createGuardedStorage, type StorageNotice } from './storage';

function fakeBackend(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

const KEY = 'module:state';

describe('createGuardedStorage', () => {
  it('reads a well-formed value and reports nothing', () => {
    const report = vi.fn();
    const backend = fakeBackend({ [KEY]: JSON.stringify({ state: { a: 1 }, version: 1 }) });
    const storage = createGuardedStorage({ version: 1, report, backend });
    expect(storage.getItem(KEY)).toEqual({ state: { a: 1 }, version: 1 });
    expect(report).not.toHaveBeenCalled();
  });

  it.each([
    ['not JSON', '{{{ not json'],
    ['JSON of the wrong shape', '[1,2,3]'],
    ['a value without a version', JSON.stringify({ state: {} })],
    ['a negative version', JSON.stringify({ state: {}, version: -1 })],
    ['a state that is not an object', JSON.stringify({ state: 'x', version: 1 })],
  ])('backs up %s before starting fresh, and says so', (_label, raw) => {
    const notices: StorageNotice[] = [];
    const backend = fakeBackend({ [KEY]: raw });
    const storage = createGuardedStorage({
      version: 1,
      report: (n) => notices.push(n),
      backend,
      now: () => 42,
    });
    expect(storage.getItem(KEY)).toBeNull();
    expect(notices).toEqual([{ problem: 'corrupt', backupKey: `${KEY}:backup:42` }]);
    expect(backend.data.get(`${KEY}:backup:42`)).toBe(raw);
  });

  it('leaves a value from a newer version untouched and keeps working in memory', () => {
    const notices: StorageNotice[] = [];
    const newer = JSON.stringify({ state: { future: true }, version: 9 });
    const backend = fakeBackend({ [KEY]: newer });
    const storage = createGuardedStorage({ version: 1, report: (n) => notices.push(n), backend });
    expect(storage.getItem(KEY)).toBeNull();
    storage.setItem(KEY, { state: { mine: true }, version: 1 });
    expect(backend.data.get(KEY)).toBe(newer);
    expect(storage.getItem(KEY)).toEqual({ state: { mine: true }, version: 1 });
    expect(notices.map((n) => n.problem)).toEqual(['newer-version']);
  });

  it('forgets a value removed while working in memory', () => {
    const storage = createGuardedStorage({ version: 1, report: vi.fn(), backend: null });
    storage.setItem(KEY, { state: { x: 1 }, version: 1 });
    storage.removeItem(KEY);
    expect(storage.getItem(KEY)).toBeNull();
  });

  it('falls back to memory when there is no usable storage at all', () => {
    const notices: StorageNotice[] = [];
    const storage = createGuardedStorage({
      version: 1,
      report: (n) => notices.push(n),
      backend: null,
    });
    storage.setItem(KEY, { state: { x: 1 }, version: 1 });
    expect(storage.getItem(KEY)).toEqual({ state: { x: 1 }, version: 1 });
    expect(notices.map((n) => n.problem)).toEqual(['unavailable']);
  });

  it('keeps working in memory when the browser refuses to save more', () => {
    const notices: StorageNotice[] = [];
    const backend = fakeBackend();
    backend.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const storage = createGuardedStorage({ version: 1, report: (n) => notices.push(n), backend });
    storage.setItem(KEY, { state: { x: 2 }, version: 1 });
    expect(storage.getItem(KEY)).toEqual({ state: { x: 2 }, version: 1 });
    expect(notices.map((n) => n.problem)).toEqual(['full']);
  });

  it('copies the last value read into a backup on request', () => {
    const raw = JSON.stringify({ state: { keep: 'me' }, version: 1 });
    const backend = fakeBackend({ [KEY]: raw });
    const storage = createGuardedStorage({ version: 1, report: vi.fn(), backend, now: () => 7 });
    storage.getItem(KEY);
    expect(storage.backupLastRead()).toBe(`${KEY}:backup:7`);
    expect(backend.data.get(`${KEY}:backup:7`)).toBe(raw);
  });
});

describe('createGuardedStorage, edge cases', () => {
  it('treats a version that is not a whole number as corrupt', () => {
    const notices: StorageNotice[] = [];
    const backend = fakeBackend({ [KEY]: JSON.stringify({ state: {}, version: 1.5 }) });
    const storage = createGuardedStorage({ version: 2, report: (n) => notices.push(n), backend });
    expect(storage.getItem(KEY)).toBeNull();
    expect(notices.map((n) => n.problem)).toEqual(['corrupt']);
  });

  it('reads a value saved by an older version, for the store to migrate', () => {
    const report = vi.fn();
    const backend = fakeBackend({ [KEY]: JSON.stringify({ state: { old: 1 }, version: 0 }) });
    const storage = createGuardedStorage({ version: 2, report, backend });
    expect(storage.getItem(KEY)).toEqual({ state: { old: 1 }, version: 0 });
    expect(report).not.toHaveBeenCalled();
  });

  it('reads nothing, and reports nothing, where nothing was saved or reading fails', () => {
    const report = vi.fn();
    const storage = createGuardedStorage({ version: 1, report, backend: fakeBackend() });
    expect(storage.getItem(KEY)).toBeNull();
    expect(storage.backupLastRead()).toBeNull();
    const broken = fakeBackend();
    broken.getItem = () => {
      throw new Error('denied');
    };
    expect(createGuardedStorage({ version: 1, report, backend: broken }).getItem(KEY)).toBeNull();
    expect(report).not.toHaveBeenCalled();
  });

  it('says so when even the backup cannot be written', () => {
    const notices: StorageNotice[] = [];
    const backend = fakeBackend({ [KEY]: 'garbage' });
    backend.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const storage = createGuardedStorage({ version: 1, report: (n) => notices.push(n), backend });
    expect(storage.getItem(KEY)).toBeNull();
    expect(notices).toEqual([{ problem: 'corrupt', backupKey: null }]);
  });

  it('removes a value, and ignores a storage that refuses', () => {
    const backend = fakeBackend({ [KEY]: JSON.stringify({ state: {}, version: 1 }) });
    const storage = createGuardedStorage({ version: 1, report: vi.fn(), backend });
    storage.removeItem(KEY);
    expect(backend.data.has(KEY)).toBe(false);
    backend.removeItem = () => {
      throw new Error('denied');
    };
    expect(() => storage.removeItem(KEY)).not.toThrow();
  });

  it('uses the browser’s localStorage when it works, and memory when it throws', () => {
    const report = vi.fn();
    const storage = createGuardedStorage({ version: 1, report });
    storage.setItem(KEY, { state: { ls: true }, version: 1 });
    expect(JSON.parse(localStorage.getItem(KEY) ?? 'null')).toEqual({
      state: { ls: true },
      version: 1,
    });
    expect(localStorage.getItem('__storage_probe__')).toBeNull();
    expect(report).not.toHaveBeenCalled();

    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const notices: StorageNotice[] = [];
    const memory = createGuardedStorage({ version: 1, report: (n) => notices.push(n) });
    memory.setItem(KEY, { state: { mem: true }, version: 1 });
    expect(memory.getItem(KEY)).toEqual({ state: { mem: true }, version: 1 });
    expect(notices).toEqual([{ problem: 'unavailable', backupKey: null }]);
  });
});
