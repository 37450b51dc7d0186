// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { levelForShare, upgradeTickedShortAnswers } from './legacy';

const ticked = (ticks: number[], text = 'My answer.') => ({
  kind: 'short-answer',
  text,
  ticked: ticks,
});
const placed = (level: string | null, text = 'My answer.') => ({
  kind: 'short-answer',
  text,
  level,
});

describe('upgrading ticked short answers to rubric levels', () => {
  it('places a share of the points ticked at a level, rounding down', () => {
    expect([1, 0.999, 0.75, 0.5, 0.499, 0.25, 0].map(levelForShare)).toEqual([
      'secure',
      'developing',
      'developing',
      'developing',
      'beginning',
      'beginning',
      'beginning',
    ]);
  });

  it('upgrades every try and draft in quizzes and practice, and the tries’ points with them', () => {
    const other = { tries: [{ input: { kind: 'single-choice', choice: 'a' }, points: 1, at: 3 }] };
    /** A saved learner with a practice try, two quiz tries and a quiz draft of its own. */
    const saved = (p1: unknown, q1: [unknown, unknown], q2: unknown) => ({
      id: 'l-ana12345',
      name: 'Ana',
      activities: { practice: { answers: { p1: { tries: [p1] } }, opened: [], done: true } },
      quizzes: {
        one: {
          attempts: [
            {
              id: 'a-1234',
              answers: { q1: { tries: q1 }, q2: { tries: [], draft: q2 }, q3: other },
            },
          ],
        },
      },
    });
    const before = saved(
      { input: ticked([0, 1]), points: 1, at: 5 },
      [
        { input: ticked([0], 'First.'), points: 0.2, at: 1 },
        { input: ticked([0, 1, 2], 'Second.'), points: 0.6, at: 2 },
      ],
      ticked([0], 'Half written'),
    );
    expect(upgradeTickedShortAnswers(before)).toEqual(
      saved(
        { input: placed('secure'), points: 1, at: 5 },
        [
          { input: placed('beginning', 'First.'), points: 0, at: 1 },
          { input: placed('developing', 'Second.'), points: 0.5, at: 2 },
        ],
        placed(null, 'Half written'),
      ),
    );
  });

  it('leaves answers already placed, other kinds, and what it does not recognise as they are', () => {
    const current = {
      activities: {
        p: {
          answers: {
            p1: { tries: [{ input: placed('secure'), points: 1, at: 1 }], draft: placed(null) },
          },
        },
      },
      quizzes: { one: { attempts: [{ answers: { q: 'junk' } }, 'junk'] }, two: 'junk', three: {} },
    };
    expect(upgradeTickedShortAnswers(current)).toEqual(current);
    // (A learner that is not an object is left alone by the callers, for the schema to refuse.)
    for (const odd of [{}, { activities: 'x', quizzes: [1] }, { activities: [], quizzes: null }]) {
      expect(upgradeTickedShortAnswers(odd)).toEqual(odd);
    }
    // A try whose points are missing or unreadable counts as nothing ticked.
    const noPoints = {
      quizzes: { one: { attempts: [{ answers: { q: { tries: [{ input: ticked([0]) }] } } }] } },
    };
    expect(upgradeTickedShortAnswers(noPoints)).toEqual({
      quizzes: {
        one: {
          attempts: [{ answers: { q: { tries: [{ input: placed('beginning'), points: 0 }] } } }],
        },
      },
    });
    // Both a level and ticks: not an old answer; the schema refuses it.
    const both = {
      quizzes: {
        one: {
          attempts: [
            {
              answers: {
                q: { tries: [{ input: { ...placed('secure'), ticked: [0] }, points: 1 }] },
              },
            },
          ],
        },
      },
    };
    expect(upgradeTickedShortAnswers(both)).toEqual(both);
  });
});
