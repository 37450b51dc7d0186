// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { shortAnswerCompiler as compiler } from './compile';
import { authoredBase, fakeCompileContext } from '../../testing/kind-compile';

const rubric = {
  beginning: { description: 'Says it is false.', exemplar: 'It is false, there is no proof.' },
  developing: { description: 'Asks for sources.', exemplar: 'The writer should give sources.' },
  secure: { description: 'Names what is needed.', exemplar: 'Name the video, date and place.' },
};

const authored = (extra: object = {}) =>
  v.parse(compiler.schema, {
    kind: 'short-answer',
    ...authoredBase,
    modelAnswer: 'A model.',
    rubric,
    ...extra,
  });

describe('short-answer: compile step', () => {
  it('compiles the model answer and the three levels in order; 20 characters by default', () => {
    const { ctx, errors } = fakeCompileContext();
    expect(compiler.compile(authored(), ctx)).toEqual({
      kind: 'short-answer',
      modelAnswer: [{ t: 'p', c: ['modelAnswer: A model.'] }],
      levels: [
        {
          id: 'beginning',
          description: ['rubric.beginning.description: Says it is false.'],
          exemplar: [{ t: 'p', c: ['rubric.beginning.exemplar: It is false, there is no proof.'] }],
        },
        {
          id: 'developing',
          description: ['rubric.developing.description: Asks for sources.'],
          exemplar: [
            { t: 'p', c: ['rubric.developing.exemplar: The writer should give sources.'] },
          ],
        },
        {
          id: 'secure',
          description: ['rubric.secure.description: Names what is needed.'],
          exemplar: [{ t: 'p', c: ['rubric.secure.exemplar: Name the video, date and place.'] }],
        },
      ],
      minLength: 20,
      rubric: {},
    });
    expect(errors).toEqual([]);
    expect(compiler.compile(authored({ minLength: 5 }), ctx).minLength).toBe(5);
  });

  it('compiles an optional self-check', () => {
    const { ctx } = fakeCompileContext();
    expect(compiler.compile(authored({ selfCheck: 'Which words?' }), ctx).selfCheck).toEqual([
      { t: 'p', c: ['selfCheck: Which words?'] },
    ]);
  });

  it('refuses a missing level, an unknown level, a level without an exemplar, and a length below 1', () => {
    const twoLevels = { beginning: rubric.beginning, secure: rubric.secure };
    expect(() => authored({ rubric: twoLevels })).toThrow();
    expect(() => authored({ rubric: { ...rubric, mastery: rubric.secure } })).toThrow();
    expect(() => authored({ rubric: { ...rubric, secure: { description: 'x' } } })).toThrow();
    expect(() => authored({ checklist: ['The old format'] })).toThrow();
    expect(() => authored({ minLength: 0 })).toThrow('must be at least 1');
  });

  it('reports an exemplar shorter than a learner may write, and two levels with one exemplar', () => {
    const { ctx, errors } = fakeCompileContext();
    compiler.compile(
      authored({
        minLength: 31,
        rubric: {
          ...rubric,
          developing: { ...rubric.developing, exemplar: 'The writer must give sources.' },
          secure: { ...rubric.secure, exemplar: rubric.beginning.exemplar },
        },
      }),
      ctx,
    );
    expect(errors).toEqual([
      'rubric.developing.exemplar: is shorter than the 31 characters a learner must write',
      'rubric.secure.exemplar: is the same as the beginning exemplar',
    ]);
  });
});
