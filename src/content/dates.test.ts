// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { compareDates, dateSpan, formatPartialDate, parsePartialDate } from './dates';

describe('dates as precise as the research gives them', () => {
  it.each([
    ['2002', { year: 2002 }, '2002'],
    ['2025-05', { year: 2025, month: 5 }, 'May 2025'],
    ['1997-10-08', { year: 1997, month: 10, day: 8 }, '8 October 1997'],
    ['2024-02-29', { year: 2024, month: 2, day: 29 }, '29 February 2024'],
  ])('%s is read and written back in words', (text, parsed, words) => {
    expect(parsePartialDate(text)).toEqual(parsed);
    expect(formatPartialDate(text)).toBe(words);
  });

  it.each(['2023-02-29', '2025-13', '2025-00-10', '03.06.2025', '25-06-03', 'June 2025', ''])(
    'refuses %s',
    (text) => expect(parsePartialDate(text)).toBeNull(),
  );

  it('spans a year, a month or a day, and orders them', () => {
    expect(dateSpan('2002')).toEqual([2002, 2003]);
    const [from, to] = dateSpan('2025-05');
    expect(from).toBeCloseTo(2025 + 120 / 365, 5);
    expect(to).toBeCloseTo(2025 + 151 / 365, 5);
    const [d0, d1] = dateSpan('2025-06-03');
    expect(d1 - d0).toBeCloseTo(1 / 365, 5);
    expect(['2025-06-03', '2025-05', '2025', '2024-12-31'].sort(compareDates)).toEqual([
      '2024-12-31',
      '2025',
      '2025-05',
      '2025-06-03',
    ]);
  });
});
