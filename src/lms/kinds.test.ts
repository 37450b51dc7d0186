import { describe, expect, it } from 'vitest';
import type { Input, Question } from '../domain/question';
import { QUESTION_KINDS } from '../kinds/registry';
import { q } from '../testing/questions';
import {
  correctResponse,
  INTERACTION_TYPES,
  learnerResponse,
  packIndexes,
  packInput,
  unpackIndexes,
  unpackInput,
} from './kinds';

/** SCORM's vocabularies (1.2 RTE 3.4.4 cmi.interactions.n.type; 2004 RTE 4.2.9.2). */
const VOCABULARY = {
  '1.2': [
    'true-false',
    'choice',
    'fill-in',
    'matching',
    'performance',
    'sequencing',
    'likert',
    'numeric',
  ],
  '2004': [
    'true-false',
    'choice',
    'fill-in',
    'long-fill-in',
    'matching',
    'performance',
    'sequencing',
    'likert',
    'numeric',
    'other',
  ],
};

// One question and one answer of every kind, with what each version must receive.
const cases: {
  question: Question;
  input: Input;
  type: Record<'1.2' | '2004', string>;
  response: Record<'1.2' | '2004', string>;
  correct: Record<'1.2' | '2004', string | undefined>;
}[] = [
  {
    question: q.single(),
    input: { kind: 'single-choice', choice: 'b' },
    type: { '1.2': 'choice', '2004': 'choice' },
    response: { '1.2': 'b', '2004': 'b' },
    correct: { '1.2': 'a', '2004': 'a' },
  },
  {
    // Ticked in another order: a set is written in the question's order.
    question: q.multiple({
      options: ['x1', 'x2', 'x3', 'x4'].map((id) => ({ id, text: [id] })),
      rubric: { answer: ['x1', 'x2'] },
    }),
    input: { kind: 'multiple-choice', choices: ['x4', 'x2'] },
    type: { '1.2': 'choice', '2004': 'choice' },
    response: { '1.2': 'b,d', '2004': 'x2[,]x4' },
    correct: { '1.2': 'a,b', '2004': 'x1[,]x2' },
  },
  {
    question: q.tags(),
    input: { kind: 'tag-sentences', sentences: ['s3', 's1'] },
    type: { '1.2': 'choice', '2004': 'choice' },
    response: { '1.2': 'a,c', '2004': 's1[,]s3' },
    correct: { '1.2': 'a,c', '2004': 's1[,]s3' },
  },
  {
    question: q.categorize(),
    input: {
      kind: 'categorize',
      labels: { i1: 'supported', i2: 'other', i3: 'unsupported', i4: 'other' },
    },
    type: { '1.2': 'matching', '2004': 'matching' },
    response: {
      '1.2': 'a.a,b.c,c.b,d.c',
      '2004': 'i1[.]supported[,]i2[.]other[,]i3[.]unsupported[,]i4[.]other',
    },
    correct: {
      '1.2': 'a.a,b.b,c.b,d.c',
      '2004': 'i1[.]supported[,]i2[.]unsupported[,]i3[.]unsupported[,]i4[.]other',
    },
  },
  {
    // A sequence keeps the learner's order.
    question: q.order(),
    input: { kind: 'order', order: ['x', 'w', 'z', 'y'] },
    type: { '1.2': 'sequencing', '2004': 'sequencing' },
    response: { '1.2': 'b,a,d,c', '2004': 'x[,]w[,]z[,]y' },
    correct: { '1.2': 'a,b,c,d', '2004': 'w[,]x[,]y[,]z' },
  },
  {
    question: q.short(),
    input: { kind: 'short-answer', text: '  I would look\nfor the   original. ', ticked: [0, 2] },
    type: { '1.2': 'fill-in', '2004': 'long-fill-in' },
    response: { '1.2': 'I would look for the original.', '2004': 'I would look for the original.' },
    correct: { '1.2': undefined, '2004': undefined },
  },
];

describe('interactions per question kind', () => {
  it('covers every kind, with types from each version’s vocabulary', () => {
    expect(cases.map((c) => c.question.kind).sort()).toEqual([...QUESTION_KINDS].sort());
    for (const kind of QUESTION_KINDS) {
      expect(VOCABULARY['1.2']).toContain(INTERACTION_TYPES[kind]['1.2']);
      expect(VOCABULARY['2004']).toContain(INTERACTION_TYPES[kind]['2004']);
    }
  });

  describe.each(cases)('$question.kind', ({ question, input, type, response, correct }) => {
    it.each(['1.2', '2004'] as const)('SCORM %s: type, learner response, correct response', (v) => {
      expect(INTERACTION_TYPES[question.kind][v]).toBe(type[v]);
      expect(learnerResponse(question, input, v)).toBe(response[v]);
      expect(correctResponse(question, v)).toBe(correct[v]);
    });

    it('packs the answer into a few characters and back', () => {
      const packed = packInput(question, input);
      expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(input).length);
      expect(unpackInput(question, JSON.parse(JSON.stringify(packed)))).toEqual(input);
    });
  });

  it('cuts a written answer to 255 characters for SCORM 1.2 and 4,000 for 2004', () => {
    const long: Input = { kind: 'short-answer', text: 'word '.repeat(1000), ticked: [] };
    expect(learnerResponse(q.short(), long, '1.2')).toHaveLength(255);
    expect(learnerResponse(q.short(), long, '2004')).toHaveLength(4000);
  });

  it('keeps a 2004 written answer that starts with "{" from reading as a language tag', () => {
    const input: Input = { kind: 'short-answer', text: '{lang=xx} is not my language', ticked: [] };
    expect(learnerResponse(q.short(), input, '2004')).toBe(' {lang=xx} is not my language');
  });

  it('names options beyond 36 by id in SCORM 1.2 (single characters run out)', () => {
    const options = Array.from({ length: 40 }, (_, i) => ({ id: `o${i}`, text: [`${i}`] }));
    const question = q.single({ options, rubric: { answer: 'o38' } });
    expect(learnerResponse(question, { kind: 'single-choice', choice: 'o35' }, '1.2')).toBe('9');
    expect(correctResponse(question, '1.2')).toBe('o38');
  });

  it('does not pack an answer naming something the question does not have', () => {
    expect(packInput(q.single(), { kind: 'single-choice', choice: 'zz' })).toBeUndefined();
    expect(packInput(q.order(), { kind: 'order', order: ['w', 'nope'] })).toBeUndefined();
    expect(packInput(q.single(), { kind: 'order', order: [] })).toBeUndefined();
    expect(unpackInput(q.single(), 7)).toBeUndefined();
    expect(unpackInput(q.order(), 'A!')).toBeUndefined();
  });

  it('packs indexes as characters while they fit, as numbers beyond', () => {
    expect(packIndexes([0, 9, 10, 35, -1])).toBe('09az.');
    expect(packIndexes([36, 1])).toEqual([36, 1]);
    expect(unpackIndexes('09az.')).toEqual([0, 9, 10, 35, -1]);
    expect(unpackIndexes([36, 1])).toEqual([36, 1]);
    expect(unpackIndexes([1.5])).toBeUndefined();
    expect(unpackIndexes({})).toBeUndefined();
  });
});
