// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  answerCheck,
  checkStatus,
  checksRevealed,
  finishCheck,
  formFor,
  furtherTaking,
  goToCheckItem,
  skipPreCheck,
  startCheck,
} from './prepost';
import { firstFormFor, newLearner } from './learner';
import { mergeLearners } from './merge';
import { fakeContent } from '../testing/content';
import { attempt, checkTaking, learner, T0 } from '../testing/records';

const content = fakeContent();
const say = { kind: 'single-choice' as const, choice: 'supported' };

/** Two learner ids the hash sends to different first forms. */
const ids = (() => {
  const found: Record<string, string> = {};
  for (let i = 0; Object.keys(found).length < 2; i++)
    found[firstFormFor(`l-test${i}`)] ??= `l-test${i}`;
  return found;
})();

describe('which form comes first', () => {
  it('depends on the learner id, so a class gets both orders, and never changes for one id', () => {
    expect(Object.keys(ids).sort()).toEqual(['form-a', 'form-b']);
    for (const id of Object.values(ids)) {
      const l = newLearner(id, 'X', T0);
      expect(l.checks.firstForm).toBe(firstFormFor(id));
      expect(formFor(l.checks, 'pre')).toBe(l.checks.firstForm);
      expect(formFor(l.checks, 'post')).not.toBe(l.checks.firstForm);
    }
  });

  it('splits many learners about evenly', () => {
    const firsts = Array.from({ length: 1000 }, (_, i) => firstFormFor(`l-${i.toString(36)}x${i}`));
    const a = firsts.filter((f) => f === 'form-a').length;
    expect(a).toBeGreaterThan(440);
    expect(a).toBeLessThan(560);
  });
});

describe('taking the check', () => {
  const fresh = () => learner({ quizzes: {} });

  it('offers the before-check, and the after-check only once the last quiz is finished', () => {
    expect(checkStatus(fresh(), content)).toEqual({ pre: 'todo', post: 'locked' });
    expect(checkStatus(skipPreCheck(fresh()), content)).toEqual({ pre: 'skipped', post: 'locked' });
    expect(checkStatus(learner(), content).post).toBe('todo');
    const open = { ...attempt('a-open1234'), finishedAt: null };
    expect(
      checkStatus(learner({ quizzes: { 'lesson-one': { attempts: [open] } } }), content).post,
    ).toBe('locked');
  });

  it('starts the stage once, with the learner’s form, records answers and finishes', () => {
    let l = startCheck(fresh(), 'pre', 42, 'hash', T0);
    expect(l.checks.pre).toMatchObject({
      form: l.checks.firstForm,
      seed: 42,
      answers: {},
      finishedAt: null,
    });
    expect(startCheck(l, 'pre', 7, 'hash', T0 + 1)).toBe(l);
    expect(checkStatus(l, content).pre).toBe('open');
    l = answerCheck(l, 'pre', 'a-one', say, T0 + 10_000);
    l = answerCheck(l, 'pre', 'a-one', { ...say, choice: 'unsupported' }, T0 + 20_000);
    l = goToCheckItem(l, 'pre', 1, T0 + 30_000);
    expect(l.checks.pre?.answers).toEqual({
      'a-one': { input: { kind: 'single-choice', choice: 'unsupported' }, at: T0 + 20_000 },
    });
    expect(l.checks.pre?.current).toBe(1);
    expect(l.checks.pre?.activeMs).toBe(30_000);
    l = finishCheck(l, 'pre', T0 + 40_000);
    expect(l.checks.pre?.finishedAt).toBe(T0 + 40_000);
    expect(checkStatus(l, content).pre).toBe('done');
    // A finished stage no longer changes.
    expect(answerCheck(l, 'pre', 'a-two', say, T0 + 50_000)).toBe(l);
    expect(finishCheck(l, 'pre', T0 + 60_000)).toBe(l);
  });

  it('counts a long break as a break, not as time on the check', () => {
    let l = startCheck(fresh(), 'pre', 1, 'hash', T0);
    l = answerCheck(l, 'pre', 'a-one', say, T0 + 60 * 60_000);
    expect(l.checks.pre?.activeMs).toBe(5 * 60_000);
  });

  it('closes the before-check once the after-check has begun', () => {
    const l = startCheck(learner(), 'post', 5, 'hash', T0);
    expect(l.checks.post?.form).not.toBe(l.checks.firstForm);
    expect(startCheck(l, 'pre', 5, 'hash', T0)).toBe(l);
    expect(checkStatus(l, content)).toEqual({ pre: 'closed', post: 'open' });
    expect(checksRevealed(l)).toBe(false);
    expect(checksRevealed(finishCheck(l, 'post', T0 + 1))).toBe(true);
  });

  it('does not skip a before-check already started', () => {
    const l = startCheck(fresh(), 'pre', 1, 'hash', T0);
    expect(skipPreCheck(l)).toBe(l);
  });
});

describe('merging two copies of a learner', () => {
  it('keeps, for each stage, the copy that got further', () => {
    const open = checkTaking({ finishedAt: null, lastEventAt: T0 + 500 });
    const done = checkTaking();
    expect(furtherTaking(open, done)).toBe(done);
    expect(furtherTaking(done, open)).toBe(done);
    expect(furtherTaking(null, open)).toBe(open);
    const later = checkTaking({ finishedAt: null, lastEventAt: T0 + 900 });
    expect(furtherTaking(open, later)).toBe(later);

    const mine = learner({ checks: { ...learner().checks, pre: open, preSkipped: false } });
    const theirs = learner({ checks: { ...learner().checks, pre: done, post: open } });
    expect(mergeLearners(mine, theirs).checks).toEqual({
      firstForm: mine.checks.firstForm,
      pre: done,
      post: open,
      preSkipped: false,
    });
  });
});
