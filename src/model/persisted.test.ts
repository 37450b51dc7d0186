// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { migrate, sanitize, STORAGE_VERSION, type PersistedState } from './persisted';
import { DEFAULT_SETTINGS } from './settings';
import { firstFormFor, newLearner, type Learner } from './learner';

const NOW = 1_750_000_000_000;

function learner(id = 'l-abcd1234', extra: Partial<Learner> = {}): Learner {
  return { ...newLearner(id, 'Ana', NOW), ...extra };
}

function state(extra: Partial<PersistedState> = {}): PersistedState {
  const l = learner();
  return { settings: DEFAULT_SETTINGS, learners: { [l.id]: l }, activeLearnerId: l.id, ...extra };
}

describe('migrate', () => {
  it('1 → 2: keeps the settings and makes the version-1 user the first learner', () => {
    const v1 = { settings: { theme: 'dark', textSize: 'large', teacherMode: true } };
    const migrated = migrate(v1, 1, NOW);
    const { state: s, dropped } = sanitize(migrated, NOW);
    expect(dropped).toBe(false);
    expect(s.settings).toEqual(v1.settings);
    const learners = Object.values(s.learners);
    expect(learners).toHaveLength(1);
    expect(learners[0]).toMatchObject({ name: 'Learner 1', lessons: {}, quizzes: {} });
    expect(s.activeLearnerId).toBe(learners[0]?.id);
  });

  it('2 → 3: gives every learner the before-and-after check, keeping all their progress', () => {
    const lessons = { 'lesson-one': { startedAt: NOW, sectionsRead: ['intro'] } };
    const withoutChecks = (id: string) =>
      Object.fromEntries(Object.entries(learner(id, { lessons })).filter(([k]) => k !== 'checks'));
    const v2 = {
      settings: DEFAULT_SETTINGS,
      learners: {
        'l-ana12345': withoutChecks('l-ana12345'),
        'l-ben12345': withoutChecks('l-ben12345'),
      },
      activeLearnerId: 'l-ana12345',
    };
    const { state: s, dropped } = sanitize(migrate(v2, 2, NOW), NOW);
    expect(dropped).toBe(false);
    for (const id of ['l-ana12345', 'l-ben12345']) {
      expect(s.learners[id]?.lessons).toEqual(lessons);
      expect(s.learners[id]?.checks).toEqual({
        firstForm: firstFormFor(id),
        pre: null,
        post: null,
        preSkipped: false,
      });
    }
    // A learner that is not an object is left for sanitize to drop.
    expect(migrate({ ...v2, learners: { x: 'junk' } }, 2, NOW)).toEqual({
      ...v2,
      learners: { x: 'junk' },
    });
  });

  it('leaves a value of the current version as it is', () => {
    const current = state();
    expect(migrate(current, STORAGE_VERSION)).toBe(current);
  });

  it('1 → 2 without readable settings: defaults, and still a first learner', () => {
    for (const v1 of [null, 'junk', { theme: 'dark' }]) {
      const { state: s } = sanitize(migrate(v1, 1, NOW), NOW);
      expect(s.settings).toEqual(DEFAULT_SETTINGS);
      expect(Object.values(s.learners)).toHaveLength(1);
    }
  });
});

describe('sanitize', () => {
  it('keeps a valid saved value as it is', () => {
    const saved = state({ settings: { theme: 'dark', textSize: 'large', teacherMode: true } });
    expect(sanitize(saved)).toEqual({ state: saved, dropped: false });
  });

  it('keeps the valid settings when one is unreadable', () => {
    const saved = {
      ...state(),
      settings: { theme: 'purple', textSize: 'larger', teacherMode: false },
    };
    const { state: s, dropped } = sanitize(saved);
    expect(dropped).toBe(true);
    expect(s.settings).toEqual({ theme: 'system', textSize: 'larger', teacherMode: false });
    expect(s.learners).toEqual(saved.learners);
  });

  it('drops only the unreadable learner and keeps the others', () => {
    const good = learner('l-good1234');
    const saved = {
      settings: DEFAULT_SETTINGS,
      learners: { 'l-good1234': good, 'l-bad12345': { id: 'l-bad12345', name: 42 } },
      activeLearnerId: 'l-bad12345',
    };
    const { state: s, dropped } = sanitize(saved);
    expect(dropped).toBe(true);
    expect(Object.keys(s.learners)).toEqual(['l-good1234']);
    expect(s.activeLearnerId).toBe('l-good1234');
  });

  it('keeps the active learner when another one is dropped', () => {
    const first = learner('l-first123');
    const active = learner('l-active12');
    const saved = {
      settings: DEFAULT_SETTINGS,
      learners: { [first.id]: first, 'l-bad12345': { name: 42 }, [active.id]: active },
      activeLearnerId: active.id,
    };
    expect(sanitize(saved).state.activeLearnerId).toBe(active.id);
    // An active id that is not text falls back to the first learner.
    expect(sanitize({ ...saved, activeLearnerId: 7 }).state.activeLearnerId).toBe(first.id);
  });

  it('when repairing, drops a learner saved under a key that is not their id', () => {
    const ana = learner('l-ana12345');
    const ben = learner('l-ben12345');
    const { state: s } = sanitize({
      settings: { theme: 'purple' },
      learners: { [ana.id]: ana, 'l-other123': ben },
      activeLearnerId: ana.id,
    });
    expect(Object.keys(s.learners)).toEqual([ana.id]);
  });

  it('keeps a learner’s valid progress when one quiz record is corrupt', () => {
    const l = learner('l-good1234', {
      lessons: { 'lesson-one': { startedAt: NOW, sectionsRead: ['intro'] } },
      quizzes: { 'quiz-one': { attempts: [] } },
    });
    const saved = {
      ...state(),
      learners: {
        [l.id]: { ...l, quizzes: { ...l.quizzes, 'quiz-two': { attempts: 'garbage' } } },
      },
      activeLearnerId: l.id,
    };
    const { state: s, dropped } = sanitize(saved);
    expect(dropped).toBe(true);
    expect(s.learners[l.id]?.lessons).toEqual(l.lessons);
    expect(s.learners[l.id]?.quizzes).toEqual({ 'quiz-one': { attempts: [] } });
  });

  it('keeps where a learner was when salvaging, unless that is unreadable too', () => {
    const visited = { path: '/lessons/one', label: 'Lesson 1', at: NOW };
    const damaged = (lastVisited: unknown) => ({
      ...state(),
      learners: { 'l-abcd1234': { ...learner(), quizzes: { q: 'garbage' }, lastVisited } },
    });
    expect(sanitize(damaged(visited)).state.learners['l-abcd1234']?.lastVisited).toEqual(visited);
    expect(
      sanitize(damaged({ path: 'javascript:alert(1)' })).state.learners['l-abcd1234']?.lastVisited,
    ).toBeNull();
  });

  it('keeps a learner’s progress when their check record is corrupt, and starts the check afresh', () => {
    const l = learner('l-good1234', {
      lessons: { 'lesson-one': { startedAt: NOW, sectionsRead: ['intro'] } },
    });
    const saved = { ...state(), learners: { [l.id]: { ...l, checks: { firstForm: 'form-c' } } } };
    const { state: s, dropped } = sanitize(saved);
    expect(dropped).toBe(true);
    expect(s.learners[l.id]?.lessons).toEqual(l.lessons);
    expect(s.learners[l.id]?.checks).toEqual(l.checks);
  });

  it('keeps a learner’s progress when only where they were is unreadable', () => {
    const l = learner('l-good1234', {
      lessons: { 'lesson-one': { startedAt: NOW, sectionsRead: ['intro'] } },
    });
    const saved = { ...state(), learners: { [l.id]: { ...l, lastVisited: { path: 42 } } } };
    expect(sanitize(saved).state.learners[l.id]?.lessons).toEqual(l.lessons);
  });

  it('starts fresh (with a learner) when nothing is readable', () => {
    for (const junk of [null, 'x', 42, [], { learners: 'x' }]) {
      const { state: s, dropped } = sanitize(junk, NOW);
      expect(dropped).toBe(true);
      expect(Object.values(s.learners)).toEqual([
        expect.objectContaining({ id: s.activeLearnerId, name: 'Learner 1', createdAt: NOW }),
      ]);
      expect(s.activeLearnerId).toMatch(/^l-[a-z0-9]{4,32}$/);
      expect(s.settings).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('never lets a hostile key such as __proto__ through', () => {
    const l = learner();
    const hostile = JSON.parse(
      JSON.stringify({ ...state(), learners: { [l.id]: { ...l, quizzes: {} } } }).replace(
        '"quizzes":{}',
        '"quizzes":{"__proto__":{"attempts":[]}}',
      ),
    );
    const { state: s } = sanitize(hostile);
    const quizzes = s.learners[l.id]?.quizzes ?? {};
    expect(Object.keys(quizzes)).toEqual([]);
    expect(Object.getPrototypeOf(quizzes)).toBe(Object.prototype);
  });
});
