/**
 * Dates as the research gives them: a year ("2002"), a month ("2025-05") or a day
 * ("2025-06-03"), never more precise than the source. Pure; used by the compiler (to check
 * them) and by the diagrams (to place and write them).
 */
const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

/** The date written as YYYY, YYYY-MM or YYYY-MM-DD, or null if it is not a real one. */
export function parsePartialDate(text: string): PartialDate | null {
  const m = PATTERN.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { year, month };
  const day = Number(m[3]);
  if (day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return { year, month, day };
}

/** "8 October 1997", "May 2025", "2002": as precise as the date, and no more. */
export function formatPartialDate(text: string): string {
  const d = parsePartialDate(text);
  if (!d) return text;
  const month = d.month === undefined ? '' : MONTHS[d.month - 1];
  if (d.day !== undefined) return `${d.day} ${month} ${d.year}`;
  return month ? `${month} ${d.year}` : String(d.year);
}

/**
 * The stretch of time a date covers, in fractional years: a day is a day wide, a month a
 * month, a year a year ("2002" is anywhere from 2002.0 to 2003.0).
 */
export function dateSpan(text: string): [number, number] {
  const d = parsePartialDate(text);
  if (!d) return [0, 0];
  const at = (y: number, m: number, day: number) => {
    const start = Date.UTC(y, 0, 1);
    const end = Date.UTC(y + 1, 0, 1);
    return y + (Date.UTC(y, m, day) - start) / (end - start);
  };
  if (d.month === undefined) return [d.year, d.year + 1];
  if (d.day === undefined) return [at(d.year, d.month - 1, 1), at(d.year, d.month, 1)];
  return [at(d.year, d.month - 1, d.day), at(d.year, d.month - 1, d.day + 1)];
}

/** Orders dates by where they start; a year comes before a month or a day inside it. */
export function compareDates(a: string, b: string): number {
  return dateSpan(a)[0] - dateSpan(b)[0] || dateSpan(a)[1] - dateSpan(b)[1];
}
