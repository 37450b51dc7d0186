/**
 * One question, in a quiz or a practice activity: the fields every kind has here, then its own
 * through its kind's compile step (src/kinds/<kind>/compile.ts).
 */
import type { Question, Skill } from '../../domain/question.ts';
import type { Stimulus } from '../../domain/stimulus.ts';
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
  /** Where the prompt is written (a check item calls it "claim"), for problems in it. */
  promptField = 'prompt',
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
  const stimulus = q.text ? compileStimulus(ctx, yaml, [...path, 'text'], q.text) : null;
  const base = {
    id: q.id,
    skill: skill ?? 'unsupported-claims',
    prompt: ctx.md(yaml, [...path, promptField], q.prompt),
    context,
    ...(stimulus ? { stimulus } : {}),
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

/** Longer than this is not a "short quote", whatever its punctuation. */
export const MAX_QUOTE_WORDS = 30;

/** Why a quote is too long to quote (more than one sentence, or more than a short one), or null. */
export function quoteProblem(quote: string): string | null {
  if (/^["'“”‘’«]|["'“”‘’»]$/.test(quote)) {
    return 'write the quote without quotation marks around it: they are added on screen';
  }
  const words = quote.split(/\s+/).filter(Boolean).length;
  if (words > MAX_QUOTE_WORDS) {
    return `is ${words} words long: quote at most one short sentence (${MAX_QUOTE_WORDS} words), and say the rest in your own words in "intro"`;
  }
  // A sentence ends at . ! ? (perhaps followed by a closing quote or bracket) before a space;
  // only at the very end may one stand.
  if (/[.!?…]["'”’)\]]*\s+\S/.test(quote)) {
    return 'holds more than one sentence: quote at most one, and say the rest in your own words in "intro"';
  }
  return null;
}

/** A question's fresh text: a quote with its source, or a text written for the module. */
export function compileStimulus(
  ctx: CompileContext,
  yaml: YamlFile,
  path: PathKey[],
  t: NonNullable<AuthoredQuestion['text']>,
): Stimulus | null {
  const err = (p: PathKey[], message: string) =>
    ctx.errors.push(yaml.error([...path, ...p], message));
  if (t.constructed !== undefined) {
    if (t.quote !== undefined || t.source !== undefined || t.intro !== undefined) {
      err([], 'is either a quote (quote, source, intro) or a constructed text, not both');
      return null;
    }
    return {
      kind: 'constructed',
      text: ctx.md(yaml, [...path, 'constructed'], t.constructed),
      camp: t.camp,
    };
  }
  if (t.quote === undefined) {
    err([], 'needs "quote" (with its "source") or "constructed"');
    return null;
  }
  if (t.source === undefined) {
    err(['quote'], 'needs a "source": the id of the source in sources.yaml that it is quoted from');
    return null;
  }
  const problem = quoteProblem(t.quote);
  if (problem) err(['quote'], problem);
  if (t.camp === 'other-topic') {
    err(
      ['camp'],
      'the research notes hold no source on another topic: write such a text as "constructed"',
    );
  }
  // The source must exist, and its kind must fit the camp (checked once sources are loaded).
  ctx.ref('source', t.source, yaml, [...path, 'source'], { camp: t.camp });
  return {
    kind: 'quote',
    quote: t.quote,
    source: t.source,
    ...(t.intro !== undefined ? { intro: ctx.inline(yaml, [...path, 'intro'], t.intro) } : {}),
    camp: t.camp,
  };
}
