// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { singleChoiceCompiler as compiler } from './compile';
import { authoredBase, fakeCompileContext } from '../../testing/kind-compile';

const authored = (extra: object = {}) =>
  v.parse(compiler.schema, {
    kind: 'single-choice',
    ...authoredBase,
    options: [
      { id: 'a', text: 'A', stance: 'flag', feedback: 'Why A' },
      { id: 'b', text: 'B' },
    ],
    answer: 'a',
    ...extra,
  });

describe('single-choice: compile step', () => {
  it('compiles the options and the key', () => {
    const { ctx, errors } = fakeCompileContext();
    expect(compiler.compile(authored(), ctx)).toEqual({
      kind: 'single-choice',
      options: [
        {
          id: 'a',
          text: ['options.0.text: A'],
          feedback: [{ t: 'p', c: ['options.0.feedback: Why A'] }],
          stance: 'flag',
        },
        { id: 'b', text: ['options.1.text: B'] },
      ],
      rubric: { answer: 'a' },
    });
    expect(errors).toEqual([]);
  });

  it('reports an answer that is not an option, and an option id used twice', () => {
    const { ctx, errors } = fakeCompileContext();
    compiler.compile(
      authored({
        options: [
          { id: 'a', text: 'A' },
          { id: 'a', text: 'A again' },
        ],
        answer: 'z',
      }),
      ctx,
    );
    expect(errors).toEqual([
      'options.1.id: duplicate id "a" in options',
      'answer: names "z", which is not one of the options',
    ]);
  });

  it('refuses a question with one option', () => {
    expect(() => authored({ options: [{ id: 'a', text: 'A' }] })).toThrow(
      'needs at least two options',
    );
  });
});
