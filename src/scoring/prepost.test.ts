// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkFigures, classChange, type CheckFigures } from './prepost';
import { fakeChecks } from '../testing/content';

const [formA] = fakeChecks();
const say = (choice: 'supported' | 'unsupported') => ({
  input: { kind: 'single-choice' as const, choice },
});

describe('checkFigures: hits, false alarms and discernment', () => {
  it('counts flagged weak claims as hits and doubted supported claims as false alarms', () => {
    // a-one, a-two are unsupported; a-three, a-four supported.
    const figures = checkFigures(formA!, {
      'a-one': say('unsupported'),
      'a-two': say('supported'),
      'a-three': say('unsupported'),
      'a-four': say('supported'),
    });
    expect(figures).toEqual({
      flagItems: 2,
      flagged: 1,
      trustItems: 2,
      wronglyFlagged: 1,
      hitRate: 0.5,
      falseAlarmRate: 0.5,
      index: 0,
      answered: 4,
      items: 4,
    });
  });

  it('gives doubting everything no credit: every hit is matched by a false alarm', () => {
    const all = (c: 'supported' | 'unsupported') =>
      Object.fromEntries(['a-one', 'a-two', 'a-three', 'a-four'].map((id) => [id, say(c)]));
    expect(checkFigures(formA!, all('unsupported'))).toMatchObject({
      hitRate: 1,
      falseAlarmRate: 1,
      index: 0,
    });
    expect(checkFigures(formA!, all('supported'))).toMatchObject({
      hitRate: 0,
      falseAlarmRate: 0,
      index: 0,
    });
  });

  it('scores telling every item apart as 1, and the reverse as −1', () => {
    const right = {
      'a-one': say('unsupported'),
      'a-two': say('unsupported'),
      'a-three': say('supported'),
      'a-four': say('supported'),
    };
    const wrong = {
      'a-one': say('supported'),
      'a-two': say('supported'),
      'a-three': say('unsupported'),
      'a-four': say('unsupported'),
    };
    expect(checkFigures(formA!, right).index).toBe(1);
    expect(checkFigures(formA!, wrong).index).toBe(-1);
  });

  it('counts an unanswered item as no flag, and says how many were answered', () => {
    expect(checkFigures(formA!, { 'a-one': say('unsupported') })).toMatchObject({
      flagged: 1,
      wronglyFlagged: 0,
      hitRate: 0.5,
      answered: 1,
      items: 4,
    });
  });
});

describe('classChange', () => {
  const fig = (hitRate: number, falseAlarmRate: number): CheckFigures => ({
    flagItems: 4,
    flagged: hitRate * 4,
    trustItems: 4,
    wronglyFlagged: falseAlarmRate * 4,
    hitRate,
    falseAlarmRate,
    index: hitRate - falseAlarmRate,
    answered: 8,
    items: 8,
  });

  it('rests only on learners with both figures, each counted once', () => {
    const change = classChange([
      { before: fig(0.5, 0.5), after: fig(1, 0.25) },
      { before: fig(0.25, 0), after: fig(0.75, 0.25) },
      { before: fig(0, 0), after: null },
      { before: null, after: fig(1, 0) },
    ]);
    expect(change.n).toBe(2);
    expect(change.before).toEqual({ hitRate: 0.375, falseAlarmRate: 0.25, index: 0.125 });
    expect(change.after).toEqual({ hitRate: 0.875, falseAlarmRate: 0.25, index: 0.625 });
    expect(change.change).toBeCloseTo(0.5);
  });

  it('has no change when nobody has both', () => {
    expect(classChange([{ before: fig(1, 0), after: null }])).toEqual({
      n: 0,
      before: null,
      after: null,
      change: null,
    });
  });
});
