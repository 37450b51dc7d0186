/**
 * Test-wiseness cues in choice questions: can a learner who knows nothing find the key by its
 * form alone? Item-writing research (Haladyna, Downing & Rodriguez 2002) names the classic
 * cues: the key is the longest option, the most qualified ("hedged") option, or sits in the
 * same position. This module measures them per quiz and per practice activity, and reports a
 * quiz as an error when the key stands out by length (longest or shortest) or by hedging (most
 * or least qualified) in more than one choice question in three. `npm run lessons:check` also
 * prints what a test-wise learner would score by each trick.
 *
 * Only single-choice and multiple-choice questions are measured: their options are written
 * for the question, so their form can give the key away. Categorize labels are shared by all
 * items, tag-sentences candidates are the article's own sentences, and order and short-answer
 * questions have no options to pick from.
 */
import type { Lesson } from '../../domain/content.ts';
import type { Question } from '../../domain/question.ts';
import type { Rich } from '../../domain/rich.ts';
import { scoreSelection } from '../../kinds/shared/scoring.ts';
import type { ContentError } from './errors.ts';

type Choice = Extract<Question, { kind: 'single-choice' | 'multiple-choice' }>;

/**
 * How length is compared, so that padding cannot hide a cue. Substance is counted in content
 * words (different words, leaving out function words and filler), which padding a wrong
 * option does not raise: a key with more substance than every wrong option is "longest" however
 * long the padded options look. What the eye sees is counted too: a key more than 10% longer
 * in characters than every wrong option is "longest" whatever its words. Near-equal lengths
 * single nothing out, so they count neither way.
 */
export const VISIBLE_MARGIN = 1.1;
/** A quiz is clearly cued when more than this share of its choice questions is cued… */
export const MAX_CUED_SHARE = 1 / 3;
/** …and at least this many are (one cued question in a short practice proves nothing). */
export const MIN_CUED_TO_FAIL = 2;

// ---------- measuring an option ----------

function plain(nodes: Rich): string {
  return nodes
    .map((n) => (typeof n === 'string' ? n : 'c' in n ? plain(n.c) : ''))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lower case, with typographic apostrophes made plain so "doesn’t" matches "doesn't". */
function norm(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'");
}

/** Function words: they make an option longer without saying more. */
const STOP_WORDS = new Set(
  `a about above after again against all am an and any are as at be because been before being
  below between both but by can could did do does doing down during each few for from further
  had has have having he her here hers herself him himself his how i if in into is it its itself
  just me more most my myself no nor not of off on once only or other our ours ourselves out over
  own same she should so some such than that the their theirs them themselves then there these
  they this those through to too under until up very was we were what when where which while who
  whom why will with would you your yours yourself yourselves also may might must shall one ones
  it's isn't aren't wasn't weren't doesn't don't didn't can't cannot won't wouldn't shouldn't
  couldn't hasn't haven't hadn't that's there's what's let's`.split(/\s+/),
);

/**
 * Filler: words and phrases that pad an option without adding substance. Padding a wrong
 * option with them must not make it "longer" in the count below.
 */
const FILLER_WORDS = new Set(
  `really truly quite rather simply actually basically indeed certainly clearly obviously surely
  totally completely absolutely entirely definitely essentially generally literally particularly
  especially honestly frankly undoubtedly naturally altogether overall anyway somehow still even
  already always never ever well thing things stuff lot lots`.split(/\s+/),
);
const FILLER_PHRASES =
  /\b(in fact|of course|as it were|so to speak|as such|at the end of the day|it is worth noting that|when all is said and done|for what it's worth|as a matter of fact|to be (honest|fair|sure))\b/g;

function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? [];
}

/** A crude stem, so that "expert" and "experts" count once. */
function stem(word: string): string {
  return word.length > 3 && /[^su]s$/.test(word) && !word.endsWith('is') ? word.slice(0, -1) : word;
}

/**
 * Substance: the number of different content words, after removing function words, filler
 * and repeats. Padding an option with filler or repetition does not raise it.
 */
export function contentWords(text: string): Set<string> {
  const cleaned = norm(text).replace(FILLER_PHRASES, ' ');
  return new Set(
    words(cleaned)
      .filter((w) => !STOP_WORDS.has(w) && !FILLER_WORDS.has(w))
      .map(stem),
  );
}

/** Markers of a qualified answer: "but", "may", "on its own", "does not show"… */
const HEDGES = [
  /\b(but|however|although|though|yet|unless|whereas)\b/g,
  /\b(may|might|could|perhaps|possibly|probably|likely|seems?|appears?|suggests?)\b/g,
  /\b(only|alone|partly|partially|weak)\b/g,
  /\b(on (its|their|his|her) own|by itself|in itself|at least|not necessarily)\b/g,
  /\bnot (enough|proof|a verdict|independent|settled|shown)\b/g,
  /\b(does|do|did|can|could|would)(n't| not) (show|prove|settle|tell|mean|name|say)\b/g,
  /\bcannot (show|prove|settle|tell|say)\b/g,
  /\b(still )?needs? (checking|independent|corroboration|more)\b/g,
  /\b(unresolved|unconfirmed|uncertain|rather than)\b/g,
  // "X, not Y": the contrast that qualifies a claim.
  /,\s*not\b/g,
];

export function hedgeCount(text: string): number {
  const t = norm(text);
  return HEDGES.reduce((n, re) => n + (t.match(re)?.length ?? 0), 0);
}

interface Measured {
  id: string;
  key: boolean;
  chars: number;
  content: number;
  hedges: number;
  echo: number;
}

function measure(q: Choice): Measured[] {
  const answer: readonly string[] =
    q.kind === 'single-choice' ? [q.rubric.answer] : q.rubric.answer;
  const prompt = contentWords(plain(q.prompt));
  return q.options.map((o) => {
    const text = plain(o.text);
    const content = contentWords(text);
    return {
      id: o.id,
      key: answer.includes(o.id),
      chars: text.length,
      content: content.size,
      hedges: hedgeCount(text),
      echo: [...content].filter((w) => prompt.has(w)).length,
    };
  });
}

// ---------- cues: does the key stand out? ----------

/**
 * The key is "longest" when it says more than every wrong option, or is clearly longer on the
 * page (see VISIBLE_MARGIN). In a multiple-choice question: every keyed option compared with
 * every wrong one.
 */
export function keyedLongest(q: Choice): boolean {
  return standsOut(q, 'long');
}

/**
 * The mirror image. Cutting every key short to escape the first cue only creates this one.
 */
export function keyedShortest(q: Choice): boolean {
  return standsOut(q, 'short');
}

function standsOut(q: Choice, way: 'long' | 'short'): boolean {
  const m = measure(q);
  const keys = m.filter((o) => o.key);
  const wrong = m.filter((o) => !o.key);
  if (!keys.length || !wrong.length) return false;
  // Every key beyond every wrong option: more substance, or clearly more (less) on the page.
  const beyond = (f: (o: Measured) => number, margin: number) =>
    way === 'long'
      ? Math.min(...keys.map(f)) > margin * Math.max(...wrong.map(f))
      : margin * Math.max(...keys.map(f)) < Math.min(...wrong.map(f));
  return beyond((o) => o.content, 1) || beyond((o) => o.chars, VISIBLE_MARGIN);
}

/**
 * The key is "most hedged" when it carries strictly more hedging markers than every wrong
 * option (every keyed option, in a multiple-choice question). A tie does not single it out.
 */
export function keyedHedged(q: Choice): boolean {
  return hedgeStandsOut(q, 'most');
}

/** The mirror image: the key is the only plain statement among qualified wrong options. */
export function keyedUnhedged(q: Choice): boolean {
  return hedgeStandsOut(q, 'least');
}

function hedgeStandsOut(q: Choice, way: 'most' | 'least'): boolean {
  const m = measure(q);
  const keys = m.filter((o) => o.key).map((o) => o.hedges);
  const wrong = m.filter((o) => !o.key).map((o) => o.hedges);
  if (!keys.length || !wrong.length) return false;
  return way === 'most'
    ? Math.min(...keys) > Math.max(...wrong)
    : Math.max(...keys) < Math.min(...wrong);
}

// ---------- what a test-wise learner would score ----------

export const STRATEGIES = ['longest', 'shortest', 'hedged', 'unhedged', 'first', 'echo'] as const;
export type Strategy = (typeof STRATEGIES)[number];

function points(q: Choice, chosen: string[]): number {
  if (q.kind === 'single-choice') return chosen[0] === q.rubric.answer ? 1 : 0;
  // The strategies pick only offered options, so the selection is always valid.
  return scoreSelection(
    chosen,
    q.options.map((o) => o.id),
    q.rubric.answer,
  ).points;
}

/** The value a strategy looks at; the learner picks the option(s) where it is highest. */
const FEATURE: Record<Exclude<Strategy, 'first'>, (o: Measured) => number> = {
  longest: (o) => o.chars,
  hedged: (o) => o.hedges,
  unhedged: (o) => -o.hedges,
  shortest: (o) => -o.chars,
  echo: (o) => o.echo,
};

/**
 * Expected points for one question. Single choice: the option with the highest value, ties
 * shared out. Multiple choice: tick the options above the median value (or the top ones, if
 * none is above it); "first" ticks the first half in the order written.
 */
export function strategyPoints(q: Choice, strategy: Strategy): number {
  const m = measure(q);
  if (strategy === 'first') {
    const n = q.kind === 'single-choice' ? 1 : Math.ceil(m.length / 2);
    return points(
      q,
      m.slice(0, n).map((o) => o.id),
    );
  }
  const value = FEATURE[strategy];
  const values = m.map(value);
  const top = Math.max(...values);
  if (q.kind === 'single-choice') {
    const best = m.filter((o) => value(o) === top);
    return best.reduce((sum, o) => sum + points(q, [o.id]), 0) / best.length;
  }
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor((sorted.length - 1) / 2)] ?? top;
  const above = m.filter((o) => value(o) > median);
  return points(
    q,
    (above.length ? above : m.filter((o) => value(o) === top)).map((o) => o.id),
  );
}

/** Expected points for a learner who guesses: one option at random, or any non-empty set. */
export function chancePoints(q: Choice): number {
  const ids = q.options.map((o) => o.id);
  if (q.kind === 'single-choice') return 1 / ids.length;
  let sum = 0;
  const subsets = 2 ** ids.length - 1;
  for (let mask = 1; mask <= subsets; mask++) {
    sum += points(
      q,
      ids.filter((_, i) => mask & (1 << i)),
    );
  }
  return sum / subsets;
}

export interface CueFigures {
  /** Single- and multiple-choice questions measured. */
  choices: number;
  longest: string[];
  shortest: string[];
  hedged: string[];
  unhedged: string[];
  /** Mean expected points (0–1) on the choice questions, per strategy and by guessing. */
  scores: Record<Strategy | 'chance', number>;
}

export function cueFigures(questions: readonly Question[]): CueFigures {
  const qs = questions.filter(
    (q): q is Choice => q.kind === 'single-choice' || q.kind === 'multiple-choice',
  );
  const mean = (f: (q: Choice) => number) =>
    qs.length ? qs.reduce((s, q) => s + f(q), 0) / qs.length : 0;
  const scores = (s: Strategy) => mean((q) => strategyPoints(q, s));
  return {
    choices: qs.length,
    longest: qs.filter(keyedLongest).map((q) => q.id),
    shortest: qs.filter(keyedShortest).map((q) => q.id),
    hedged: qs.filter(keyedHedged).map((q) => q.id),
    unhedged: qs.filter(keyedUnhedged).map((q) => q.id),
    scores: {
      chance: mean(chancePoints),
      longest: scores('longest'),
      shortest: scores('shortest'),
      hedged: scores('hedged'),
      unhedged: scores('unhedged'),
      first: scores('first'),
      echo: scores('echo'),
    },
  };
}

export function isCued(count: number, choices: number): boolean {
  return count >= MIN_CUED_TO_FAIL && count > choices * MAX_CUED_SHARE;
}

/** Two lines of figures, as `lessons:check` prints them. */
export function describeCues(f: CueFigures): string[] {
  if (!f.choices) return ['no choice questions'];
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const s = f.scores;
  return [
    `key stands out in ${f.choices} choice questions: longest ${f.longest.length}, ` +
      `shortest ${f.shortest.length}, most hedged ${f.hedged.length}, least hedged ${f.unhedged.length}`,
    `test-wise learner's score: longest ${pct(s.longest)}, shortest ${pct(s.shortest)}, ` +
      `most hedged ${pct(s.hedged)}, least hedged ${pct(s.unhedged)}, first ${pct(s.first)}, ` +
      `prompt's words ${pct(s.echo)}; chance ${pct(s.chance)}`,
  ];
}

// ---------- the build check ----------

type Where = Omit<ContentError, 'message'>;

/**
 * An error for every quiz or practice activity whose keys stand out by length or hedging in
 * more than one choice question in three. Located at the first cued question.
 */
export function cueErrors(
  lessons: readonly { value: Lesson; questions: readonly { id: string; where: Where }[] }[],
): ContentError[] {
  const errors: ContentError[] = [];
  for (const { value: lesson, questions: located } of lessons) {
    const where = new Map(located.map((q) => [q.id, q.where]));
    const sets = [
      { what: 'quiz', questions: lesson.quiz.questions },
      ...lesson.activities.map((a) => ({
        what: `practice "${a.id}"`,
        questions: a.questions,
      })),
    ];
    for (const set of sets) {
      const f = cueFigures(set.questions);
      for (const [cue, ids] of [
        ['the longest option', f.longest],
        ['the shortest option', f.shortest],
        ['the most hedged option', f.hedged],
        ['the least hedged option', f.unhedged],
      ] as const) {
        if (!isCued(ids.length, f.choices)) continue;
        const at = where.get(ids[0] ?? '');
        if (!at) continue;
        errors.push({
          ...at,
          message:
            `${set.what} is cued: the key is ${cue} in ${ids.length} of its ${f.choices} choice questions ` +
            `(${ids.join(', ')}); at most one in three may be. Vary which option is longest, shortest ` +
            `and most qualified, in substance rather than filler (lessons/README.md, "Items that measure the skill")`,
        });
      }
    }
  }
  return errors;
}
