// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { orderCompiler as compiler } from './compile';
import { authoredBase, fakeCompileContext } from '../../testing/kind-compile';

const authored = (items: object[]) =>
  v.parse(compiler.schema, { kind: 'order', ...authoredBase, items });

describe('order: compile step', () => {
  it('takes the order written as the key', () => {
    const { ctx, errors } = fakeCompileContext();
    const part = compiler.compile(
      authored([
        { id: 'first', text: 'First' },
        { id: 'second', text: 'Second' },
      ]),
      ctx,
    );
    expect(errors).toEqual([]);
    expect(part).toEqual({
      kind: 'order',
      items: [
        { id: 'first', text: ['items.0.text: First'] },
        { id: 'second', text: ['items.1.text: Second'] },
      ],
      rubric: { answer: ['first', 'second'] },
    });
  });

  it('reports an item id used twice, and refuses a single item', () => {
    const { ctx, errors } = fakeCompileContext();
    compiler.compile(
      authored([
        { id: 'a', text: 'A' },
        { id: 'a', text: 'B' },
      ]),
      ctx,
    );
    expect(errors).toEqual(['items.1.id: duplicate id "a" in items']);
    expect(() => authored([{ id: 'a', text: 'A' }])).toThrow('needs at least two items');
  });
});
