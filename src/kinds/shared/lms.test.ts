// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  nameIn,
  packIdsIn,
  packIndexes,
  responseList,
  responsePairs,
  responseSet,
  responseText,
  unpackIdsIn,
  unpackIndexes,
} from './lms';

describe('packing answers for suspend_data', () => {
  it('packs indexes as characters while they fit, as numbers beyond', () => {
    expect(packIndexes([0, 9, 10, 35, -1])).toBe('09az.');
    expect(packIndexes([36, 1])).toEqual([36, 1]);
    expect(packIndexes([-2])).toEqual([-2]);
    expect(packIndexes([0.5])).toEqual([0.5]);
    expect(packIndexes([])).toBe('');
    expect(unpackIndexes('09az.')).toEqual([0, 9, 10, 35, -1]);
    expect(unpackIndexes([36, 1])).toEqual([36, 1]);
    expect(unpackIndexes([-1])).toEqual([-1]);
  });

  it('unpacks nothing that is not a packed list of indexes', () => {
    for (const packed of [[1.5], [-2], ['1'], {}, 'A', '0-', null, 3]) {
      expect(unpackIndexes(packed)).toBeUndefined();
    }
  });

  it('packs ids as their positions, and back; an id or position outside the space is refused', () => {
    const space = ['a', 'b', 'c'];
    expect(packIdsIn(['c', 'a'], space)).toBe('20');
    expect(packIdsIn(['c', 'x'], space)).toBeUndefined();
    expect(unpackIdsIn('20', space)).toEqual(['c', 'a']);
    expect(unpackIdsIn('3', space)).toBeUndefined();
    expect(unpackIdsIn('.', space)).toBeUndefined();
    expect(unpackIdsIn('?', space)).toBeUndefined();
  });
});

describe('SCORM responses', () => {
  const space = ['w', 'x', 'y'];

  it('names an id by its letter in 1.2 and by itself in 2004; an unknown id as itself', () => {
    expect(nameIn('x', space, '1.2')).toBe('b');
    expect(nameIn('x', space, '2004')).toBe('x');
    expect(nameIn('q', space, '1.2')).toBe('q');
  });

  it('writes a list in the order given and a set in the question’s order', () => {
    expect(responseList(['y', 'w'], space, '1.2')).toBe('c,a');
    expect(responseList(['y', 'w'], space, '2004')).toBe('y[,]w');
    expect(responseSet(['y', 'w'], space, '1.2')).toBe('a,c');
    expect(responseSet(['y', 'w'], space, '2004')).toBe('w[,]y');
  });

  it('writes pairs with each version’s separators', () => {
    const pairs: [string, string][] = [
      ['x', 'l2'],
      ['w', 'l1'],
    ];
    expect(responsePairs(pairs, space, ['l1', 'l2'], '1.2')).toBe('b.b,a.a');
    expect(responsePairs(pairs, space, ['l1', 'l2'], '2004')).toBe('x[.]l2[,]w[.]l1');
  });

  it('writes a text on one line, cut to the version’s length', () => {
    expect(responseText(' a\n\tb  c ', '1.2')).toBe('a b c');
    expect(responseText('x'.repeat(300), '1.2')).toHaveLength(255);
    expect(responseText('x'.repeat(5000), '2004')).toHaveLength(4000);
    expect(responseText('{x}', '2004')).toBe(' {x}');
    expect(responseText('{x}', '1.2')).toBe('{x}');
  });
});
