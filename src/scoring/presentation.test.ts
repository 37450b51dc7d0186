import { describe, expect, it } from 'vitest';
import { q } from '../testing/questions';
import { keyEntry, newWorksheetVersion, optionOrder, worksheetVersion } from './presentation';

describe('optionOrder', () => {
  const question = q.single();
  const ids = question.options.map((o) => o.id);

  it('is a permutation of the options, the same for the same seed', () => {
    const order = optionOrder(question, 4821);
    expect([...order].sort()).toEqual([...ids].sort());
    expect(optionOrder(question, 4821)).toEqual(order);
  });

  it('differs between seeds (not the authored order every time)', () => {
    const orders = new Set(
      Array.from({ length: 20 }, (_, seed) => optionOrder(question, seed + 1).join()),
    );
    expect(orders.size).toBeGreaterThan(1);
    expect([...orders].some((o) => o !== ids.join())).toBe(true);
  });
});

describe('keyEntry', () => {
  it("letters the key by its place in that version's order", () => {
    const question = q.single();
    for (const seed of [1, 2, 3, 4821]) {
      const letter = String.fromCharCode(65 + optionOrder(question, seed).indexOf('a'));
      expect(keyEntry(question, seed)).toBe(letter);
    }
  });
});

describe('worksheetVersion', () => {
  it.each([
    ['42', 42],
    [' 7 ', 7],
    ['99999', 99_999],
    ['1', 1],
  ])('reads %j as %i', (param, version) => {
    expect(worksheetVersion(param)).toBe(version);
  });

  it.each([null, '', '0', '100000', 'abc', '-3', '4.5'])('falls back to 1 for %j', (param) => {
    expect(worksheetVersion(param)).toBe(1);
  });
});

describe('newWorksheetVersion', () => {
  it('stays within 1000–9999', () => {
    expect(newWorksheetVersion(0)).toBe(1000);
    expect(newWorksheetVersion(8999)).toBe(9999);
    expect(newWorksheetVersion(9000)).toBe(1000);
  });
});
