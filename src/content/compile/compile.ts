/**
 * lessons/ → validated Content, or every problem found, each with file, line and field.
 * Runs at build time only (Vite plugin, `npm run lessons:check`, tests); never in the browser.
 * One module reads each kind of file (article.ts, annotations.ts, sources.ts, glossary.ts,
 * pages.ts, lesson.ts with quiz.ts, activities.ts and teacher.ts, prepost.ts for the
 * before-and-after check); checks.ts then checks what refers to what across files.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Content } from '../../domain/content.ts';
import { loadAnnotations } from './annotations.ts';
import { loadArticle } from './article.ts';
import { checkUnique, resolveRefs } from './checks.ts';
import { loadTimeline, loadTrail } from './diagrams.ts';
import { cueErrors } from './cues.ts';
import { CompileContext, type Located, type Where } from './context.ts';
import { sortErrors, type ContentError } from './errors.ts';
import { loadGlossary } from './glossary.ts';
import { loadLessons } from './lesson.ts';
import { loadHome, loadSourceCard } from './pages.ts';
import { loadSources } from './sources.ts';
import { loadChecks } from './prepost.ts';

export interface CompileResult {
  content: Content | null;
  errors: ContentError[];
  /** Every file read, so a dev server can watch them. */
  files: string[];
}

export function compileLessons(dir: string): CompileResult {
  const root = resolve(dir);
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    const missing = { file: root, line: 1, column: 1, path: '', message: 'folder not found' };
    return { content: null, errors: [missing], files: [] };
  }
  const ctx = new CompileContext(root);
  const home = loadHome(ctx);
  const { article, index } = loadArticle(ctx);
  const sourceCard = loadSourceCard(ctx);
  const timeline = loadTimeline(ctx);
  const trail = loadTrail(ctx);
  const { categories, annotations } = loadAnnotations(ctx);
  const sources = loadSources(ctx);
  const glossary = loadGlossary(ctx);
  const lessons = loadLessons(ctx, index);
  const checkQuestions: { id: string; where: Where }[] = [];
  const checks = loadChecks(ctx, index, checkQuestions);

  const located = (items: Located<{ id: string }>[]) =>
    items.map((i) => ({ id: i.value.id, where: i.where }));
  checkUnique(ctx.errors, 'source', located(sources));
  checkUnique(ctx.errors, 'glossary term', located(glossary));
  checkUnique(ctx.errors, 'lesson', located(lessons));
  checkUnique(ctx.errors, 'annotation', located(annotations));
  checkUnique(ctx.errors, 'annotation category', located(categories));
  checkUnique(ctx.errors, 'timeline lane', located(timeline.lanes));
  checkUnique(ctx.errors, 'timeline event', located(timeline.events));
  checkUnique(ctx.errors, 'trail step', located(trail.steps));
  checkUnique(
    ctx.errors,
    'activity',
    lessons.flatMap((l) => l.value.activities.map((a) => ({ id: a.id, where: l.where }))),
  );
  checkUnique(ctx.errors, 'question', [...lessons.flatMap((l) => l.questions), ...checkQuestions]);
  // Quizzes whose keys give themselves away by form (length, hedging) stop the build.
  ctx.errors.push(...cueErrors(lessons));
  resolveRefs(ctx.errors, ctx.refs, {
    article: index,
    sources: sources.map((s) => s.value),
    glossary: glossary.map((g) => g.value),
    lessons: lessons.map((l) => l.value),
    categories: categories.map((c) => c.value),
    // A file that exists but cannot be read has its own errors; references to it add none.
    lanes: timeline.readable ? timeline.timeline.lanes.map((l) => l.id) : null,
    trail: trail.readable ? trail.trail !== null : null,
  });

  const errors = sortErrors(ctx.errors);
  if (errors.length || !home || !article || !sourceCard) {
    return { content: null, errors, files: ctx.files };
  }
  // sources.yaml may catalogue more of the research than the lessons use; only what is
  // cited goes into the app (the Sources page lists "every source cited anywhere").
  const cited = new Set(ctx.refs.filter((r) => r.kind === 'source').map((r) => r.id));
  return {
    content: {
      hash: ctx.digest(),
      home,
      article,
      sourceCard,
      timeline: timeline.timeline,
      trail: trail.trail,
      annotationCategories: categories.map((c) => c.value),
      annotations: annotations.map((a) => a.value),
      sources: sources.map((s) => s.value).filter((s) => cited.has(s.id)),
      glossary: glossary.map((g) => g.value),
      lessons: lessons.map((l) => l.value),
      checks,
    },
    errors,
    files: ctx.files,
  };
}
