// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { letter, letterList, lettersOf } from './letters';

describe('printed letters', () => {
  it('letters A to Z, then AA', () => {
    expect([0, 1, 25, 26, 27].map(letter)).toEqual(['A', 'B', 'Z', 'AA', 'AB']);
  });
  it('gives ids their letters in printed order, and lists some of them in that order', () => {
    expect([...lettersOf(['x', 'y'])]).toEqual([
      ['x', 'A'],
      ['y', 'B'],
    ]);
    expect(letterList(['x', 'y', 'z'], ['z', 'x'])).toBe('A, C');
    expect(letterList(['x'], [])).toBe('none');
  });
});
