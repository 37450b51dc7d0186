// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { compileLessons } from './compile.ts';
import { packContent, splitContent, type PackedContent } from './pack.ts';
import { unpackContent } from '../unpack.ts';
import type { Content } from '../../domain/content.ts';

function unpack(packed: PackedContent): Content {
  // The app reads it through the declared type of `virtual:content`; here, check the shape.
  const content: unknown = unpackContent(packed.index, packed.frames);
  if (typeof content !== 'object' || content === null) throw new Error('not an object');
  // Copied with its getters: a part decodes only when a test reads it.
  return Object.defineProperties(Object.create(null), Object.getOwnPropertyDescriptors(content));
}

/** JSON with every object's keys sorted. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

describe('packed content (what a production build ships)', () => {
  let content: Content | null = null;
  let packed: PackedContent = { index: '', frames: [] };
  // Compressing at zstd's strongest level takes about a second: do it once for all tests.
  beforeAll(async () => {
    content = compileLessons('lessons').content;
    if (content) packed = await packContent(content);
  });

  it('unpacks to exactly the compiled lessons, accents, quotes and dashes included', () => {
    expect(content).not.toBeNull();
    for (const frame of packed.frames) expect(frame.data).toMatch(/^[A-Za-z0-9+/]+=*$/);
    const unpacked = unpack(packed);
    // Field order aside (an object some of whose fields were left out lists the others last).
    expect(canonical(unpacked)).toBe(canonical(content));
    expect(unpacked).toEqual(content);
  });

  it('gives the start page what it needs without decoding anything', () => {
    // A frame that cannot be decoded shows which reads need one.
    const unpacked = unpack({
      index: packed.index,
      frames: packed.frames.map((f) => ({ ...f, data: 'broken' })),
    });
    expect(unpacked.hash).toBe(content?.hash);
    expect(unpacked.home).toEqual(content?.home);
    expect(unpacked.article).toEqual(content?.article);
    expect(unpacked.trail).toEqual(content?.trail);
    expect(unpacked.sources.map((s) => s.publisher)).toEqual(
      content?.sources.map((s) => s.publisher),
    );
    expect(unpacked.annotations).toHaveLength(content?.annotations.length ?? -1);
    unpacked.lessons.forEach((lesson, i) => {
      const compiled = content?.lessons[i];
      expect(lesson.title).toBe(compiled?.title);
      expect(lesson.minutes).toBe(compiled?.minutes);
      expect(lesson.sections.map((s) => s.id)).toEqual(compiled?.sections.map((s) => s.id));
      expect(lesson.activities.map((a) => a.id)).toEqual(compiled?.activities.map((a) => a.id));
      expect(lesson.quiz.passMark).toBe(compiled?.quiz.passMark);
    });
    expect(unpacked.glossary.map((t) => t.term)).toEqual(content?.glossary.map((t) => t.term));
    // The start page offers the before-and-after check with its number of items.
    expect(unpacked.checks.map((f) => f.id)).toEqual(content?.checks.map((f) => f.id));
    expect(unpacked.checks[0]?.items).toHaveLength(content?.checks[0]?.items.length ?? -1);
    // …and everything else is really in a frame.
    expect(() => unpacked.lessons[0]?.quiz.questions).toThrow();
    expect(() => unpacked.lessons[0]?.sections[0]?.body).toThrow();
    expect(() => unpacked.annotations[0]).toThrow();
    expect(() => unpacked.sources[0]?.url).toThrow();
    expect(() => unpacked.glossary[0]?.definition).toThrow();
    expect(() => unpacked.timeline).toThrow();
    expect(() => unpacked.checks[0]?.title).toThrow();
    expect(() => unpacked.checks[0]?.items[0]?.question).toThrow();
  });

  it('decodes only as far as asked, once, and puts plain values in place', () => {
    const unpacked = unpack(packed);
    const decoded = (holder: object | undefined, key: string | number) => {
      const property = holder && Object.getOwnPropertyDescriptor(holder, key);
      if (!property) throw new Error(`no ${key}`);
      return 'value' in property;
    };
    const [first, , , last] = unpacked.lessons;
    expect(decoded(first?.quiz, 'intro')).toBe(false);
    const question = first?.quiz.questions[0];
    expect(question).toEqual(content?.lessons[0]?.quiz.questions[0]);
    expect(first?.quiz.questions[0]).toBe(question);
    // The first lesson's quiz…
    expect(decoded(first?.quiz, 'intro')).toBe(true);
    // …but not the parts after it: the rest of that lesson, the later lessons, the notes,
    // sources and glossary.
    expect(decoded(first, 'intro')).toBe(false);
    expect(decoded(first?.sections[0], 'body')).toBe(false);
    expect(decoded(last?.quiz, 'intro')).toBe(false);
    expect(decoded(last?.quiz, 'questions')).toBe(false);
    expect(decoded(unpacked.checks[0]?.items[0], 'question')).toBe(false);
    expect(decoded(unpacked.sources[0], 'url')).toBe(false);
    expect(decoded(unpacked.annotations, 0)).toBe(false);
    expect(decoded(unpacked.glossary[0], 'definition')).toBe(false);
    expect(first?.sections[0]?.body).toEqual(content?.lessons[0]?.sections[0]?.body);
    expect(last?.quiz.questions).toEqual(content?.lessons[3]?.quiz.questions);
    expect(decoded(last, 'intro')).toBe(false);
    expect(decoded(unpacked.annotations, 0)).toBe(false);
    expect(unpacked.sources[0]).toEqual(content?.sources[0]);
    expect(decoded(unpacked.sources[0], 'url')).toBe(true);
  });

  it('keeps most of the content out of the start-up index, and compresses the rest', () => {
    const json = JSON.stringify(content).length;
    expect(packed.index.length).toBeLessThan(json / 10);
    const frames = packed.frames.reduce((sum, f) => sum + f.data.length, 0);
    expect(frames).toBeLessThan(json / 3);
  });

  it('refuses content that uses the key the packed form marks holes with', () => {
    if (!content) throw new Error('no content');
    const clash = { ...content, home: { ...content.home, $lazy: [0, 0] } };
    expect(() => splitContent(clash)).toThrow('content.home has a "$lazy" key');
  });
});
