// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { generator, hashString, newSeed, questionSeed, shuffle } from './random';

describe('seeded randomness', () => {
  it('gives the same order for the same seed, so an attempt can be replayed', () => {
    const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    expect(shuffle(items, 42)).toEqual(shuffle(items, 42));
    expect(shuffle(items, 42)).not.toEqual(shuffle(items, 43));
    expect([...shuffle(items, 42)].sort()).toEqual(items);
  });

  it('gives different orders to different questions of one attempt', () => {
    expect(questionSeed(7, 'q1')).not.toBe(questionSeed(7, 'q2'));
  });

  it('produces numbers in [0, 1)', () => {
    const next = generator(123);
    for (let i = 0; i < 1000; i++) {
      const x = next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });

  // Saved attempts store only their seed: if these functions changed, a learner's attempt in
  // progress would come back in another order after an update. The values are the published
  // reference outputs of mulberry32 and 32-bit FNV-1a.
  it('keeps the exact sequences saved attempts rely on', () => {
    const next = generator(1);
    expect([next(), next(), next()]).toEqual([
      0.6270739405881613, 0.002735721180215478, 0.5274470399599522,
    ]);
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('abc')).toBe(0x1a47e90b);
    expect(questionSeed(7, 'q1')).toBe(2622263696);
    expect(questionSeed(0xffffffff, 'q1')).toBe(1672703592);
    expect(shuffle(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], 42)).toEqual([
      'c',
      'h',
      'b',
      'a',
      'g',
      'f',
      'd',
      'e',
    ]);
    expect(shuffle([], 3)).toEqual([]);
  });

  it('leaves the list it shuffles as it was', () => {
    const items = ['a', 'b', 'c'];
    shuffle(items, 5);
    expect(items).toEqual(['a', 'b', 'c']);
  });

  it('makes a new attempt seed that fits in 32 bits, a different one each time', () => {
    const seeds = Array.from({ length: 20 }, newSeed);
    for (const seed of seeds) {
      expect(Number.isInteger(seed) && seed >= 0 && seed <= 0xffffffff).toBe(true);
    }
    expect(new Set(seeds).size).toBeGreaterThan(15);
  });
});
