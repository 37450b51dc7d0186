import { describe, expect, it } from 'vitest';
import { generator, questionSeed, shuffle } from './random';

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
});
