/** home.md (the start page's text) and case-study/source-card.md (beside the article). */
import { join } from 'node:path';
import type { HomeText } from '../../domain/content.ts';
import type { Rich } from '../../domain/rich.ts';
import { CASE_STUDY_DIR, type CompileContext } from './context.ts';
import { compileMarkdown } from './markdown.ts';
import { HomeFrontMatter, SourceCardFrontMatter } from './schema.ts';

export function loadHome(ctx: CompileContext): HomeText | null {
  const md = ctx.markdownFile(join(ctx.root, 'home.md'), HomeFrontMatter);
  if (!md?.front) return null;
  return { title: md.front.title, body: compileMarkdown(md.body, md.md) };
}

export function loadSourceCard(ctx: CompileContext): Rich | null {
  const md = ctx.markdownFile(
    join(ctx.root, CASE_STUDY_DIR, 'source-card.md'),
    SourceCardFrontMatter,
  );
  if (!md?.front) return null;
  return compileMarkdown(md.body, md.md);
}
