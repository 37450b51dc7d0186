/**
 * What several kinds share for the LMS (SCORM) adapter: packing answers into suspend_data as
 * positions in the compiled question instead of ids, and writing answers in the response
 * formats of SCORM 1.2 and 2004. Pure; each kind's `lms` (its logic.ts) is built from these.
 */

export type ScormVersion = '1.2' | '2004';

/** The interaction types of SCORM's vocabularies that the kinds use. */
export type ScormInteractionType =
  'choice' | 'sequencing' | 'matching' | 'fill-in' | 'long-fill-in' | 'other';

// ---------- packing answers for suspend_data ----------

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';

/** Indexes as one character each when they all fit (0–35, and -1 as "."), else as numbers. */
export function packIndexes(indexes: readonly number[]): string | number[] {
  return indexes.every((i) => Number.isInteger(i) && i >= -1 && i < DIGITS.length)
    ? indexes.map((i) => (i < 0 ? '.' : DIGITS.charAt(i))).join('')
    : [...indexes];
}

export function unpackIndexes(packed: unknown): number[] | undefined {
  if (typeof packed === 'string') {
    if (!/^[0-9a-z.]*$/.test(packed)) return undefined;
    return Array.from(packed, (c) => (c === '.' ? -1 : DIGITS.indexOf(c)));
  }
  if (!Array.isArray(packed)) return undefined;
  const numbers = packed.filter((n): n is number => Number.isInteger(n) && n >= -1);
  return numbers.length === packed.length ? numbers : undefined;
}

/** The positions of `chosen` in `space`, packed; undefined if any is not there. */
export function packIdsIn(chosen: readonly string[], space: readonly string[]) {
  const found = chosen.map((id) => space.indexOf(id));
  return found.includes(-1) ? undefined : packIndexes(found);
}

/** The ids at the packed positions in `space`; undefined if any is out of range. */
export function unpackIdsIn(packed: unknown, space: readonly string[]): string[] | undefined {
  const indexes = unpackIndexes(packed);
  if (!indexes) return undefined;
  const out = indexes.map((i) => space[i]);
  return out.every((id): id is string => id !== undefined) ? out : undefined;
}

export const idsOf = (items: readonly { id: string }[]) => items.map((i) => i.id);

// ---------- interaction responses ----------

/**
 * SCORM 1.2 writes choices, sequences and matches as single characters (0–9, a–z), so an
 * option is named by its position in the lesson file: a = the first, b = the second…
 * SCORM 2004 uses the content's own ids, which are valid short identifiers.
 */
const LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789';

export function nameIn(id: string, space: readonly string[], v: ScormVersion): string {
  if (v === '2004') return id;
  const i = space.indexOf(id);
  return i >= 0 && i < LETTERS.length ? LETTERS.charAt(i) : id;
}

/** A list in the order given (a sequence, or one choice). */
export function responseList(
  chosen: readonly string[],
  space: readonly string[],
  v: ScormVersion,
): string {
  return chosen.map((id) => nameIn(id, space, v)).join(v === '2004' ? '[,]' : ',');
}

/** A set of choices in the question's own order, whatever order they were ticked in. */
export function responseSet(
  chosen: readonly string[],
  space: readonly string[],
  v: ScormVersion,
): string {
  return responseList(
    space.filter((id) => chosen.includes(id)),
    space,
    v,
  );
}

/** Pairs of (source, target) ids, e.g. an item and its label. */
export function responsePairs(
  pairs: readonly (readonly [string, string])[],
  sources: readonly string[],
  targets: readonly string[],
  v: ScormVersion,
): string {
  return pairs
    .map(
      ([s, t]) => `${nameIn(s, sources, v)}${v === '2004' ? '[.]' : '.'}${nameIn(t, targets, v)}`,
    )
    .join(v === '2004' ? '[,]' : ',');
}

/** A written answer as one line, cut to what the version allows (255 / 4000 characters). */
export function responseText(value: string, v: ScormVersion): string {
  const line = value.replace(/\s+/g, ' ').trim();
  if (v === '1.2') return line.slice(0, 255);
  // A 2004 localized string that starts with "{" would be read as a language tag.
  return (line.startsWith('{') ? ` ${line}` : line).slice(0, 4000);
}
