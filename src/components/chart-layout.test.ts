import { describe, expect, it } from 'vitest';
import { linearScale, niceTicks, stackRows, wrapText } from './chart-layout';

describe('linearScale', () => {
  it('maps the domain onto the range, and clamps what lies outside', () => {
    const x = linearScale([0, 100], [40, 240]);
    expect([x(0), x(25), x(100)]).toEqual([40, 90, 240]);
    expect([x(-5), x(130)]).toEqual([40, 240]);
  });

  it('runs backwards when the range does (y axes grow upwards)', () => {
    const y = linearScale([0, 10], [200, 0]);
    expect([y(0), y(5), y(10)]).toEqual([200, 100, 0]);
  });

  it('puts everything at the start of an empty domain instead of dividing by zero', () => {
    expect(linearScale([3, 3], [0, 50])(3)).toBe(0);
  });
});

describe('wrapText', () => {
  it('breaks text into lines that fit, between words where it can', () => {
    // 10 characters a line at 0.5 em each, 10 px an em: 50 px.
    expect(wrapText('The same byline on a different text', 50, 10, 0.5)).toEqual([
      'The same',
      'byline on',
      'a',
      'different',
      'text',
    ]);
    expect(wrapText('unbreakablewordhere ok', 50, 10, 0.5)).toEqual([
      'unbreakabl',
      'ewordhere',
      'ok',
    ]);
    expect(wrapText('  ', 50, 10)).toEqual([]);
  });
});

describe('niceTicks', () => {
  it('takes the smallest round step whose ticks stay far enough apart', () => {
    expect(niceTicks([1988, 2026], 760, 40)).toEqual(
      Array.from({ length: 20 }, (_, i) => 1988 + 2 * i),
    );
    expect(niceTicks([1988, 2026], 300, 40)).toEqual([1990, 2000, 2010, 2020]);
    expect(niceTicks([5, 5], 300, 40)).toEqual([5]);
  });
});

describe('stackRows', () => {
  it('puts a marker in a new row only when it would overlap one in every row above', () => {
    expect(stackRows([0, 5, 8, 12, 30], 10)).toEqual([0, 1, 2, 0, 0]);
  });
});
