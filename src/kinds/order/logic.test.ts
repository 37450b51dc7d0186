// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { orderLogic as logic } from './logic';
import { q } from '../../testing/questions';
import { scoreTable } from '../../testing/scoring';

describe('order: pairs in the right relative order / all pairs', () => {
  scoreTable(q.order(), [
    ['right', { kind: 'order', order: ['w', 'x', 'y', 'z'] }, { points: 1, status: 'correct' }],
    [
      'two neighbours swapped',
      { kind: 'order', order: ['x', 'w', 'y', 'z'] },
      { points: 5 / 6, status: 'partial' },
    ],
    [
      'last moved to first',
      { kind: 'order', order: ['z', 'w', 'x', 'y'] },
      { points: 3 / 6, status: 'partial' },
    ],
    [
      'reversed',
      { kind: 'order', order: ['z', 'y', 'x', 'w'] },
      { points: 0, status: 'incorrect' },
    ],
    ['an item missing', { kind: 'order', order: ['w', 'x', 'y'] }, { code: 'not-a-permutation' }],
    [
      'an item twice',
      { kind: 'order', order: ['w', 'x', 'y', 'y'] },
      { code: 'not-a-permutation' },
    ],
    [
      'an unknown item',
      { kind: 'order', order: ['w', 'x', 'y', 'q'] },
      { code: 'not-a-permutation' },
    ],
    [
      'every item, and one again',
      { kind: 'order', order: ['w', 'x', 'y', 'z', 'z'] },
      { code: 'not-a-permutation' },
    ],
    [
      'an extra item',
      { kind: 'order', order: ['w', 'x', 'y', 'z', 'q'] },
      { code: 'not-a-permutation' },
    ],
  ]);

  it('marks each position: where the item is, where it belongs', () => {
    const question = q.order();
    const scored = logic.score(question, question.rubric, {
      kind: 'order',
      order: ['x', 'w', 'y', 'z'],
    });
    expect(scored.items).toEqual([
      { id: 'x', chosen: 0, expected: 1, ok: false },
      { id: 'w', chosen: 1, expected: 0, ok: false },
      { id: 'y', chosen: 2, expected: 2, ok: true },
      { id: 'z', chosen: 3, expected: 3, ok: true },
    ]);
  });

  it('a single item is always in order', () => {
    const one = q.order({ items: [{ id: 'w', text: ['Only'] }], rubric: { answer: ['w'] } });
    expect(logic.score(one, one.rubric, { kind: 'order', order: ['w'] }).points).toBe(1);
  });

  it('makes no judgements', () => {
    const question = q.order();
    expect(logic.judgements(question, question.rubric, null)).toEqual([]);
  });
});

describe('order: presentation and saved answers', () => {
  const question = q.order();
  it('lists the rich text of its items', () => {
    expect(logic.richText(question)).toEqual([['First'], ['Second'], ['Third'], ['Fourth']]);
  });

  it('starts from the seeded shuffle, which becomes the first answer', () => {
    const order = logic.presentationOrder(question, (ids) => [...ids].reverse());
    expect(order).toEqual(['z', 'y', 'x', 'w']);
    expect(logic.emptyInput(question, order)).toEqual({ kind: 'order', order });
  });

  it('never starts in the right order: a shuffle that changed nothing is rotated', () => {
    expect(logic.presentationOrder(question, (ids) => [...ids])).toEqual(['x', 'y', 'z', 'w']);
    // Partly right is fine: only a start that is wholly right gives the answer away.
    const swapFirstTwo = (ids: readonly string[]) => [ids[1] ?? '', ids[0] ?? '', ...ids.slice(2)];
    expect(logic.presentationOrder(question, swapFirstTwo)).toEqual(['x', 'w', 'y', 'z']);
    const one = q.order({ items: [{ id: 'w', text: ['Only'] }] });
    expect(logic.presentationOrder(one, (ids) => [...ids])).toEqual(['w']);
  });

  it('accepts a saved list of ids and nothing else', () => {
    expect(v.is(logic.inputSchema, { kind: 'order', order: ['w', 'x'] })).toBe(true);
    expect(v.is(logic.inputSchema, { kind: 'order', order: {} })).toBe(false);
  });
});

describe('order: hint and printed key', () => {
  const question = q.order();
  it('counts the items out of place', () => {
    const score = logic.score(question, question.rubric, {
      kind: 'order',
      order: ['x', 'w', 'y', 'z'],
    });
    expect(logic.retryHint(question, score)).toBe(
      '2 of the 4 items are not in the right place yet (marked ✗).',
    );
  });
  it('prints, for each printed letter, its place in the right order', () => {
    // Printed as A = z, B = w, C = y, D = x; the right order is w, x, y, z.
    expect(logic.keyEntry(question, question.rubric, ['z', 'w', 'y', 'x'])).toBe(
      'A\u00a04, B\u00a01, C\u00a03, D\u00a02',
    );
  });
});
