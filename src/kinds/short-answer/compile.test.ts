// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { shortAnswerCompiler as compiler } from './compile';
import { authoredBase, fakeCompileContext } from '../../testing/kind-compile';

const authored = (extra: object = {}) =>
  v.parse(compiler.schema, {
    kind: 'short-answer',
    ...authoredBase,
    modelAnswer: 'A model.',
    checklist: ['Names a video.'],
    ...extra,
  });

describe('short-answer: compile step', () => {
  it('compiles the model answer and checklist; a learner must write 20 characters by default', () => {
    const { ctx } = fakeCompileContext();
    expect(compiler.compile(authored(), ctx)).toEqual({
      kind: 'short-answer',
      modelAnswer: [{ t: 'p', c: ['modelAnswer: A model.'] }],
      checklist: ['Names a video.'],
      minLength: 20,
      rubric: {},
    });
    expect(compiler.compile(authored({ minLength: 5 }), ctx).minLength).toBe(5);
  });

  it('refuses an empty checklist and a length below 1', () => {
    expect(() => authored({ checklist: [] })).toThrow('needs at least one point');
    expect(() => authored({ minLength: 0 })).toThrow('must be at least 1');
  });
});
