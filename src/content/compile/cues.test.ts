// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Question } from '../../domain/question.ts';
import {
  keyedShortest,
  chancePoints,
  contentWords,
  cueFigures,
  hedgeCount,
  isCued,
  keyedHedged,
  keyedLongest,
  strategyPoints,
} from './cues.ts';

type Choice = Extract<Question, { kind: 'single-choice' | 'multiple-choice' }>;

const base = {
  skill: 'unsupported-claims' as const,
  context: [],
  explanation: [],
  evidence: { sentences: ['s'], sources: [] },
};

/** A single-choice question; the first option listed in `key` position is the answer. */
function single(id: string, prompt: string, options: string[], key: number): Choice {
  return {
    ...base,
    id,
    kind: 'single-choice',
    prompt: [prompt],
    options: options.map((text, i) => ({ id: `o${i}`, text: [text] })),
    rubric: { answer: `o${key}` },
  };
}

function multiple(id: string, options: string[], keys: number[]): Choice {
  return {
    ...base,
    id,
    kind: 'multiple-choice',
    prompt: ['Tick all that apply.'],
    options: options.map((text, i) => ({ id: `o${i}`, text: [text] })),
    rubric: { answer: keys.map((k) => `o${k}`) },
  };
}

describe('contentWords', () => {
  it('counts different content words, not function words, filler or repeats', () => {
    expect([...contentWords('It names no expert that you could check.')].sort()).toEqual([
      'check',
      'expert',
      'name',
    ]);
    expect(
      contentWords('In fact it really, truly proves, proves, proves the claim, of course.').size,
    ).toBe(2);
    expect(contentWords('Experts and the expert').size).toBe(1);
  });
});

describe('hedgeCount', () => {
  it('counts the markers of a qualified answer', () => {
    expect(hedgeCount('It proves the claim.')).toBe(0);
    expect(hedgeCount('It may be true, but it does not show who did it on its own.')).toBe(4);
    // "weak", ", not" and "not proof": overlapping markers each count.
    expect(hedgeCount('A weak clue to a vantage point, not proof of who wrote it.')).toBe(3);
    expect(hedgeCount('It doesn’t prove anything.')).toBe(1);
    expect(hedgeCount("It doesn't prove anything.")).toBe(1);
  });
});

describe('keyedLongest', () => {
  it('flags a key that is clearly the longest', () => {
    const q = single(
      'q',
      'What does "experts agree" tell you?',
      ['It proves the claim.', 'It names no expert you could check, so it supports nothing.'],
      1,
    );
    expect(keyedLongest(q)).toBe(true);
  });

  it('does not single out options of about the same length', () => {
    const close = single(
      'q',
      'Which is right?',
      ['Named witnesses saw the fire in Tehran.', 'Named witnesses saw the fire in Isfahan.'],
      1,
    );
    expect(keyedLongest(close)).toBe(false);
    expect(keyedShortest(close)).toBe(false);
  });

  it('flags a key clearly longer on the page, even with no more content words', () => {
    const q = single(
      'q',
      'Which is right?',
      ['Named witnesses saw the fire.', 'Named witnesses, who were there, saw the fire.'],
      1,
    );
    expect(contentWords('Named witnesses, who were there, saw the fire.').size).toBe(4);
    expect(keyedLongest(q)).toBe(true);
  });

  it('still flags the key when the wrong options are padded with filler', () => {
    const key = 'It names no expert you could check.';
    const padded = [
      key,
      'In fact it really, truly and very clearly proves, proves, proves the claim, as it were, of course.',
      'Honestly, to be fair, it is basically and quite obviously just simply a lie, a lie, a lie.',
    ];
    const q = single('q', 'What does "experts agree" tell you?', padded, 0);
    // On the page the wrong options are now much longer than the key…
    expect(padded.slice(1).every((t) => t.length > 2 * key.length)).toBe(true);
    // …but they say less, so the key still stands out.
    expect(keyedLongest(q)).toBe(true);
  });

  it('flags a key padded with function words, which look long on the page', () => {
    const q = single(
      'q',
      'Who wrote it?',
      [
        'It is not the case that it is one that we have here, as it were, for them.',
        'A named analyst at the publisher wrote it.',
      ],
      0,
    );
    expect(keyedLongest(q)).toBe(true);
  });

  it('passes a key that is clearly shorter than a wrong option in substance', () => {
    const q = single(
      'q',
      'Who published the English text?',
      [
        'Geopolitika.ru.',
        'CeSEM, under the byline Pouia Tajali, in May 2025, in Italian and English.',
        'Nobody can tell.',
      ],
      0,
    );
    expect(keyedLongest(q)).toBe(false);
  });

  it('in multiple choice, flags only when every key is as long as every wrong option', () => {
    const options = [
      'A named report, with its publisher and date.',
      'A specific example, with what happened, where and when.',
      '"Reports indicate…"',
      'A confident tone, with phrases such as "in reality" or "clearly" or "beyond doubt".',
    ];
    expect(keyedLongest(multiple('m', options, [0, 1]))).toBe(false);
    expect(keyedLongest(multiple('m', options.slice(0, 3), [0, 1]))).toBe(true);
  });
});

describe('keyedShortest', () => {
  it('flags a key cut shorter than every wrong option, and sees through a padded short key', () => {
    const options = [
      'It names nobody.',
      'It proves that experts checked the claim and found it sound.',
      'It shows that several named studies reached the same conclusion.',
    ];
    expect(keyedShortest(single('q', 'What does it show?', options, 0))).toBe(true);
    const padded = [
      'Well, in fact, it really just names nobody at all, as it were, of course.',
      ...options.slice(1),
    ];
    expect(keyedShortest(single('q', 'What does it show?', padded, 0))).toBe(true);
    expect(keyedShortest(single('q', 'What does it show?', options, 1))).toBe(false);
  });
});

describe('keyedHedged', () => {
  it('flags a key strictly more hedged than every wrong option, not a tie', () => {
    const hedged = single(
      'q',
      'What follows?',
      ['It proves it.', 'It may suggest it, but does not show it.', 'It disproves it.'],
      1,
    );
    expect(keyedHedged(hedged)).toBe(true);
    const tie = single(
      'q',
      'What follows?',
      ['It may prove it.', 'It may be so.', 'It disproves it.'],
      1,
    );
    expect(keyedHedged(tie)).toBe(false);
  });
});

describe('test-wise strategies', () => {
  const cued = single(
    'q',
    'What does the sentence show?',
    ['It proves it.', 'It shows what was said, but not that it is true.', 'Nothing.'],
    1,
  );

  it('scores what each trick would earn', () => {
    expect(strategyPoints(cued, 'longest')).toBe(1);
    expect(strategyPoints(cued, 'hedged')).toBe(1);
    expect(strategyPoints(cued, 'first')).toBe(0);
    expect(strategyPoints(cued, 'shortest')).toBe(0);
  });

  it('shares ties out, as a learner guessing between them would', () => {
    const q = single('q', 'Which?', ['aaaa', 'bbbb', 'cc'], 0);
    expect(strategyPoints(q, 'longest')).toBe(0.5);
  });

  it('scores multiple choice with the app’s own partial-credit rule', () => {
    const q = multiple('m', ['long key one here', 'long key two here', 'short', 'tiny'], [0, 1]);
    expect(strategyPoints(q, 'longest')).toBe(1);
    expect(strategyPoints(q, 'shortest')).toBe(0);
    // Guessing: each of the 15 non-empty sets equally likely, scored (right − wrong) / 2, never
    // below 0: one key alone (2 sets) 0.5, both keys (1) 1, both keys and one wrong (2) 0.5.
    expect(chancePoints(q)).toBeCloseTo(3 / 15, 5);
  });

  it('gives chance as one in the number of options for single choice', () => {
    expect(chancePoints(cued)).toBeCloseTo(1 / 3);
  });
});

describe('cueFigures and isCued', () => {
  it('lists the cued questions and averages the strategies', () => {
    const plainKey = single(
      'p',
      'Which?',
      ['Geopolitika.ru.', 'CeSEM, under the byline Pouia Tajali, in Italian.'],
      0,
    );
    const f = cueFigures([cued(), plainKey]);
    expect(f.choices).toBe(2);
    expect(f.longest).toEqual(['c']);
    expect(f.hedged).toEqual(['c']);
    expect(f.scores.longest).toBe(0.5);
    expect(f.scores.chance).toBeCloseTo((1 / 3 + 1 / 2) / 2);
  });

  it('fails a quiz only when more than one in three, and at least two, are cued', () => {
    expect(isCued(1, 1)).toBe(false);
    expect(isCued(2, 6)).toBe(false);
    expect(isCued(3, 6)).toBe(true);
    expect(isCued(2, 3)).toBe(true);
  });

  function cued() {
    return single(
      'c',
      'What does the sentence show?',
      ['It proves it.', 'It shows what was said, but not that it is true.', 'Nothing.'],
      1,
    );
  }
});
