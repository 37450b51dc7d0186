// @vitest-environment node
import { expect, it, vi } from 'vitest';
import { createGuardedStorage } from './storage';

it('has nothing to tell when the start page is rendered at build time (no browser, no storage)', () => {
  const report = vi.fn();
  const storage = createGuardedStorage({ version: 1, report, backend: null });
  storage.setItem('k', { state: {}, version: 1 });
  expect(report).not.toHaveBeenCalled();
});
