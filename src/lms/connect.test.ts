import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { content } from '../content';
import { busyLearner } from '../testing/learners';
import { useAppStore } from '../stores/app-store';
import { initialState } from '../model/persisted';
import { useNoticeStore } from '../stores/notice-store';
import { connect, localLearnerId } from './connect';
import { encodeLearner } from './suspend';

/** An in-memory SCORM 2004 LMS that records calls and can refuse some. */
function fakeLms(
  data: Record<string, string> = {},
  refuse: (element: string) => boolean = () => false,
) {
  const values = new Map(Object.entries(data));
  const calls: string[] = [];
  let lastError = '0';
  const api = {
    Initialize: () => (calls.push('Initialize'), 'true'),
    Terminate: () => (calls.push('Terminate'), 'true'),
    Commit: () => (calls.push('Commit'), 'true'),
    GetValue: (element: string) => values.get(element) ?? '',
    SetValue: (element: string, value: string) => {
      calls.push(`SetValue ${element}`);
      if (refuse(element)) {
        lastError = '351';
        return 'false';
      }
      lastError = '0';
      values.set(element, value);
      return 'true';
    },
    GetLastError: () => lastError,
    GetErrorString: () => 'General Set Failure',
  };
  return { found: { version: '2004' as const, api }, values, calls };
}

const who = { 'cmi.learner_id': 'student-7', 'cmi.learner_name': 'Ana Lima' };
const id = localLearnerId(location.origin, 'student-7');

beforeEach(() => {
  useAppStore.setState(initialState());
  useNoticeStore.setState({ lms: null, lmsProblem: null, lmsProblemReported: false });
});
afterEach(() => vi.restoreAllMocks());

describe('connecting to an LMS', () => {
  it('makes the LMS learner the active learner, reports incomplete and commits at once', () => {
    const lms = fakeLms(who);
    connect(lms.found);
    const s = useAppStore.getState();
    expect(s.activeLearnerId).toBe(id);
    expect(Object.values(s.learners).map((l) => l.name)).toEqual(['Ana Lima']);
    expect(lms.values.get('cmi.completion_status')).toBe('incomplete');
    expect(lms.values.get('cmi.exit')).toBe('suspend');
    expect(lms.calls).toContain('Commit');
    expect(useNoticeStore.getState()).toMatchObject({ lms: '2004', lmsProblem: null });
  });

  it('restores the progress the LMS saved, without sending its answers again', () => {
    const saved = busyLearner(content);
    const data = encodeLearner(saved, content, 64000)!.data;
    const lms = fakeLms({ ...who, 'cmi.suspend_data': data });
    connect(lms.found);
    const learner = useAppStore.getState().learners[id]!;
    expect(Object.keys(learner.quizzes).sort()).toEqual(Object.keys(saved.quizzes).sort());
    expect(lms.values.get('cmi.completion_status')).toBe('completed');
    expect(lms.calls.filter((c) => c.includes('cmi.interactions'))).toEqual([]);
  });

  it('keeps what this browser has for the same learner and adds what the LMS saved', () => {
    const local = { ...busyLearner(content, { attempts: 1 }), id, name: 'Ana' };
    useAppStore.getState().putLearner(local);
    const remote = busyLearner(content, { attempts: 2, t0: local.createdAt + 86_400_000 });
    const data = encodeLearner({ ...remote, id }, content, 64000)!.data;
    connect(fakeLms({ ...who, 'cmi.suspend_data': data }).found);
    const learner = useAppStore.getState().learners[id]!;
    const lesson = content.lessons[0]!.id;
    // Attempt ids are the same in both (a- + index), so the two sides' attempts merge by id.
    expect(learner.quizzes[lesson]?.attempts.length).toBeGreaterThanOrEqual(2);
    expect(learner.name).toBe('Ana Lima');
  });

  it('sends nothing when the saved progress cannot be read, and says so once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const lms = fakeLms({ ...who, 'cmi.suspend_data': 'not our data' });
    connect(lms.found);
    expect(useNoticeStore.getState().lmsProblem).toBe('not-restored');
    expect(lms.calls).toEqual(['Initialize']);
    expect(warn).toHaveBeenCalledTimes(1);
    // At the end, only what keeps the saved progress for next time.
    window.dispatchEvent(new Event('pagehide'));
    expect(lms.calls).toEqual(['Initialize', 'SetValue cmi.exit', 'Commit', 'Terminate']);
  });

  it('a refused value: one notice, each error code logged once, the rest still sent', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const lms = fakeLms(who, (element) => element.startsWith('cmi.objectives'));
    connect(lms.found);
    // More progress, more refusals.
    useAppStore.getState().updateLearner((l) => ({
      ...l,
      lastVisited: { path: '/glossary', label: 'Glossary', at: 1 },
    }));
    expect(useNoticeStore.getState().lmsProblem).toBe('not-saved');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(
      /^\[lms\] SetValue\(cmi\.objectives\.0\.id\) failed: error 351/,
    );
    expect(lms.values.get('cmi.completion_status')).toBe('incomplete');
    expect(lms.values.get('cmi.location')).toBe('/glossary');
  });

  it('a change that reports nothing new sends nothing (no commit at every keystroke)', () => {
    const lms = fakeLms(who);
    connect(lms.found);
    const before = lms.calls.length;
    useAppStore.getState().updateLearner((l) => ({ ...l }));
    useAppStore.getState().updateSettings({ teacherMode: true });
    expect(lms.calls.length).toBe(before);
  });

  it('ends the session when the page goes away', () => {
    const lms = fakeLms(who);
    connect(lms.found);
    window.dispatchEvent(new Event('pagehide'));
    expect(lms.calls.at(-1)).toBe('Terminate');
    expect(lms.values.get('cmi.session_time')).toMatch(/^PT\d+H\d+M\d+S$/);
  });
});
