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
import type { Question } from '../../domain/question.ts';
import type { Camp } from '../../domain/stimulus.ts';
import type { Rich } from '../../domain/rich.ts';

// The article as published, kept in the repository so the check needs nothing beside it.
const ARTICLE_TXT = resolve('lessons/case-study/article.txt');
// The research folder the content was written from. When a checkout has it beside the
// repository, two extra checks compare against it; a lone clone skips them and says so.
const SHARED = resolve('../shared');
const haveShared = existsSync(resolve(SHARED, 'case-study/dossier.md'));

/** The words of rich text, without formatting. */
const plainText = (nodes: Rich): string =>
  nodes.map((n) => (typeof n === 'string' ? n : 'c' in n ? plainText(n.c) : '')).join('');

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

  // Transfer: every quiz applies the method to fresh texts from several camps (issue 11).
  const GROUPS: Record<string, readonly Camp[]> = {
    'the MEK/NCRI camp': ['mek'],
    'Iranian state media': ['iranian-state'],
    'a Western government or the press': ['government', 'press'],
    'another topic': ['other-topic'],
  };
  const transferOf = (questions: Question[]) => questions.filter((q) => q.stimulus);
  it.each(lessons.map((l) => [l.label, l] as const))(
    '%s: its quiz has transfer items on fresh texts from every camp and another topic',
    (_label, lesson) => {
      const transfer = transferOf(lesson.quiz.questions);
      expect(transfer.length).toBeGreaterThanOrEqual(lesson.kind === 'review' ? 5 : 3);
      const camps = new Set(transfer.map((q) => q.stimulus?.camp));
      for (const [group, members] of Object.entries(GROUPS)) {
        expect(
          members.some((c) => camps.has(c)),
          group,
        ).toBe(true);
      }
      // Not only "not enough": at least one transfer judgement is keyed "supported".
      const judged = transfer.flatMap((q) => judgements(q, null));
      expect(judged.some((j) => j.truth === 'trust')).toBe(true);
    },
  );

  it('applies the same method to every camp: each has transfer items keyed both ways', () => {
    const all = [
      ...lessons.flatMap((l) => transferOf(l.quiz.questions)),
      ...(result.content?.checks ?? []).flatMap((f) => f.items.map((i) => i.question)),
    ];
    for (const [group, members] of Object.entries(GROUPS)) {
      const truths = new Set(
        all
          .filter((q) => q.stimulus && members.includes(q.stimulus.camp))
          .flatMap((q) => judgements(q, null).map((j) => j.truth)),
      );
      expect([group, [...truths].sort()]).toEqual([group, ['flag', 'trust']]);
    }
  });

  it('uses each quoted fresh text once, and never one the lessons quote or discuss', () => {
    const content = result.content;
    const questions = [
      ...lessons.flatMap((l) => [...l.quiz.questions, ...l.activities.flatMap((a) => a.questions)]),
      ...(content?.checks ?? []).flatMap((f) => f.items.map((i) => i.question)),
    ];
    const quotes = questions.flatMap((q) =>
      q.stimulus?.kind === 'quote' ? [q.stimulus.quote] : [],
    );
    expect(quotes.length).toBeGreaterThan(0);
    expect(new Set(quotes).size).toBe(quotes.length);
    const prose = lessons
      .flatMap((l) => [l.intro, ...l.sections.map((s) => s.body)])
      .map((r) => plainText(r))
      .join('\n')
      .toLowerCase();
    for (const quote of quotes) expect(prose, quote).not.toContain(quote.toLowerCase());
  });

  it('has a before-and-after check: two parallel forms of at least ten fresh-text items', () => {
    const forms = result.content?.checks ?? [];
    expect(forms.map((f) => f.id)).toEqual(['form-a', 'form-b']);
    for (const form of forms) {
      expect(form.items.length).toBeGreaterThanOrEqual(10);
      expect(form.items.every((i) => i.question.stimulus)).toBe(true);
    }
    // Paired one to one (the compiler checks that partners match in camp, skill, key, difficulty).
    const pairs = forms.map((f) => f.items.map((i) => i.pair).sort());
    expect(pairs[0]).toEqual(pairs[1]);
    // No check text repeats a quiz's, so the after-check is not a quiz item seen before.
    const quizTexts = new Set(
      lessons.flatMap((l) =>
        l.quiz.questions.flatMap((q) => (q.stimulus ? [JSON.stringify(q.stimulus)] : [])),
      ),
    );
    for (const item of forms.flatMap((f) => f.items)) {
      expect(quizTexts.has(JSON.stringify(item.question.stimulus))).toBe(false);
    }
  });

  const skipped = haveShared ? '' : ' (skipped: no ../shared beside this repository)';

  it.skipIf(!haveShared)(
    `quotes fresh texts exactly as the research dossier does${skipped}`,
    () => {
      // The dossier is the only source of outside facts; a quote must be its text, character
      // for character (apart from typographic apostrophes).
      const dossier = readFileSync(resolve(SHARED, 'case-study/dossier.md'), 'utf8').replace(
        /[’‘]/g,
        "'",
      );
      const quotes = [
        ...lessons.flatMap((l) => l.quiz.questions),
        ...(result.content?.checks ?? []).flatMap((f) => f.items.map((i) => i.question)),
      ].flatMap((q) => (q.stimulus?.kind === 'quote' ? [q.stimulus.quote] : []));
      for (const quote of quotes) expect(dossier, quote).toContain(quote.replace(/[’‘]/g, "'"));
    },
  );

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
