// @vitest-environment node
// The before-and-after check's forms (lessons/checks/) and questions' fresh texts.
import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { compileLessons } from './compile.ts';
import { formatError } from './errors.ts';
import { MAX_QUOTE_WORDS, quoteProblem } from './question.ts';

const BASE = join(import.meta.dirname, 'fixtures', 'base');
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

type Item = Record<string, unknown>;

/** Ten items, half "supported", pairs p0…p9, camps alternating; `letter` prefixes the ids. */
function items(letter: string, n = 10): Item[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `${letter}-item-${i}`,
    pair: `p${i}`,
    difficulty: i % 3 ? 'easier' : 'harder',
    skill: 'counter-evidence',
    text:
      i % 2
        ? { constructed: `A constructed text number ${i}.`, camp: 'other-topic' }
        : { quote: 'A sample phrase', source: 'sample-site', camp: 'press' },
    claim: `Claim ${i} holds.`,
    answer: i % 2 ? 'supported' : 'unsupported',
    explanation: 'Because.',
    evidence: { sources: ['sample-site'] },
  }));
}

/** A copy of the base fixture with lessons/checks/ holding the given forms. */
function withForms(forms: Record<string, unknown>) {
  const dir = mkdtempSync(join(tmpdir(), 'checks-fixture-'));
  cleanup = () => rmSync(dir, { recursive: true });
  cpSync(BASE, dir, { recursive: true });
  const root = join(dir, 'lessons');
  mkdirSync(join(root, 'checks'));
  for (const [name, value] of Object.entries(forms)) {
    writeFileSync(join(root, 'checks', name), stringify(value));
  }
  return root;
}

const form = (letter: string, list = items(letter)) => ({ title: `Check ${letter}`, items: list });

describe('fresh texts on questions', () => {
  it('compiles a quote with its source and intro, and a constructed text', () => {
    const { content } = compileLessons(join(BASE, 'lessons'));
    const [single, multiple] = content?.lessons[0]?.quiz.questions ?? [];
    expect(single?.stimulus).toEqual({
      kind: 'quote',
      quote: 'A sample phrase, quoted',
      source: 'sample-site',
      intro: ['How the sample site put it.'],
      camp: 'press',
    });
    expect(multiple?.stimulus).toEqual({
      kind: 'constructed',
      text: [
        {
          t: 'p',
          c: ['A post says the budget doubled, and gives ', { t: 'em', c: ['no'] }, ' figure.'],
        },
      ],
      camp: 'other-topic',
    });
    // The quoted source counts as cited, so it is shipped with the app.
    expect(content?.sources.map((s) => s.id)).toContain('sample-site');
  });

  it.each([
    ['a phrase', null],
    ['One whole sentence, with a comma.', null],
    ['U.S officials said so', null],
    ['One sentence. Another.', /more than one sentence/],
    ['Really? Yes', /more than one sentence/],
    ['“quoted”', /without quotation marks/],
    [Array.from({ length: MAX_QUOTE_WORDS + 1 }, () => 'word').join(' '), /31 words long/],
  ])('judges the length of the quote %j', (quote, problem) => {
    const found = quoteProblem(quote);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toMatch(problem);
  });
});

describe('the before-and-after check', () => {
  it('is optional: a lessons/ folder without checks/ has no forms', () => {
    const { content, errors } = compileLessons(join(BASE, 'lessons'));
    expect(errors).toEqual([]);
    expect(content?.checks).toEqual([]);
  });

  it('compiles both forms, each item a single-choice question with the same two answers', () => {
    const root = withForms({ 'form-a.yaml': form('a'), 'form-b.yaml': form('b') });
    const { content, errors } = compileLessons(root);
    expect(errors.map(formatError)).toEqual([]);
    expect(content?.checks.map((f) => [f.id, f.label, f.items.length])).toEqual([
      ['form-a', 'Form A', 10],
      ['form-b', 'Form B', 10],
    ]);
    // checks/ is not a lesson.
    expect(content?.lessons.map((l) => l.id)).toEqual(['sample']);
    const first = content?.checks[0]?.items[0];
    expect(first?.pair).toBe('p0');
    expect(first?.question).toMatchObject({
      id: 'a-item-0',
      kind: 'single-choice',
      prompt: [{ t: 'p', c: ['Claim 0 holds.'] }],
      rubric: { answer: 'unsupported' },
      stimulus: { kind: 'quote', camp: 'press' },
    });
    expect(first?.question.options.map((o) => [o.id, o.stance])).toEqual([
      ['supported', 'trust'],
      ['unsupported', 'flag'],
    ]);
    const texts = content?.checks.flatMap((f) =>
      f.items.map((i) => JSON.stringify(i.question.options)),
    );
    expect(new Set(texts).size).toBe(1);
  });

  it('reports a missing form, a short or lopsided form, unpaired and mismatched items', () => {
    const short = items('a', 8);
    const lopsided = items('b').map((i) => ({ ...i, answer: 'unsupported' }));
    let root = withForms({ 'form-a.yaml': form('a') });
    expect(compileLessons(root).errors.map(formatError)).toEqual([
      'lessons/checks/form-b.yaml:1:1  (file)  file is missing',
    ]);
    cleanup?.();
    root = withForms({
      'form-a.yaml': form('a', short),
      'form-b.yaml': form('b', lopsided),
      'notes.txt': 'x',
    });
    const errors = compileLessons(root).errors.map(formatError);
    expect(errors).toContain(
      'lessons/checks/notes.txt:1:1  (file)  unexpected file in checks/; allowed: form-a.yaml, form-b.yaml',
    );
    expect(errors).toContainEqual(
      expect.stringMatching(
        /^lessons\/checks\/form-a\.yaml:2:1 {2}items {2}has 8 items: a form needs at least 10$/,
      ),
    );
    expect(errors).toContainEqual(
      expect.stringMatching(
        /^lessons\/checks\/form-b\.yaml:2:1 {2}items {2}has 0 of 10 items answered "supported"/,
      ),
    );
    expect(errors).toContainEqual(
      expect.stringMatching(
        /form-b\.yaml:\d+:\d+ {2}items\.8\.pair {2}pair "p8" has no item in lessons\/checks\/form-a\.yaml/,
      ),
    );
    expect(errors).toContainEqual(
      expect.stringMatching(
        /form-b\.yaml:\d+:\d+ {2}items\.1\.answer {2}pair "p1": answer is "unsupported" here but "supported" in lessons\/checks\/form-a\.yaml/,
      ),
    );
  });

  it('reports a pair used twice and partners that differ in camp, skill or difficulty', () => {
    const b = items('b');
    b[2] = {
      ...b[2],
      skill: 'authorship',
      difficulty: 'harder',
      text: { constructed: 'Mine.', camp: 'mek' },
    };
    b[3] = { ...b[3], pair: 'p4' };
    const root = withForms({ 'form-a.yaml': form('a'), 'form-b.yaml': form('b', b) });
    const errors = compileLessons(root).errors.map((e) => `${e.path}  ${e.message}`);
    expect(errors).toEqual(
      expect.arrayContaining([
        'items.4.pair  pair "p4" is used twice in this form',
        'items.3.pair  pair "p3" has no item in lessons/checks/form-b.yaml: every item needs a partner there',
        'items.2.skill  pair "p2": skill is "authorship" here but "counter-evidence" in lessons/checks/form-a.yaml; paired items must match',
        'items.2.text  pair "p2": camp is "mek" here but "press" in lessons/checks/form-a.yaml; paired items must match',
        'items.2.difficulty  pair "p2": difficulty is "harder" here but "easier" in lessons/checks/form-a.yaml; paired items must match',
      ]),
    );
  });

  it('counts a check item id already used by a quiz question as a duplicate', () => {
    const a = items('a');
    a[0] = { ...a[0], id: 'q-single' };
    const root = withForms({ 'form-a.yaml': form('a', a), 'form-b.yaml': form('b') });
    expect(compileLessons(root).errors.map((e) => e.message)).toContainEqual(
      expect.stringMatching(
        /^duplicate question id "q-single" \(first used at lessons\/01-sample\/quiz\.yaml:\d+\)$/,
      ),
    );
  });
});
