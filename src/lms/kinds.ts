/**
 * What the LMS adapter needs to know about each question kind: how an answer is packed into
 * suspend_data (indexes into the compiled question instead of ids) and how it is reported as a
 * SCORM interaction (type, learner response, correct response). When question kinds move into
 * a registry, these functions belong there, one per kind.
 */
import type { Input, Question, QuestionKind } from '../domain/question';

export type ScormVersion = '1.2' | '2004';

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

/** The positions of `ids` in `space`; undefined if any is not there. */
function indexesIn(ids: readonly string[], space: readonly string[]): number[] | undefined {
  const out = ids.map((id) => space.indexOf(id));
  return out.includes(-1) ? undefined : out;
}

/** The ids at `indexes` in `space`; undefined if any index is out of range. */
function idsAt(indexes: readonly number[] | undefined, space: readonly string[]) {
  if (!indexes) return undefined;
  const out = indexes.map((i) => space[i]);
  return out.every((id): id is string => id !== undefined) ? out : undefined;
}

const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);

/** The ids each kind refers to by index: a change in any of them changes the packed meaning. */
export function questionShape(q: Question): (string | number)[] {
  switch (q.kind) {
    case 'single-choice':
    case 'multiple-choice':
      return [q.id, q.kind, ...ids(q.options)];
    case 'tag-sentences':
      return [q.id, q.kind, ...q.candidates];
    case 'categorize':
      return [q.id, q.kind, ...ids(q.items), '|', ...ids(q.labels)];
    case 'order':
      return [q.id, q.kind, ...ids(q.items)];
    case 'short-answer':
      return [q.id, q.kind, q.checklist.length];
  }
}

/** A learner's answer in a few characters; undefined if it names something not in `q`. */
export function packInput(q: Question, input: Input): unknown {
  if (q.kind !== input.kind) return undefined;
  switch (q.kind) {
    case 'single-choice': {
      if (input.kind !== 'single-choice') return undefined;
      if (input.choice === null) return -1;
      const i = ids(q.options).indexOf(input.choice);
      return i < 0 ? undefined : i;
    }
    case 'multiple-choice': {
      if (input.kind !== 'multiple-choice') return undefined;
      const found = indexesIn(input.choices, ids(q.options));
      return found && packIndexes(found);
    }
    case 'tag-sentences': {
      if (input.kind !== 'tag-sentences') return undefined;
      const found = indexesIn(input.sentences, q.candidates);
      return found && packIndexes(found);
    }
    case 'categorize': {
      if (input.kind !== 'categorize') return undefined;
      const labels = ids(q.labels);
      return packIndexes(q.items.map((item) => labels.indexOf(input.labels[item.id] ?? '')));
    }
    case 'order': {
      if (input.kind !== 'order') return undefined;
      const found = indexesIn(input.order, ids(q.items));
      return found && packIndexes(found);
    }
    case 'short-answer':
      if (input.kind !== 'short-answer') return undefined;
      return [input.text, packIndexes(input.ticked)];
  }
}

export function unpackInput(q: Question, packed: unknown): Input | undefined {
  switch (q.kind) {
    case 'single-choice': {
      if (packed === -1) return { kind: q.kind, choice: null };
      const choice = typeof packed === 'number' ? q.options[packed]?.id : undefined;
      return choice === undefined ? undefined : { kind: q.kind, choice };
    }
    case 'multiple-choice': {
      const choices = idsAt(unpackIndexes(packed), ids(q.options));
      return choices && { kind: q.kind, choices };
    }
    case 'tag-sentences': {
      const sentences = idsAt(unpackIndexes(packed), q.candidates);
      return sentences && { kind: q.kind, sentences };
    }
    case 'categorize': {
      const chosen = unpackIndexes(packed);
      if (!chosen || chosen.length !== q.items.length) return undefined;
      const labels: Record<string, string> = {};
      for (const [k, item] of q.items.entries()) {
        const label = q.labels[chosen[k] ?? -1];
        if (label) labels[item.id] = label.id;
      }
      return { kind: q.kind, labels };
    }
    case 'order': {
      const order = idsAt(unpackIndexes(packed), ids(q.items));
      return order && { kind: q.kind, order };
    }
    case 'short-answer': {
      if (!Array.isArray(packed) || typeof packed[0] !== 'string') return undefined;
      const ticked = unpackIndexes(packed[1]);
      return ticked && { kind: q.kind, text: packed[0], ticked };
    }
  }
}

// ---------- interactions ----------

/**
 * The SCORM interaction type of each kind. SCORM 1.2 has no long-fill-in or other, so a
 * written answer is a fill-in there (its response is cut to 255 characters).
 */
export const INTERACTION_TYPES: Record<QuestionKind, Record<ScormVersion, string>> = {
  'single-choice': { '1.2': 'choice', '2004': 'choice' },
  'multiple-choice': { '1.2': 'choice', '2004': 'choice' },
  'tag-sentences': { '1.2': 'choice', '2004': 'choice' },
  categorize: { '1.2': 'matching', '2004': 'matching' },
  order: { '1.2': 'sequencing', '2004': 'sequencing' },
  'short-answer': { '1.2': 'fill-in', '2004': 'long-fill-in' },
};

/**
 * SCORM 1.2 writes choices, sequences and matches as single characters (0–9, a–z), so an
 * option is named by its position in the lesson file: a = the first, b = the second…
 * SCORM 2004 uses the content's own ids, which are valid short identifiers.
 */
const LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789';

function nameIn(id: string, space: readonly string[], v: ScormVersion): string {
  if (v === '2004') return id;
  const i = space.indexOf(id);
  return i >= 0 && i < LETTERS.length ? LETTERS.charAt(i) : id;
}

function list(chosen: readonly string[], space: readonly string[], v: ScormVersion): string {
  return chosen.map((id) => nameIn(id, space, v)).join(v === '2004' ? '[,]' : ',');
}

/** A set of choices in the question's own order, whatever order they were ticked in. */
function set(chosen: readonly string[], space: readonly string[], v: ScormVersion): string {
  return list(
    space.filter((id) => chosen.includes(id)),
    space,
    v,
  );
}

function pairs(
  labels: Readonly<Record<string, string>>,
  q: Extract<Question, { kind: 'categorize' }>,
  v: ScormVersion,
): string {
  return q.items
    .filter((item) => labels[item.id] !== undefined)
    .map((item) =>
      [nameIn(item.id, ids(q.items), v), nameIn(labels[item.id] ?? '', ids(q.labels), v)].join(
        v === '2004' ? '[.]' : '.',
      ),
    )
    .join(v === '2004' ? '[,]' : ',');
}

/** A written answer as one line, cut to what the version allows (255 / 4000 characters). */
function text(value: string, v: ScormVersion): string {
  const line = value.replace(/\s+/g, ' ').trim();
  if (v === '1.2') return line.slice(0, 255);
  // A 2004 localized string that starts with "{" would be read as a language tag.
  return (line.startsWith('{') ? ` ${line}` : line).slice(0, 4000);
}

/** The learner's response in the version's format. */
export function learnerResponse(q: Question, input: Input, v: ScormVersion): string | undefined {
  switch (q.kind) {
    case 'single-choice':
      if (input.kind !== q.kind || input.choice === null) return undefined;
      return list([input.choice], ids(q.options), v);
    case 'multiple-choice':
      return input.kind === q.kind ? set(input.choices, ids(q.options), v) : undefined;
    case 'tag-sentences':
      return input.kind === q.kind ? set(input.sentences, q.candidates, v) : undefined;
    case 'categorize':
      return input.kind === q.kind ? pairs(input.labels, q, v) : undefined;
    case 'order':
      return input.kind === q.kind ? list(input.order, ids(q.items), v) : undefined;
    case 'short-answer':
      return input.kind === q.kind ? text(input.text, v) : undefined;
  }
}

/** The key in the version's format; undefined when there is none (a written answer). */
export function correctResponse(q: Question, v: ScormVersion): string | undefined {
  switch (q.kind) {
    case 'single-choice':
      return list([q.rubric.answer], ids(q.options), v);
    case 'multiple-choice':
      return set(q.rubric.answer, ids(q.options), v);
    case 'tag-sentences':
      return set(q.rubric.answer, q.candidates, v);
    case 'categorize':
      return pairs(q.rubric.answer, q, v);
    case 'order':
      return list(q.rubric.answer, ids(q.items), v);
    case 'short-answer':
      return undefined;
  }
}
