/**
 * One question, in a quiz or a practice activity: the fields every kind has here, then its own
 * through its kind's compile step (src/kinds/<kind>/compile.ts).
 */
import type { Question, Skill } from '../../domain/question.ts';
import type { ArticleIndex } from './article.ts';
import type { CompileContext, Where } from './context.ts';
import { compileKind, type AuthoredQuestion } from '../../kinds/compilers.ts';
import type { KindCompileContext } from '../../kinds/types.ts';
import type { PathKey, YamlFile } from './yaml-file.ts';

/** What a question's compilation needs from around it. */
export interface QuestionScope {
  ctx: CompileContext;
  article: ArticleIndex;
  /** The lesson's skill, which a question inherits unless it sets its own. */
  lessonSkill: Skill | undefined;
  /** Every question id seen so far, with where, for the duplicate check across lessons. */
  seen: { id: string; where: Where }[];
}

export function compileQuestion(
  scope: QuestionScope,
  q: AuthoredQuestion,
  yaml: YamlFile,
  path: PathKey[],
): Question {
  const { ctx, article, lessonSkill, seen } = scope;
  seen.push({ id: q.id, where: yaml.where([...path, 'id']) });
  const err = (p: PathKey[], message: string) =>
    ctx.errors.push(yaml.error([...path, ...p], message));
  const skill = q.skill ?? lessonSkill;
  if (!skill) err(['skill'], 'is required here (the lesson has no "skill" to inherit)');
  const evidence = { sentences: q.evidence.sentences ?? [], sources: q.evidence.sources ?? [] };
  if (!evidence.sentences.length && !evidence.sources.length) {
    err(['evidence'], 'names no sentence and no source: every question points to its evidence');
  }
  evidence.sentences.forEach((s, i) =>
    ctx.ref('sentence', s, yaml, [...path, 'evidence', 'sentences', i]),
  );
  evidence.sources.forEach((s, i) =>
    ctx.ref('source', s, yaml, [...path, 'evidence', 'sources', i]),
  );
  const context = q.context ?? [];
  context.forEach((s, i) => ctx.ref('sentence', s, yaml, [...path, 'context', i]));
  const base = {
    id: q.id,
    skill: skill ?? 'unsupported-claims',
    prompt: ctx.md(yaml, [...path, 'prompt'], q.prompt),
    context,
    explanation: ctx.md(yaml, [...path, 'explanation'], q.explanation),
    evidence,
  };
  const kindCtx: KindCompileContext = {
    error: err,
    md: (p, source) => ctx.md(yaml, [...path, ...p], source),
    inline: (p, source) => ctx.inline(yaml, [...path, ...p], source),
    sentence: (id, p) => ctx.ref('sentence', id, yaml, [...path, ...p]),
    isArticleUnit: (id) => article.units.has(id),
    bodySentenceIds: article.bodySentenceIds,
  };
  return { ...base, ...compileKind(q.kind, q, kindCtx) };
}
