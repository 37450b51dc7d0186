// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { tagSentencesLogic as logic } from './logic';
import { q } from '../../testing/questions';
import { scoreTable } from '../../testing/scoring';
import { lmsCase } from '../../testing/lms';

describe('tag-sentences: same rule as multiple-choice; tagging nothing is an answer', () => {
  scoreTable(q.tags(), [
    ['right', { kind: 'tag-sentences', sentences: ['s3', 's1'] }, { points: 1, status: 'correct' }],
    ['half', { kind: 'tag-sentences', sentences: ['s1'] }, { points: 0.5, status: 'partial' }],
    [
      'both right plus one wrong',
      { kind: 'tag-sentences', sentences: ['s1', 's3', 's2'] },
      { points: 0.5, status: 'partial' },
    ],
    [
      'tag everything',
      { kind: 'tag-sentences', sentences: ['s1', 's2', 's3', 's4'] },
      { points: 0, status: 'incorrect' },
    ],
    ['tag nothing', { kind: 'tag-sentences', sentences: [] }, { points: 0, status: 'incorrect' }],
    [
      'a sentence not offered',
      { kind: 'tag-sentences', sentences: ['s9'] },
      { code: 'unknown-choice' },
    ],
    ['duplicate', { kind: 'tag-sentences', sentences: ['s1', 's1'] }, { code: 'duplicate' }],
  ]);
  scoreTable(q.tags({ id: 'none-apply', rubric: { answer: [] } }), [
    [
      'nothing applies and nothing tagged',
      { kind: 'tag-sentences', sentences: [] },
      { points: 1, status: 'correct' },
    ],
    [
      'nothing applies but one tagged',
      { kind: 'tag-sentences', sentences: ['s2'] },
      { points: 0, status: 'incorrect' },
    ],
  ]);
});

describe('tag-sentences: judgements', () => {
  it('only sentences with a stance are judged; tagging means `selecting`', () => {
    const question = q.tags();
    const judge = (sentences: string[] | null) =>
      logic.judgements(
        question,
        question.rubric,
        sentences && { kind: 'tag-sentences', sentences },
      );
    expect(judge(['s1', 's2'])).toEqual([
      { id: 'tags/s1', truth: 'flag', response: 'flag' },
      { id: 'tags/s2', truth: 'trust', response: 'flag' },
      { id: 'tags/s3', truth: 'flag', response: 'trust' },
    ]);
    expect(judge(null).map((j) => j.response)).toEqual([null, null, null]);
  });

  it('makes no judgement without `selecting`', () => {
    const { selecting: _unused, ...question } = q.tags();
    void _unused;
    expect(
      logic.judgements(question, question.rubric, { kind: 'tag-sentences', sentences: ['s1'] }),
    ).toEqual([]);
  });
});

describe('tag-sentences: presentation and saved answers', () => {
  it('lists the rich text of its feedback', () => {
    expect(logic.richText(q.tags())).toEqual([['Named source.']]);
  });

  it('quotes every candidate sentence in full', () => {
    const question = q.tags();
    expect(logic.quotedSentences(question)).toEqual(question.candidates);
  });

  it('keeps the sentences in article order (never shuffled) and starts with none tagged', () => {
    const question = q.tags();
    expect(logic.presentationOrder(question, (ids) => [...ids].reverse())).toEqual([
      's1',
      's2',
      's3',
      's4',
    ]);
    expect(logic.emptyInput(question, [])).toEqual({ kind: 'tag-sentences', sentences: [] });
  });

  it('accepts a saved list of sentence ids and nothing else', () => {
    expect(v.is(logic.inputSchema, { kind: 'tag-sentences', sentences: [] })).toBe(true);
    expect(v.is(logic.inputSchema, { kind: 'tag-sentences', sentences: [1] })).toBe(false);
  });
});

describe('tag-sentences: for an LMS', () => {
  lmsCase(
    'tagged sentences',
    q.tags(),
    { kind: 'tag-sentences', sentences: ['s3', 's1'] },
    {
      type: { '1.2': 'choice', '2004': 'choice' },
      response: { '1.2': 'a,c', '2004': 's1[,]s3' },
      correct: { '1.2': 'a,c', '2004': 's1[,]s3' },
    },
  );

  it('refers to the candidates by position, and packs nothing it does not offer', () => {
    const question = q.tags();
    expect(logic.lms.shape(question)).toEqual(['s1', 's2', 's3', 's4']);
    expect(logic.lms.pack(question, { kind: 'tag-sentences', sentences: ['s9'] })).toBe(undefined);
    expect(logic.lms.unpack(question, '4')).toBeUndefined();
  });
});

describe('tag-sentences: hint and printed key', () => {
  const question = q.tags();
  const hint = (sentences: string[]) =>
    logic.retryHint(
      question,
      logic.score(question, question.rubric, { kind: 'tag-sentences', sentences }),
    );
  it('says when nothing was tagged, and how many fit, without saying which', () => {
    expect(hint([])).toBe('You tagged nothing, but 2 sentences fit.');
    expect(hint([]).includes('s1')).toBe(false);
  });
  it('counts what is missing and what should not be tagged', () => {
    expect(hint(['s1', 's2'])).toBe(
      '1 of the 2 right sentences is still missing. 1 you tagged should not be (marked ✗).',
    );
  });
  it('prints the key’s letters (sentences stay in article order)', () => {
    const order = logic.presentationOrder(question, (ids) => [...ids].reverse());
    expect(order).toEqual(question.candidates);
    expect(logic.keyEntry(question, question.rubric, order)).toBe('A, C');
  });
});
