import { Zstd } from '@hpcc-js/wasm-zstd';
import type { Content, Lesson } from '../../domain/content.ts';
import { HOLE, type PackedFrame } from '../unpack.ts';

/**
 * The compiled content as a production build ships it, read back by src/content/unpack.ts.
 *
 * - `index`: JSON text of what the start page, the navigation and links on every page need
 *   (the home text, each lesson's outline, the names of sources and glossary terms), and the
 *   article. It stays plain text: parsing it is quick, and a server's gzip shrinks it about
 *   as well as zstd would.
 * - `frames`: everything else, zstd-compressed and base64-encoded, decoded part by part on
 *   first use. In the index, a value left out is `{"$lazy":[frame, part, item]}`; an array
 *   whose items are left out is `{"$lazy":[frame, part, item, length]}` (items item… of the
 *   part), so that the array and its length exist from the start; an object some of whose
 *   fields are left out keeps the others and lists those: `"$lazy":[frame, part, item,
 *   "field", …]` (the item holds their values, in that order). Such an object's fields come
 *   back in a different order (kept fields first), which nothing reads.
 *
 * A frame is one zstd stream, flushed after each part: a part can be decoded without the parts
 * after it, and later parts still draw on the text of earlier ones, so the stream is as small
 * as the whole content compressed at once. (Compressed apart, in frames of their own, the
 * same parts took 12 kB more for the lessons alone, 3 kB more for the sources: zstd has no
 * shared dictionary in the browser's decoder.) There is one stream, its parts in the order
 * pages need them: each lesson in turn (its quiz first), the before-and-after check, then what only some
 * pages show: the expert notes, the sources, the glossary's definitions. The start page needs
 * none of it. The timeline is a second, small stream, so that the case-study page decodes only
 * it, and only after its first commit.
 */
export interface PackedContent {
  index: string;
  frames: PackedFrame[];
}

type Json = unknown;

/** Collects the values left out of the index, into frames made of parts. */
class Frames {
  readonly frames: { name: string; parts: Json[][] }[] = [];

  part(frameName: string): Part {
    let f = this.frames.findIndex((x) => x.name === frameName);
    if (f < 0) f = this.frames.push({ name: frameName, parts: [] }) - 1;
    const parts = this.frames[f]?.parts ?? [];
    const values: Json[] = [];
    return new Part(values, [f, parts.push(values) - 1]);
  }
}

class Part {
  constructor(
    readonly values: Json[],
    private readonly at: [frame: number, part: number],
  ) {}

  /** The value itself goes to the part; the index keeps a hole. */
  value(v: Json): Json {
    return { [HOLE]: [...this.at, this.values.push(v) - 1] };
  }

  /** Arrays stay arrays (their length known) with their items in the part; others go whole. */
  any(v: Json): Json {
    if (!Array.isArray(v)) return this.value(v);
    const start = this.values.length;
    this.values.push(...v);
    return { [HOLE]: [...this.at, start, v.length] };
  }

  /**
   * The object stays, with the fields named in `keep` (as they are, or as `keep` maps them);
   * the other fields go to the part together, as one item, and the index names them:
   * `{…kept fields, "$lazy":[frame, part, item, "field", "field", …]}`.
   */
  split<T extends object>(obj: T, keep: { [K in keyof T]?: true | ((v: T[K]) => Json) }): Json {
    const kept: [string, Json][] = [];
    const left: [string, Json][] = [];
    for (const [k, v] of definedEntries(obj)) {
      const rule: unknown = Reflect.get(keep, k);
      if (rule === true) kept.push([k, v]);
      else if (typeof rule === 'function') kept.push([k, rule(v)]);
      else left.push([k, v]);
    }
    if (!left.length) return Object.fromEntries(kept);
    const item = this.values.push(left.map(([, v]) => v)) - 1;
    return Object.fromEntries([...kept, [HOLE, [...this.at, item, ...left.map(([k]) => k)]]]);
  }
}

const STREAM = 'content';

/**
 * What stays in the index, and which part everything else goes to. Anything not named here (a
 * field added to Content later included) leaves the index, so new content never slows the
 * start page down; a new top-level field gets a part of its own at the end of the stream.
 */
export function splitContent(content: Content): { index: Json; frames: Json[][][] } {
  assertNoHoleKey(content);
  const frames = new Frames();
  // Parts are created in the order of the stream. Each lesson's quiz comes before the rest of
  // the lesson: a link to a quiz then decodes only the quiz (a third of the lesson), one to the
  // lesson both.
  const lessonParts = new Map(
    content.lessons.map((l) => [l.id, { quiz: frames.part(STREAM), page: frames.part(STREAM) }]),
  );
  // The before-and-after check: the start page offers it (with its number of items), the
  // check page shows it.
  const checks = frames.part(STREAM);
  const notes = frames.part(STREAM);
  const sources = frames.part(STREAM);
  const glossary = frames.part(STREAM);
  // The timeline, drawn on the case-study page and in Lessons 1 and 3: a stream of its own, so
  // that showing it never decodes the lessons before it (at the end of the main stream it
  // would), and the start page's index stays small.
  const pictures = frames.part('pictures');

  const outline = (lesson: Lesson): Json => {
    const { quiz, page: part } = lessonParts.get(lesson.id) ?? {
      quiz: frames.part(STREAM),
      page: frames.part(STREAM),
    };
    return part.split(lesson, {
      id: true,
      kind: true,
      label: true,
      title: true,
      summary: true,
      skill: true,
      minutes: true,
      // The start page shows each lesson's progress: sections read, practice done, the quiz's
      // pass mark. A learner with finished attempts also needs the questions (decoded then).
      sections: (sections) => sections.map((s) => part.split(s, { id: true })),
      activities: (activities) => activities.map((a) => part.split(a, { id: true })),
      quiz: (q) => quiz.split(q, { id: true, passMark: true }),
    });
  };

  const index = Object.fromEntries(
    definedEntries(content).map(([key, value]) => [
      key,
      ((): Json => {
        switch (key) {
          case 'hash':
          case 'home':
            return value;
          // The case study (about 14 kB): a deep link to it then decodes nothing, and one to a
          // lesson only that lesson, which quotes the article. In a part of its own it would
          // first have to be decoded, and the first part decoded costs the most: the decoder
          // itself has to warm up.
          case 'article':
          case 'sourceCard':
          case 'annotationCategories':
            return value;
          // Only shown when the reader switches the expert notes on.
          case 'annotations':
            return notes.any(value);
          // Links to sources, on any page, show the publisher.
          case 'sources':
            return content.sources.map((x) => sources.split(x, { id: true, publisher: true }));
          case 'lessons':
            return content.lessons.map(outline);
          case 'checks':
            return content.checks.map((form) =>
              checks.split(form, {
                id: true,
                items: (items) => items.map((item) => checks.split(item, { pair: true })),
              }),
            );
          // The publication trail is drawn in the case study's source card, at the top of the
          // page (under 2 kB); the timeline, further down, is drawn after the first commit.
          case 'trail':
            return value;
          case 'timeline':
            return pictures.any(value);
          // Links to glossary terms, on any page, show the term's name.
          case 'glossary':
            return content.glossary.map((t) => glossary.split(t, { id: true, term: true }));
          default:
            return frames.part(STREAM).any(value);
        }
      })(),
    ]),
  );
  return { index, frames: frames.frames.map((f) => f.parts) };
}

/** As JSON sees an object: a field set to undefined is no field. */
function definedEntries(obj: object): [string, Json][] {
  return Object.entries(obj).filter(([, v]: [string, Json]) => v !== undefined);
}

function assertNoHoleKey(value: Json, path = 'content'): void {
  if (Array.isArray(value)) value.forEach((v, i) => assertNoHoleKey(v, `${path}[${i}]`));
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      if (k === HOLE) throw new Error(`${path} has a "${HOLE}" key, which the packed form uses`);
      assertNoHoleKey(v, `${path}.${k}`);
    }
  }
}

export async function packContent(content: Content): Promise<PackedContent> {
  const zstd = await Zstd.load();
  const { index, frames } = splitContent(content);
  return {
    index: JSON.stringify(index),
    frames: frames.map((parts) => {
      zstd.reset();
      // Level 19 is zstd's strongest normal level; 20–22 give the same size on this content.
      zstd.setCompressionLevel(19);
      const chunks: Uint8Array[] = [];
      const sizes: [number, number][] = [];
      let end = 0;
      for (const values of parts) {
        const text = new TextEncoder().encode(JSON.stringify(values));
        // Each chunk is flushed, so the stream so far decodes to the parts so far.
        const chunk = zstd.compressChunk(text);
        chunks.push(chunk);
        end += chunk.length;
        sizes.push([end, text.length]);
      }
      // The stream's end goes with the last part (the decoder then knows the stream is whole).
      const last = zstd.compressEnd();
      chunks.push(last);
      const lastPart = sizes.at(-1);
      if (lastPart) lastPart[0] += last.length;
      return { data: Buffer.concat(chunks).toString('base64'), parts: sizes };
    }),
  };
}
