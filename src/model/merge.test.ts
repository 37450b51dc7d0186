// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { mergeLearners } from './merge';
import type { ActivityProgress, Answer, Attempt } from './learner';
import { MAX_ATTEMPTS } from './learner';
import { attempt, learner, T0 } from '../testing/records';

const tries = (n: number, at = T0): Answer => ({
  tries: Array.from({ length: n }, (_, i) => ({
    input: { kind: 'single-choice', choice: 'a' },
    points: 0,
    at: at + i,
  })),
});
const activity = (extra: Partial<ActivityProgress> = {}): ActivityProgress => ({
  answers: {},
  opened: [],
  done: false,
  ...extra,
});
const withAttempts = (...attempts: Attempt[]) =>
  learner({ quizzes: { 'lesson-one': { attempts } } });
const ids = (merged: ReturnType<typeof mergeLearners>) =>
  merged.quizzes['lesson-one']?.attempts.map((a) => a.id);

describe('mergeLearners: who the learner is', () => {
  it('keeps this device’s id and name, and the earlier creation time', () => {
    const mine = learner({ createdAt: T0 + 10 });
    const theirs = { ...learner({ createdAt: T0 }), id: 'l-other123', name: 'Other' };
    expect(mergeLearners(mine, theirs)).toMatchObject({
      id: 'l-ana12345',
      name: 'Ana',
      createdAt: T0,
    });
    expect(mergeLearners(theirs, mine).createdAt).toBe(T0);
  });

  it('keeps the most recent place visited, this device’s on a tie', () => {
    const at = (t: number, path: string) => learner({ lastVisited: { path, label: path, at: t } });
    expect(mergeLearners(at(T0, '/a'), at(T0 + 1, '/b')).lastVisited?.path).toBe('/b');
    expect(mergeLearners(at(T0 + 1, '/a'), at(T0, '/b')).lastVisited?.path).toBe('/a');
    expect(mergeLearners(at(T0, '/a'), at(T0, '/b')).lastVisited?.path).toBe('/a');
    expect(mergeLearners(learner(), at(T0, '/b')).lastVisited?.path).toBe('/b');
    expect(mergeLearners(at(T0, '/a'), learner()).lastVisited?.path).toBe('/a');
  });
});

describe('mergeLearners: lessons', () => {
  it('adds lessons only the file has, and joins the sections read of lessons both have', () => {
    const mine = learner({
      lessons: { one: { startedAt: T0 + 50, sectionsRead: ['intro', 'a'] } },
    });
    const theirs = learner({
      lessons: {
        one: { startedAt: T0, sectionsRead: ['a', 'b'] },
        two: { startedAt: T0 + 7, sectionsRead: ['x'] },
      },
    });
    expect(mergeLearners(mine, theirs).lessons).toEqual({
      one: { startedAt: T0, sectionsRead: ['intro', 'a', 'b'] },
      two: { startedAt: T0 + 7, sectionsRead: ['x'] },
    });
    // The earlier start counts, whichever side has it.
    expect(mergeLearners(theirs, mine).lessons.one?.startedAt).toBe(T0);
  });
});

describe('mergeLearners: practice activities', () => {
  it('adds activities only the file has', () => {
    const theirs = learner({ activities: { act: activity({ opened: ['r1'] }) } });
    expect(mergeLearners(learner(), theirs).activities).toEqual({
      act: activity({ opened: ['r1'] }),
    });
  });

  it('keeps, per question, the answer with more tries; this device’s on a tie', () => {
    const mine = learner({
      activities: {
        act: activity({ answers: { q1: tries(1), q2: tries(3), q3: tries(2, T0) } }),
      },
    });
    const theirs = learner({
      activities: {
        act: activity({
          answers: { q1: tries(2), q2: tries(1), q3: tries(2, T0 + 99), q4: tries(1) },
        }),
      },
    });
    expect(mergeLearners(mine, theirs).activities.act?.answers).toEqual({
      q1: tries(2),
      q2: tries(3),
      q3: tries(2, T0),
      q4: tries(1),
    });
  });

  it('joins the results opened and counts an activity done if either side finished it', () => {
    const a = learner({ activities: { act: activity({ opened: ['r1', 'r2'], done: true }) } });
    const b = learner({ activities: { act: activity({ opened: ['r2', 'r3'], done: false }) } });
    expect(mergeLearners(a, b).activities.act).toEqual(
      activity({ opened: ['r1', 'r2', 'r3'], done: true }),
    );
    expect(mergeLearners(b, a).activities.act?.done).toBe(true);
    expect(mergeLearners(b, b).activities.act?.done).toBe(false);
  });
});

describe('mergeLearners: quiz attempts', () => {
  const first = attempt('a-first123');
  const second = attempt('a-second12', {
    startedAt: T0 + 200,
    finishedAt: T0 + 300,
    lastEventAt: T0 + 300,
  });

  it('keeps the attempts of both sides, oldest first, including quizzes only the file has', () => {
    const theirs = learner({
      quizzes: { 'lesson-one': { attempts: [second] }, other: { attempts: [first] } },
    });
    const merged = mergeLearners(withAttempts(first), theirs);
    expect(ids(merged)).toEqual(['a-first123', 'a-second12']);
    expect(merged.quizzes.other?.attempts).toEqual([first]);
    expect(ids(mergeLearners(withAttempts(second), withAttempts(first)))).toEqual([
      'a-first123',
      'a-second12',
    ]);
  });

  it('does not duplicate an attempt present on both sides: the finished copy wins', () => {
    const unfinished = attempt('a-first123', { finishedAt: null, lastEventAt: T0 + 500 });
    for (const [mine, theirs] of [
      [unfinished, first],
      [first, unfinished],
    ] as const) {
      const attempts = mergeLearners(withAttempts(mine), withAttempts(theirs)).quizzes['lesson-one']
        ?.attempts;
      expect(attempts).toEqual([first]);
    }
  });

  it('of two unfinished copies of one attempt, keeps the one that went on longer', () => {
    const early = attempt('a-first123', { finishedAt: null, lastEventAt: T0 + 10, current: 0 });
    const late = attempt('a-first123', { finishedAt: null, lastEventAt: T0 + 20, current: 1 });
    const merged = (a: Attempt, b: Attempt) =>
      mergeLearners(withAttempts(a), withAttempts(b)).quizzes['lesson-one']?.attempts;
    expect(merged(early, late)).toEqual([late]);
    expect(merged(late, early)).toEqual([late]);
    // As far on both sides: this device's copy stays.
    const sameTime = { ...late, current: 0 };
    expect(merged(late, sameTime)).toEqual([late]);
  });

  it('keeps at most one unfinished attempt, and only if it is the newest', () => {
    const openOld = attempt('a-openold1', { startedAt: T0 + 100, finishedAt: null });
    const openNew = attempt('a-opennew1', { startedAt: T0 + 400, finishedAt: null });
    // An unfinished attempt older than a finished one was abandoned: it goes.
    expect(ids(mergeLearners(withAttempts(first, openOld), withAttempts(second)))).toEqual([
      'a-first123',
      'a-second12',
    ]);
    // Two unfinished attempts: only the newer stays, after the finished ones.
    expect(ids(mergeLearners(withAttempts(openOld), withAttempts(second, openNew)))).toEqual([
      'a-second12',
      'a-opennew1',
    ]);
    // Started at the same moment as the last finished one still counts as the newest.
    const openTie = attempt('a-opentie1', { startedAt: T0 + 200, finishedAt: null });
    expect(ids(mergeLearners(withAttempts(second), withAttempts(openTie)))).toEqual([
      'a-second12',
      'a-opentie1',
    ]);
    // Only the newest finished attempt counts, not any earlier one.
    const third = attempt('a-third123', { startedAt: T0 + 500, finishedAt: T0 + 600 });
    const openMid = attempt('a-openmid1', { startedAt: T0 + 300, finishedAt: null });
    expect(ids(mergeLearners(withAttempts(first, second, third), withAttempts(openMid)))).toEqual([
      'a-first123',
      'a-second12',
      'a-third123',
    ]);
    // With nothing finished, the unfinished attempt stays.
    expect(ids(mergeLearners(withAttempts(), withAttempts(openOld)))).toEqual(['a-openold1']);
  });

  it(`keeps the first finished attempt and the newest, ${MAX_ATTEMPTS} in all`, () => {
    const many = (from: number) =>
      Array.from({ length: 60 }, (_, i) =>
        attempt(`a-n${String(from + i).padStart(6, '0')}`, { startedAt: T0 + from + i }),
      );
    const merged = mergeLearners(withAttempts(...many(0)), withAttempts(...many(60)));
    const kept = ids(merged) ?? [];
    expect(kept).toHaveLength(MAX_ATTEMPTS);
    // The first attempt is the evidence every report leads with: never the one dropped.
    expect(kept[0]).toBe('a-n000000');
    expect(kept[1]).toBe('a-n000021');
    expect(kept.at(-1)).toBe('a-n000119');
  });
});
