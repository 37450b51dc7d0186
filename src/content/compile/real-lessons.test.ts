// @vitest-environment node
// The real lessons/ folder: valid, the article verbatim, and every URL one of its sources.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { compileLessons } from './compile.ts';
import { formatErrors } from './errors.ts';
import type { Article } from '../../domain/content.ts';
import { judgements } from '../../scoring/score.ts';

// The article as published, kept in the repository so the check needs nothing beside it.
const ARTICLE_TXT = resolve('lessons/case-study/article.txt');
// The research folder the content was written from. When a checkout has it beside the
// repository, two extra checks compare against it; a lone clone skips them and says so.
const SHARED = resolve('../shared');
const haveShared = existsSync(resolve(SHARED, 'case-study/dossier.md'));

/** Rebuilds the plain text from the structured article, in the published layout. */
function articleText(article: Article): string {
  const blocks = article.blocks.map((b) =>
    b.type === 'heading' ? b.text : b.sentences.map((s) => s.text).join(' '),
  );
  return `${article.title.text}\n\n${article.dateline.text}\n${blocks.join('\n\n')}`;
}

describe('lessons/', () => {
  const result = compileLessons('lessons');

  it('has no errors', () => {
    expect(result.errors.length ? formatErrors(result.errors) : '').toBe('');
  });

  it('holds the case-study article exactly as published, sentence for sentence', () => {
    const published = readFileSync(ARTICLE_TXT, 'utf8');
    expect(result.content && articleText(result.content.article)).toBe(published);
  });

  // The product's bar for every quiz (see PRODUCT.md §6 and lessons/README.md).
  const lessons = result.content?.lessons ?? [];
  it.each(lessons.map((l) => [l.label, l] as const))(
    '%s: its quiz is long and varied enough, and rewards discernment, not cynicism',
    (_label, lesson) => {
      const questions = lesson.quiz.questions;
      const review = lesson.kind === 'review';
      expect(questions.length).toBeGreaterThanOrEqual(review ? 12 : 10);
      expect(new Set(questions.map((q) => q.kind)).size).toBeGreaterThanOrEqual(4);
      if (review) {
        expect(new Set(questions.map((q) => q.skill))).toEqual(
          new Set(['unsupported-claims', 'authorship', 'counter-evidence']),
        );
      }
      const judged = questions.flatMap((q) => judgements(q, null));
      const trusted = judged.filter((j) => j.truth === 'trust').length;
      expect(judged.length).toBeGreaterThan(0);
      expect(trusted / judged.length).toBeGreaterThanOrEqual(1 / 3);
    },
  );

  // Learners and teachers must see the same time for a lesson, and each fits one class period.
  it.each(lessons.map((l) => [l.label, l] as const))(
    '%s: the learner estimate equals the teacher plan, and fits a 50-minute period',
    (_label, lesson) => {
      expect(lesson.teacher?.minutes).toBe(lesson.minutes);
      expect(lesson.minutes).toBeLessThanOrEqual(50);
    },
  );

  it('annotates every sentence of the article, in every category', () => {
    const content = result.content;
    const noted = new Set(content?.annotations.flatMap((a) => a.sentences));
    const sentences =
      content?.article.blocks.flatMap((b) => (b.type === 'paragraph' ? b.sentences : [])) ?? [];
    expect(sentences.filter((s) => !noted.has(s.id)).map((s) => s.id)).toEqual([]);
    const used = new Set(content?.annotations.map((a) => a.category));
    expect(content?.annotationCategories.filter((c) => !used.has(c.id)).map((c) => c.id)).toEqual(
      [],
    );
  });

  const skipped = haveShared ? '' : ' (skipped: no ../shared beside this repository)';

  it.skipIf(!haveShared)(`keeps the same article text as the research folder${skipped}`, () => {
    const research = readFileSync(resolve(SHARED, 'case-study/article.txt'), 'utf8');
    expect(readFileSync(ARTICLE_TXT, 'utf8')).toBe(research);
  });

  it.skipIf(!haveShared)(`cites only URLs that are in the research dossier${skipped}`, () => {
    const tool = resolve(SHARED, 'tools/check-citations.mjs');
    const run = spawnSync(process.execPath, [tool, 'lessons', 'src'], { encoding: 'utf8' });
    expect(run.stdout + run.stderr).toMatch(/^all \d+ URLs found in the dossier/);
    expect(run.status).toBe(0);
  });
});
