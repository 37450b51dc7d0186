// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { tagSentencesCompiler as compiler } from './compile';
import { authoredBase, fakeCompileContext } from '../../testing/kind-compile';

const authored = (extra: object = {}) =>
  v.parse(compiler.schema, {
    kind: 'tag-sentences',
    ...authoredBase,
    category: 'vague attribution',
    candidates: ['s3', 's1', 's2'],
    answer: ['s1'],
    selecting: 'flag',
    ...extra,
  });

function compile(extra: object = {}) {
  const { ctx, errors, sentences } = fakeCompileContext();
  return { part: compiler.compile(authored(extra), ctx), errors, sentences };
}

describe('tag-sentences: compile step', () => {
  it('puts the candidates in article order and makes the answer sentences judgement items', () => {
    const { part, errors, sentences } = compile({
      feedback: { s2: 'Named.' },
      stances: { s2: 'trust' },
    });
    expect(errors).toEqual([]);
    expect(part).toEqual({
      kind: 'tag-sentences',
      category: 'vague attribution',
      candidates: ['s1', 's2', 's3'],
      feedback: { s2: [{ t: 'p', c: ['feedback.s2: Named.'] }] },
      selecting: 'flag',
      stances: { s1: 'flag', s2: 'trust' },
      rubric: { answer: ['s1'] },
    });
    // Each candidate is checked against the article once everything is loaded.
    expect(sentences).toEqual(['candidates.0: s3', 'candidates.1: s1', 'candidates.2: s2']);
  });

  it('offers the whole article when no candidates are given', () => {
    const { part, sentences } = compile({ candidates: undefined });
    expect(part.candidates).toEqual(['s1', 's2', 's3', 's4']);
    expect(sentences).toEqual([]);
  });

  it('without `selecting`, has no judgement items', () => {
    const { part } = compile({ selecting: undefined });
    expect(part.stances).toStrictEqual({});
    expect(part).not.toHaveProperty('selecting');
  });

  it('reports answers that are not sentences or not candidates, and feedback on others', () => {
    const { errors } = compile({ answer: ['s1', 's4', 'nope'], feedback: { s4: 'Why.' } });
    expect(errors).toEqual([
      `answer.1: "s4" is not among this question's candidates`,
      'answer.2: "nope" is not a sentence of the article',
      `feedback.s4: "s4" is not among this question's candidates`,
    ]);
  });

  it('reports a stance that disagrees with the key, names no candidate, or lacks `selecting`', () => {
    // Tagging means "flag": an answer sentence cannot be "trust", another cannot be "flag".
    expect(compile({ stances: { s1: 'trust', s2: 'flag', s4: 'trust' } }).errors).toEqual([
      'stances.s1: "trust" disagrees with the answer key: tagging means "flag"',
      'stances.s2: "flag" disagrees with the answer key: tagging means "flag"',
      `stances.s4: "s4" is not among this question's candidates`,
    ]);
    expect(compile({ selecting: undefined, stances: { s2: 'trust' } }).errors).toEqual([
      'stances: needs "selecting" on the question, to say what tagging means',
    ]);
  });
});
