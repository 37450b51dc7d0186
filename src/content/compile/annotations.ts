/** case-study/annotations.yaml: the categories of expert note and the notes themselves. */
import { join } from 'node:path';
import type { Annotation, AnnotationCategory } from '../../domain/content.ts';
import { CASE_STUDY_DIR, type CompileContext, type Located } from './context.ts';
import { AnnotationsFile } from './schema.ts';
import type { PathKey } from './yaml-file.ts';

export function loadAnnotations(ctx: CompileContext): {
  categories: Located<AnnotationCategory>[];
  annotations: Located<Annotation>[];
} {
  const loaded = ctx.yaml(join(ctx.root, CASE_STUDY_DIR, 'annotations.yaml'), AnnotationsFile);
  if (!loaded) return { categories: [], annotations: [] };
  const { yaml, value } = loaded;
  const categories = value.categories.map((c, i) => {
    ctx.ref('lesson', c.lesson, yaml, ['categories', i, 'lesson']);
    const category: AnnotationCategory = {
      id: c.id,
      label: c.label,
      marker: c.marker,
      description: ctx.md(yaml, ['categories', i, 'description'], c.description),
      lesson: c.lesson,
    };
    return { value: category, where: yaml.where(['categories', i, 'id']) };
  });
  const lessonOf = new Map(categories.map((c) => [c.value.id, c.value.lesson]));
  const annotations = value.annotations.map((a, i) => {
    const path: PathKey[] = ['annotations', i];
    const sentences = a.sentences ?? (a.sentence ? [a.sentence] : []);
    if (a.sentence && a.sentences) {
      ctx.errors.push(yaml.error(path, 'give either "sentence" or "sentences", not both'));
    } else if (!sentences.length) {
      ctx.errors.push(yaml.error(path, 'needs "sentence" (or "sentences" for a tension)'));
    }
    if (a.phrase && sentences.length > 1) {
      ctx.errors.push(
        yaml.error([...path, 'phrase'], '"phrase" only works with a single "sentence"'),
      );
    }
    sentences.forEach((s, j) =>
      ctx.ref(
        'sentence',
        s,
        yaml,
        a.sentences ? [...path, 'sentences', j] : [...path, 'sentence'],
        {
          ...(a.phrase && !a.sentences ? { text: a.phrase } : {}),
        },
      ),
    );
    ctx.ref('category', a.category, yaml, [...path, 'category']);
    if (a.lesson) ctx.ref('lesson', a.lesson, yaml, [...path, 'lesson']);
    (a.sources ?? []).forEach((s, j) => ctx.ref('source', s, yaml, [...path, 'sources', j]));
    const annotation: Annotation = {
      id: a.id,
      category: a.category,
      sentences,
      ...(a.phrase ? { phrase: a.phrase } : {}),
      reason: ctx.md(yaml, [...path, 'reason'], a.reason),
      lesson: a.lesson ?? lessonOf.get(a.category) ?? '',
      sources: a.sources ?? [],
    };
    return { value: annotation, where: yaml.where([...path, 'id']) };
  });
  return { categories, annotations };
}
