import { describe, expect, it } from 'vitest';
import { sanitize } from './app-store';
import { DEFAULT_SETTINGS } from './settings';

describe('sanitize', () => {
  it('keeps a valid saved value as it is', () => {
    const saved = { settings: { theme: 'dark', textSize: 'large', teacherMode: true } };
    expect(sanitize(saved)).toEqual({ state: saved, dropped: false });
  });

  it('keeps the valid settings when one is unreadable', () => {
    const saved = { settings: { theme: 'purple', textSize: 'larger', teacherMode: false } };
    expect(sanitize(saved)).toEqual({
      state: { settings: { theme: 'system', textSize: 'larger', teacherMode: false } },
      dropped: true,
    });
  });

  it('falls back to defaults for a value that is not settings at all', () => {
    expect(sanitize({ settings: 'nope' })).toEqual({
      state: { settings: DEFAULT_SETTINGS },
      dropped: true,
    });
    expect(sanitize(null)).toEqual({ state: { settings: DEFAULT_SETTINGS }, dropped: true });
  });
});
