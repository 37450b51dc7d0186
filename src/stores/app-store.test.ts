// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { renderHook } from '@testing-library/react';
import { useActiveLearner, useAppStore } from './app-store';
import { useNoticeStore } from './notice-store';
import { initialState, STORAGE_KEY, STORAGE_VERSION } from '../model/persisted';
import { newLearner } from '../model/learner';

const saved = () => JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');

beforeEach(() => {
  localStorage.clear();
  useAppStore.setState(initialState());
  useNoticeStore.setState({ storage: null });
});

describe('the app store, as saved in this browser', () => {
  it('brings a version-1 value up to date on load: settings kept, one learner, saved back', async () => {
    const v1 = { theme: 'dark', textSize: 'large', teacherMode: true };
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ state: { settings: v1 }, version: 1 }));
    await useAppStore.persist.rehydrate();
    const s = useAppStore.getState();
    expect(s.settings).toEqual(v1);
    expect(Object.values(s.learners).map((l) => l.name)).toEqual(['Learner 1']);
    expect(useNoticeStore.getState().storage).toBeNull();
    expect(saved()).toMatchObject({ version: STORAGE_VERSION, state: { settings: v1 } });
  });

  it('brings a version-2 value up to date on load: ticked short answers placed at a level', async () => {
    const ana = {
      ...newLearner('l-ana12345', 'Ana', 1),
      activities: {
        practice: {
          answers: {
            p1: {
              tries: [
                {
                  input: { kind: 'short-answer', text: 'Two of four.', ticked: [0, 2] },
                  points: 0.5,
                  at: 2,
                },
              ],
            },
          },
          opened: [],
          done: true,
        },
      },
    };
    const settings = { theme: 'light', textSize: 'normal', teacherMode: false };
    const state = { settings, learners: { [ana.id]: ana }, activeLearnerId: ana.id };
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ state, version: 2 }));
    await useAppStore.persist.rehydrate();
    const tries = useAppStore.getState().learners[ana.id]?.activities.practice?.answers.p1?.tries;
    expect(tries).toEqual([
      {
        input: { kind: 'short-answer', text: 'Two of four.', level: 'developing' },
        points: 0.5,
        at: 2,
      },
    ]);
    expect(useNoticeStore.getState().storage).toBeNull();
    expect(saved()).toMatchObject({ version: STORAGE_VERSION });
    expect(STORAGE_VERSION).toBe(3);
  });

  it('starts as it is when nothing was saved, with nothing to tell', async () => {
    const before = useAppStore.getState().learners;
    localStorage.clear();
    await useAppStore.persist.rehydrate();
    expect(useAppStore.getState().learners).toBe(before);
    expect(useNoticeStore.getState().storage).toBeNull();
  });

  it('keeps the readable parts of a damaged value and tells the learner, with a backup', async () => {
    const ana = newLearner('l-ana12345', 'Ana', 1);
    const value = {
      state: { settings: { theme: 'dark' }, learners: { [ana.id]: ana, bad: 1 } },
      version: STORAGE_VERSION,
    };
    localStorage.setItem(STORAGE_KEY, JSON.stringify(value));
    await useAppStore.persist.rehydrate();
    expect(useAppStore.getState().learners).toEqual({ [ana.id]: ana });
    expect(useAppStore.getState().settings.theme).toBe('dark');
    const notice = useNoticeStore.getState().storage;
    expect(notice?.problem).toBe('partly-invalid');
    expect(JSON.parse(localStorage.getItem(notice?.backupKey ?? '') ?? 'null')).toEqual(value);
  });

  it('saves every change under its key, with the version', () => {
    useAppStore.getState().updateSettings({ textSize: 'larger' });
    // The key is a promise to every learner's browser: changing it would lose their progress.
    expect(localStorage.getItem('infowar-casestudy:mek-resistance-units:state')).not.toBeNull();
    expect(saved()).toMatchObject({
      version: STORAGE_VERSION,
      state: { settings: { textSize: 'larger' } },
    });
    // Only the data is saved, not the actions.
    expect(Object.keys(saved().state).sort()).toEqual(['activeLearnerId', 'learners', 'settings']);
  });

  it('adds, renames, resets, switches and removes learners', () => {
    const store = useAppStore.getState;
    const first = store().activeLearnerId;
    store().updateLearner((l, now) => ({
      ...l,
      lastVisited: { path: '/', label: 'Home', at: now },
    }));
    expect(store().learners[first]?.lastVisited?.label).toBe('Home');
    const ben = store().addLearner('Ben');
    expect(store().activeLearnerId).toBe(ben);
    expect(ben).toMatch(/^l-[a-z0-9]{4,32}$/);
    store().renameLearner(ben, 'Benjamin');
    expect(store().learners[ben]?.name).toBe('Benjamin');
    store().updateLearner((l) => ({ ...l, lessons: { one: { startedAt: 1, sectionsRead: [] } } }));
    store().resetLearner(ben);
    expect(store().learners[ben]?.name).toBe('Benjamin');
    expect(store().learners[ben]?.lessons).toEqual({});
    store().switchLearner(first);
    expect(store().activeLearnerId).toBe(first);
    store().removeLearner(first);
    expect(Object.keys(store().learners)).toEqual([ben]);
    expect(store().activeLearnerId).toBe(ben);
    const imported = newLearner('l-imported1', 'Cleo', 5);
    store().putLearner(imported);
    expect(store().activeLearnerId).toBe(imported.id);
    expect(store().learners[imported.id]).toEqual(imported);
  });
});

describe('useActiveLearner', () => {
  it('is the active learner, or the first if the active one is missing', () => {
    const ana = newLearner('l-ana12345', 'Ana', 1);
    const ben = newLearner('l-ben12345', 'Ben', 2);
    useAppStore.setState({ learners: { [ana.id]: ana, [ben.id]: ben }, activeLearnerId: ben.id });
    expect(renderHook(() => useActiveLearner()).result.current).toBe(ben);
    useAppStore.setState({ activeLearnerId: 'l-gone1234' });
    expect(renderHook(() => useActiveLearner()).result.current).toBe(ana);
    useAppStore.setState({ learners: {} });
    expect(renderHook(() => useActiveLearner()).result.current).toMatchObject({
      id: 'l-none',
      name: 'Learner 1',
    });
  });
});

// Last: after this, the store keeps working in memory for the rest of the session, as it
// should, so later tests would not see localStorage.
describe('a value saved by a newer copy of the module', () => {
  it('leaves a value saved by a newer copy untouched, works in memory and says so', async () => {
    const newer = JSON.stringify({ state: { from: 'the future' }, version: STORAGE_VERSION + 1 });
    localStorage.setItem(STORAGE_KEY, newer);
    await useAppStore.persist.rehydrate();
    useAppStore.getState().updateSettings({ textSize: 'larger' });
    expect(localStorage.getItem(STORAGE_KEY)).toBe(newer);
    expect(useNoticeStore.getState().storage?.problem).toBe('newer-version');
  });
});
