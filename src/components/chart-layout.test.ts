import { describe, expect, it } from 'vitest';
import { linearScale } from './chart-layout';

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
