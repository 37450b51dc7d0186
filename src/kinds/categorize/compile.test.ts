// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { categorizeCompiler as compiler } from './compile';
import { authoredBase, fakeCompileContext } from '../../testing/kind-compile';

const authored = (extra: object = {}) =>
  v.parse(compiler.schema, {
    kind: 'categorize',
    ...authoredBase,
    labels: [
      { id: 'yes', text: 'Supported', stance: 'trust' },
      { id: 'no', text: 'Not supported' },
    ],
    items: [
      { id: 'i1', sentence: 's2', answer: 'no', feedback: 'Why.' },
      { id: 'i2', text: 'A claim', answer: 'yes' },
    ],
    ...extra,
  });

function compile(extra: object = {}) {
  const { ctx, errors, sentences } = fakeCompileContext();
  return { part: compiler.compile(authored(extra), ctx), errors, sentences };
}

describe('categorize: compile step', () => {
  it('compiles labels and items (text or an article sentence) and the key', () => {
    const { part, errors, sentences } = compile();
    expect(errors).toEqual([]);
    expect(part).toEqual({
      kind: 'categorize',
      labels: [
        { id: 'yes', text: 'Supported', stance: 'trust' },
        { id: 'no', text: 'Not supported' },
      ],
      items: [
        {
          id: 'i1',
          text: [],
          sentence: 's2',
          feedback: [{ t: 'p', c: ['items.0.feedback: Why.'] }],
        },
        { id: 'i2', text: ['items.1.text: A claim'] },
      ],
      rubric: { answer: { i1: 'no', i2: 'yes' } },
    });
    expect(sentences).toEqual(['items.0.sentence: s2']);
  });

  it('reports unknown labels, items with both or neither text and sentence, and repeated ids', () => {
    const { errors } = compile({
      labels: [
        { id: 'yes', text: 'Yes' },
        { id: 'yes', text: 'Yes again' },
      ],
      items: [
        { id: 'i1', text: 'T', sentence: 's1', answer: 'maybe' },
        { id: 'i1', answer: 'yes' },
      ],
    });
    expect(errors).toEqual([
      'labels.1.id: duplicate id "yes" in labels',
      'items.1.id: duplicate id "i1" in items',
      'items.0.answer: names "maybe", which is not one of the labels',
      'items.0: give either "text" or "sentence" (an article sentence id), not both',
      'items.1: give either "text" or "sentence" (an article sentence id), not both',
    ]);
  });

  it('refuses fewer than two labels or no items', () => {
    expect(() => authored({ labels: [{ id: 'yes', text: 'Yes' }] })).toThrow(
      'needs at least two labels',
    );
    expect(() => authored({ items: [] })).toThrow('needs at least one item');
  });
});
