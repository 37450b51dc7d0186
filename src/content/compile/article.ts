/** case-study/article.yaml: the article, with an id for every title, heading and sentence. */
import { join } from 'node:path';
import type { Article, ArticleBlock, ArticleSentence } from '../../domain/content.ts';
import { CASE_STUDY_DIR, type CompileContext } from './context.ts';
import { ArticleFile } from './schema.ts';
import type { PathKey } from './yaml-file.ts';

/** What other files may refer to: every unit of the article by id, and the body sentences. */
export interface ArticleIndex {
  units: Map<string, { text: string; body: boolean }>;
  /** Body sentences in article order (tag-sentences questions offer these by default). */
  bodySentenceIds: string[];
}

export function loadArticle(ctx: CompileContext): { article: Article | null; index: ArticleIndex } {
  const index: ArticleIndex = { units: new Map(), bodySentenceIds: [] };
  const loaded = ctx.yaml(join(ctx.root, CASE_STUDY_DIR, 'article.yaml'), ArticleFile);
  if (!loaded) return { article: null, index };
  const { yaml, value } = loaded;
  const seen = new Map<string, PathKey[]>();
  const unit = (id: string, text: string, path: PathKey[], body: boolean) => {
    if (seen.has(id)) {
      ctx.errors.push(
        yaml.error(path, `duplicate id "${id}" (also used at ${seen.get(id)?.join('.')})`),
      );
    }
    seen.set(id, path);
    index.units.set(id, { text, body });
  };
  unit(value.title.id, value.title.text, ['title', 'id'], false);
  unit(value.dateline.id, value.dateline.text, ['dateline', 'id'], false);
  let sentenceNo = 0;
  let paragraphNo = 0;
  const blocks: ArticleBlock[] = value.blocks.map((block, b) => {
    if ('heading' in block) {
      unit(block.heading, block.text, ['blocks', b, 'heading'], false);
      return { type: 'heading', id: block.heading, text: block.text };
    }
    paragraphNo += 1;
    unit(block.paragraph, '', ['blocks', b, 'paragraph'], false);
    const sentences: ArticleSentence[] = block.sentences.map((s, i) => {
      sentenceNo += 1;
      unit(s.id, s.text, ['blocks', b, 'sentences', i, 'id'], true);
      index.bodySentenceIds.push(s.id);
      return { id: s.id, text: s.text, number: sentenceNo, paragraphNumber: paragraphNo };
    });
    return { type: 'paragraph', id: block.paragraph, number: paragraphNo, sentences };
  });
  return { article: { title: value.title, dateline: value.dateline, blocks }, index };
}
