/**
 * lessons/checks/: the two parallel forms of the before-and-after check. Each item is a fresh
 * text and a claim, judged with the same two options every time, so no option can stand out by
 * its form (the cue check of quizzes does not apply), and any fixed strategy scores the share
 * of one key. Checked here: both forms exist, are long enough, about half "supported", and
 * their items pair up one to one with the same camp, skill, key and difficulty.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  CHECK_FORMS,
  type CheckForm,
  type CheckFormId,
  type CheckItem,
} from '../../domain/content.ts';
import type { QuestionOf } from '../../domain/question.ts';
import type { ArticleIndex } from './article.ts';
import { CHECKS_DIR, type CompileContext, type Where } from './context.ts';
import { compileQuestion, type QuestionScope } from './question.ts';
import { CheckFile } from './schema.ts';
import type { YamlFile } from './yaml-file.ts';

/** Judgement items a form needs for its figures to mean anything. */
export const MIN_CHECK_ITEMS = 10;
/** "About half" of a form's items are keyed "supported". */
const TRUST_SHARE = [0.4, 0.6] as const;

/** The two answers, the same on every item and form: what they mean, in the learner's words. */
export const CHECK_OPTIONS = [
  { id: 'supported', text: 'Supported: the text is enough to accept the claim', stance: 'trust' },
  {
    id: 'unsupported',
    text: 'Not supported: the text is not enough to accept the claim',
    stance: 'flag',
  },
] as const;

interface LoadedForm {
  form: CheckForm;
  yaml: YamlFile;
  file: string;
}

/** Reads lessons/checks/ if there is one; its question ids join the duplicate check (`seen`). */
export function loadChecks(
  ctx: CompileContext,
  article: ArticleIndex,
  seen: { id: string; where: Where }[],
): CheckForm[] {
  const dir = join(ctx.root, CHECKS_DIR);
  if (!existsSync(dir)) return [];
  const expected = CHECK_FORMS.map((f) => `${f}.yaml`);
  for (const name of readdirSync(dir)) {
    if (!expected.includes(name)) {
      ctx.errors.push({
        file: `${ctx.rel(dir)}/${name}`,
        line: 1,
        column: 1,
        path: '',
        message: `unexpected file in checks/; allowed: ${expected.join(', ')}`,
      });
    }
  }
  const scope: QuestionScope = { ctx, article, lessonSkill: undefined, seen };
  const loaded = CHECK_FORMS.map((id) => loadForm(scope, join(dir, `${id}.yaml`), id));
  const [a, b] = loaded;
  if (!a || !b) return [];
  checkPairs(ctx, a, b);
  return [a.form, b.form];
}

function loadForm(scope: QuestionScope, path: string, id: CheckFormId): LoadedForm | null {
  const { ctx } = scope;
  const file = ctx.yaml(path, CheckFile);
  if (!file) return null;
  const { yaml, value } = file;
  const items: CheckItem[] = value.items.map((item, i) => {
    const question = compileQuestion(
      scope,
      {
        kind: 'single-choice',
        id: item.id,
        skill: item.skill,
        prompt: item.claim,
        text: item.text,
        options: CHECK_OPTIONS.map((o) => ({ id: o.id, text: o.text, stance: o.stance })),
        answer: item.answer,
        explanation: item.explanation,
        evidence: item.evidence,
      },
      yaml,
      ['items', i],
      'claim',
    );
    return { pair: item.pair, difficulty: item.difficulty, question: asSingle(question) };
  });
  if (items.length < MIN_CHECK_ITEMS) {
    ctx.errors.push(
      yaml.error(['items'], `has ${items.length} items: a form needs at least ${MIN_CHECK_ITEMS}`),
    );
  }
  const trust = value.items.filter((i) => i.answer === 'supported').length;
  const share = trust / Math.max(1, items.length);
  if (share < TRUST_SHARE[0] || share > TRUST_SHARE[1]) {
    ctx.errors.push(
      yaml.error(
        ['items'],
        `has ${trust} of ${items.length} items answered "supported": about half should be (40–60%), so that doubting everything scores no better than trusting everything`,
      ),
    );
  }
  const letter = id.slice(-1).toUpperCase();
  return {
    form: {
      id,
      label: `Form ${letter}`,
      title: value.title,
      intro: value.intro ? ctx.md(yaml, ['intro'], value.intro) : [],
      items,
    },
    yaml,
    file: ctx.rel(path),
  };
}

/** Compiling a single-choice question always gives one; this only tells TypeScript so. */
function asSingle(q: ReturnType<typeof compileQuestion>): QuestionOf<'single-choice'> {
  if (q.kind !== 'single-choice') throw new Error('unreachable: a check item is single-choice');
  return q;
}

/** Every item of one form has exactly one partner in the other, matched in what matters. */
function checkPairs(ctx: CompileContext, a: LoadedForm, b: LoadedForm) {
  const indexed = (l: LoadedForm) => {
    const map = new Map<string, number>();
    l.form.items.forEach((item, i) => {
      if (map.has(item.pair)) {
        ctx.errors.push(
          l.yaml.error(['items', i, 'pair'], `pair "${item.pair}" is used twice in this form`),
        );
      } else {
        map.set(item.pair, i);
      }
    });
    return map;
  };
  const inA = indexed(a);
  const inB = indexed(b);
  for (const [here, there, thereIndex] of [
    [a, b, inB],
    [b, a, inA],
  ] as const) {
    here.form.items.forEach((item, i) => {
      const j = thereIndex.get(item.pair);
      if (j === undefined) {
        ctx.errors.push(
          here.yaml.error(
            ['items', i, 'pair'],
            `pair "${item.pair}" has no item in ${there.file}: every item needs a partner there`,
          ),
        );
      }
    });
  }
  // Compare each pair once, reporting at form B's item (an item reusing a pair id is already
  // reported, and not compared again).
  b.form.items.forEach((item, i) => {
    if (inB.get(item.pair) !== i) return;
    const j = inA.get(item.pair);
    const partner = j === undefined ? undefined : a.form.items[j];
    if (!partner) return;
    const differences = [
      ['skill', item.question.skill, partner.question.skill],
      ['camp', item.question.stimulus?.camp, partner.question.stimulus?.camp],
      ['answer', item.question.rubric.answer, partner.question.rubric.answer],
      ['difficulty', item.difficulty, partner.difficulty],
    ].filter(([, x, y]) => x !== y);
    for (const [field, mine, theirs] of differences) {
      ctx.errors.push(
        b.yaml.error(
          ['items', i, field === 'camp' ? 'text' : String(field)],
          `pair "${item.pair}": ${String(field)} is "${String(mine)}" here but "${String(theirs)}" in ${a.file}; paired items must match`,
        ),
      );
    }
  });
}
