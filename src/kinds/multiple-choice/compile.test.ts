// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { multipleChoiceCompiler as compiler } from './compile';
import { authoredBase, fakeCompileContext } from '../../testing/kind-compile';

const authored = (extra: object = {}) =>
  v.parse(compiler.schema, {
    kind: 'multiple-choice',
    ...authoredBase,
    selecting: 'trust',
    options: [
      { id: 'a', text: 'A', stance: 'trust' },
      { id: 'b', text: 'B', stance: 'flag' },
      { id: 'c', text: 'C' },
    ],
    answer: ['a'],
    ...extra,
  });

function compile(extra: object = {}) {
  const { ctx, errors } = fakeCompileContext();
  return { part: compiler.compile(authored(extra), ctx), errors };
}

describe('multiple-choice: compile step', () => {
  it('compiles the options, what ticking means, and the key', () => {
    const { part, errors } = compile();
    expect(errors).toEqual([]);
    expect(part).toEqual({
      kind: 'multiple-choice',
      options: [
        { id: 'a', text: ['options.0.text: A'], stance: 'trust' },
        { id: 'b', text: ['options.1.text: B'], stance: 'flag' },
        { id: 'c', text: ['options.2.text: C'] },
      ],
      selecting: 'trust',
      rubric: { answer: ['a'] },
    });
    expect(
      compile({
        selecting: undefined,
        options: [
          { id: 'a', text: 'A' },
          { id: 'b', text: 'B' },
        ],
      }).part,
    ).not.toHaveProperty('selecting');
  });

  it('reports answers that are not options, and option ids used twice', () => {
    const { errors } = compile({
      options: [
        { id: 'a', text: 'A' },
        { id: 'a', text: 'A again' },
      ],
      answer: ['a', 'z'],
    });
    expect(errors).toEqual([
      'options.1.id: duplicate id "a" in options',
      'answer.1: names "z", which is not one of the options',
    ]);
  });

  it('reports a stance that disagrees with the key, whichever way', () => {
    // Ticking means "trust": a "trust" option must be in the key, a "flag" one must not.
    expect(compile({ answer: ['b'] }).errors).toEqual([
      'options.0.stance: "trust" disagrees with the answer key: ticking means "trust", and this option is not in the answer',
      'options.1.stance: "flag" disagrees with the answer key: ticking means "trust", and this option is in the answer',
    ]);
    expect(compile({ selecting: 'flag', answer: ['b'] }).errors).toEqual([]);
    expect(compile({ selecting: 'flag', answer: ['a'] }).errors).toHaveLength(2);
  });

  it('reports stances without `selecting`, which they need to mean anything', () => {
    expect(compile({ selecting: undefined }).errors).toEqual([
      'options.0.stance: needs "selecting" on the question, to say what ticking an option means',
      'options.1.stance: needs "selecting" on the question, to say what ticking an option means',
    ]);
  });

  it('refuses an empty key', () => {
    expect(() => authored({ answer: [] })).toThrow('names at least one correct option');
  });
});
