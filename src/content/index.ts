/**
 * The compiled content of lessons/ (see compile/), bundled into the app, and lookups over it.
 * Nothing here is fetched at run time: that is what lets the module work from file://.
 */
import content from 'virtual:content';
import { sourceCitations, type Citation } from './citations';
import type {
  Annotation,
  AnnotationCategory,
  ArticleSentence,
  ArticleUnit,
  GlossaryTerm,
  Lesson,
  Source,
} from '../domain/content';

export { content };
export const { article, lessons, sources, glossary, annotations, annotationCategories } = content;

/**
 * A map built on first use. A production build decodes most content only when it is first
 * read (unpack.ts); building these lookups at start-up would decode it all for every page.
 */
class LazyMap<K, V> implements ReadonlyMap<K, V> {
  #map: Map<K, V> | undefined;
  constructor(private readonly build: () => Iterable<readonly [K, V]>) {}
  get #built(): Map<K, V> {
    return (this.#map ??= new Map(this.build()));
  }
  get size() {
    return this.#built.size;
  }
  get(key: K) {
    return this.#built.get(key);
  }
  has(key: K) {
    return this.#built.has(key);
  }
  forEach(fn: (value: V, key: K, map: ReadonlyMap<K, V>) => void) {
    this.#built.forEach((v, k) => fn(v, k, this));
  }
  entries() {
    return this.#built.entries();
  }
  keys() {
    return this.#built.keys();
  }
  values() {
    return this.#built.values();
  }
  [Symbol.iterator]() {
    return this.#built[Symbol.iterator]();
  }
}

/** Every addressable unit of the article: title, date line, headings and body sentences. */
export const articleUnits: ReadonlyMap<string, ArticleUnit | ArticleSentence> = new LazyMap(() => [
  [article.title.id, article.title],
  [article.dateline.id, article.dateline],
  ...article.blocks.flatMap((b): [string, ArticleUnit | ArticleSentence][] =>
    b.type === 'heading' ? [[b.id, b]] : b.sentences.map((s) => [s.id, s]),
  ),
]);

export const sentenceById: ReadonlyMap<string, ArticleSentence> = new LazyMap(() =>
  article.blocks.flatMap((b) => (b.type === 'paragraph' ? b.sentences : [])).map((s) => [s.id, s]),
);

export const lessonById: ReadonlyMap<string, Lesson> = new LazyMap(() =>
  lessons.map((l) => [l.id, l]),
);
export const sourceById: ReadonlyMap<string, Source> = new LazyMap(() =>
  sources.map((s) => [s.id, s]),
);
export const termById: ReadonlyMap<string, GlossaryTerm> = new LazyMap(() =>
  glossary.map((t) => [t.id, t]),
);
export const categoryById: ReadonlyMap<string, AnnotationCategory> = new LazyMap(() =>
  annotationCategories.map((c) => [c.id, c]),
);

export const annotationsBySentence: ReadonlyMap<string, Annotation[]> = new LazyMap(() => {
  const map = new Map<string, Annotation[]>();
  for (const a of annotations) {
    for (const s of a.sentences) map.set(s, [...(map.get(s) ?? []), a]);
  }
  return map;
});

/** "sentence 12 (paragraph 5)", or the unit's role for the title, date line and headings. */
export function describeUnit(id: string): string {
  const s = sentenceById.get(id);
  if (s) return `sentence ${s.number} (paragraph ${s.paragraphNumber})`;
  if (id === article.title.id) return 'the title';
  if (id === article.dateline.id) return 'the date line';
  return articleUnits.has(id) ? 'a section heading' : 'an unknown sentence';
}

let citations: Map<string, Citation[]> | undefined;

/** The places that cite a source: worked out on first use (the Sources page), not at start-up. */
export function citationsOf(sourceId: string): Citation[] {
  citations ??= sourceCitations(content);
  return citations.get(sourceId) ?? [];
}

/** "Lesson 2: Identifying authorship", or just "Final review" when label and title agree. */
export function lessonHeading(lesson: Lesson): string {
  return lesson.title === lesson.label ? lesson.title : `${lesson.label}: ${lesson.title}`;
}
