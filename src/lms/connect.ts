/**
 * The LMS adapter: loaded (by discover.ts) only when an LMS's SCORM API was found.
 *
 * It makes the LMS's learner the active learner (restoring the progress the LMS saved for
 * them, merged with what this browser has), then follows that learner's progress in the
 * store: status, score and objectives as they change, one interaction per checked answer,
 * and at meaningful moments (an answer checked, a quiz finished, an activity done) and when
 * the page is hidden a commit with the session time and the progress as suspend_data. The LMS is told the session has ended when the page goes away.
 *
 * The learner is never blocked: every call is guarded, local progress is kept whatever the
 * LMS says, and the first problem shows one polite notice and logs its error code once.
 */
import { content } from '../content';
import { useAppStore } from '../stores/app-store';
import { DEFAULT_LEARNER_NAME } from '../model/persisted';
import { LearnerName, newLearner, type Learner } from '../model/learner';
import { useNoticeStore, type LmsProblem } from '../stores/notice-store';
import { mergeLearners } from '../model/merge';
import { hashString } from '../scoring/random';
import * as v from 'valibot';
import type { FoundApi } from './discover';
import type { ScormVersion } from './kinds';
import {
  interactionElements,
  interactions,
  moduleReport,
  statusElements,
  timespan,
  type Interaction,
} from './report';
import { decodeLearner, encodeLearner, SUSPEND_LIMITS } from './suspend';

const ELEMENTS = {
  '1.2': {
    learnerId: 'cmi.core.student_id',
    learnerName: 'cmi.core.student_name',
    location: 'cmi.core.lesson_location',
    sessionTime: 'cmi.core.session_time',
    exit: 'cmi.core.exit',
  },
  '2004': {
    learnerId: 'cmi.learner_id',
    learnerName: 'cmi.learner_name',
    location: 'cmi.location',
    sessionTime: 'cmi.session_time',
    exit: 'cmi.exit',
  },
} as const;

/** The LMS's API behind one set of calls that never throw and report their failures. */
class Session {
  private readonly logged = new Set<string>();

  constructor(private readonly found: FoundApi) {}

  get version(): ScormVersion {
    return this.found.version;
  }

  initialize(): boolean {
    const f = this.found;
    return this.call('Initialize', () =>
      f.version === '2004' ? f.api.Initialize('') : f.api.LMSInitialize(''),
    );
  }

  terminate(): boolean {
    const f = this.found;
    return this.call('Terminate', () =>
      f.version === '2004' ? f.api.Terminate('') : f.api.LMSFinish(''),
    );
  }

  commit(): boolean {
    const f = this.found;
    return this.call('Commit', () =>
      f.version === '2004' ? f.api.Commit('') : f.api.LMSCommit(''),
    );
  }

  /** A value, or '' when the LMS has none (or fails: reading never bothers the learner). */
  get(element: string): string {
    const f = this.found;
    try {
      const value = f.version === '2004' ? f.api.GetValue(element) : f.api.LMSGetValue(element);
      return typeof value === 'string' ? value : '';
    } catch {
      return '';
    }
  }

  set(element: string, value: string): boolean {
    const f = this.found;
    return this.call(`SetValue(${element})`, () =>
      f.version === '2004' ? f.api.SetValue(element, value) : f.api.LMSSetValue(element, value),
    );
  }

  /** Tells the learner once, and logs each distinct error once. */
  trouble(what: string, code: string, problem: LmsProblem = 'not-saved') {
    useNoticeStore.getState().reportLms(problem);
    if (this.logged.has(code)) return;
    this.logged.add(code);
    console.warn(`[lms] ${what} failed: ${code}`);
  }

  private call(what: string, run: () => unknown): boolean {
    try {
      // LMSs answer "true"/"false" as strings; some return booleans.
      if (String(run()) === 'true') return true;
    } catch (error) {
      this.trouble(what, `threw ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
    this.trouble(what, this.lastError());
    return false;
  }

  private lastError(): string {
    const f = this.found;
    try {
      const code = String(f.version === '2004' ? f.api.GetLastError() : f.api.LMSGetLastError());
      const text = String(
        f.version === '2004' ? f.api.GetErrorString(code) : f.api.LMSGetErrorString(code),
      );
      return `error ${code}${text ? ` (${text})` : ''}`;
    } catch {
      return 'error unknown';
    }
  }
}

/** The same local learner for the same LMS learner on the same LMS, launch after launch. */
export function localLearnerId(origin: string, lmsLearnerId: string): string {
  const key = `${origin}|${lmsLearnerId}`;
  return `l-lms${hashString(key).toString(36)}${hashString(`${key}|2`).toString(36)}`;
}

/** The LMS's name for the learner, made safe to show (or the default name when unusable). */
function learnerName(raw: string, fallback: string): string {
  const cleaned = raw
    .replace(/[<>\p{Cc}]/gu, ' ')
    .trim()
    .slice(0, 60);
  return v.is(LearnerName, cleaned) ? cleaned : fallback;
}

/** Reports one learner's progress through a session. */
class Reporter {
  private readonly sent = new Map<string, string>();
  private readonly reported = new Set<string>();
  private readonly objectives = new Map<string, number>();
  private nextObjective: number;
  private nextInteraction: number;
  private learner: Learner | undefined;
  private encoded: Learner | undefined;
  private keys = { report: '', commit: '' };
  private closed = false;
  private readonly started = Date.now();

  constructor(
    private readonly session: Session,
    private readonly readOnly: boolean,
  ) {
    this.nextObjective = Number(session.get('cmi.objectives._count')) || 0;
    for (let n = 0; n < this.nextObjective; n++) {
      this.objectives.set(session.get(`cmi.objectives.${n}.id`), n);
    }
    this.nextInteraction = Number(session.get('cmi.interactions._count')) || 0;
  }

  private get names() {
    return ELEMENTS[this.session.version];
  }

  /** Answers already in the progress at launch were reported by the session that made them. */
  skipExisting(learner: Learner) {
    for (const i of interactions(learner, content, this.session.version)) this.reported.add(i.key);
  }

  update(learner: Learner | undefined) {
    if (this.closed || this.readOnly || !learner || learner === this.learner) return;
    // Kept for suspend_data even when nothing is reported now (a draft answer, a section read).
    this.learner = learner;
    const keys = progressKeys(learner);
    if (keys.report === this.keys.report) return;
    const commit = keys.commit !== this.keys.commit;
    this.keys = keys;
    const v = this.session.version;
    for (const [element, value] of statusElements(moduleReport(learner, content), v, (id) =>
      this.objectiveIndex(id),
    )) {
      this.setOnce(element, value);
    }
    if (learner.lastVisited) this.setOnce(this.names.location, learner.lastVisited.path);
    for (const i of interactions(learner, content, v, (key) => !this.reported.has(key))) {
      this.reported.add(i.key);
      this.writeInteraction(i);
    }
    if (commit) this.commit();
  }

  /** Saves everything the LMS should keep now. */
  commit() {
    if (this.closed) return;
    const names = this.names;
    if (!this.readOnly) {
      this.session.set(
        names.sessionTime,
        timespan(Date.now() - this.started, this.session.version),
      );
      this.saveProgress();
    }
    // "suspend": the LMS keeps suspend_data and resumes this attempt on the next launch.
    this.setOnce(names.exit, 'suspend');
    this.session.commit();
  }

  terminate() {
    if (this.closed) return;
    this.commit();
    this.closed = true;
    this.session.terminate();
  }

  private saveProgress() {
    const learner = this.learner;
    if (!learner || learner === this.encoded) return;
    this.encoded = learner;
    const limit = SUSPEND_LIMITS[this.session.version];
    const encoded = encodeLearner(learner, content, limit);
    if (encoded) {
      this.setOnce('cmi.suspend_data', encoded.data);
    } else {
      // What the LMS already holds stays; this browser keeps the rest.
      this.session.trouble('cmi.suspend_data', `progress longer than ${limit} characters`);
    }
  }

  private objectiveIndex(id: string): number {
    let n = this.objectives.get(id);
    if (n === undefined) {
      n = this.nextObjective++;
      this.objectives.set(id, n);
    }
    return n;
  }

  private setOnce(element: string, value: string) {
    if (this.sent.get(element) === value) return;
    // Remembered even when refused, so a refused value is not sent again at every keystroke.
    this.sent.set(element, value);
    this.session.set(element, value);
  }

  private writeInteraction(i: Interaction) {
    const n = this.nextInteraction;
    for (const [element, value] of interactionElements(i, n, this.session.version)) {
      const ok = this.session.set(element, value);
      // Without its id there is no interaction; without its type, nothing else is accepted.
      if (!ok && element.endsWith('.id')) return;
      if (!ok && element.endsWith('.type')) break;
    }
    this.nextInteraction = n + 1;
  }
}

/**
 * Cheap summaries of a learner's progress, so that a store change that reports nothing new (a
 * keystroke in an answer not yet checked, a setting) costs nothing. `report` changes with
 * anything the LMS is told; `commit` at the meaningful moments: an answer checked, a quiz
 * finished, a practice activity done (not a section read: that happens while scrolling, and
 * some LMSs commit with a synchronous request).
 */
function progressKeys(learner: Learner): { report: string; commit: string } {
  const attempts = Object.values(learner.quizzes).flatMap((q) => q.attempts);
  const finished = attempts.filter((a) => a.finishedAt !== null).length;
  let tries = 0;
  for (const a of attempts)
    for (const answer of Object.values(a.answers)) tries += answer.tries.length;
  const done = Object.values(learner.activities).filter((a) => a.done).length;
  const commit = `${finished}|${tries}|${done}`;
  const touched = Object.keys(learner.lessons).length;
  return {
    commit,
    report: `${commit}|${attempts.length}|${touched}|${learner.lastVisited?.path ?? ''}`,
  };
}

export function connect(found: FoundApi) {
  const session = new Session(found);
  if (!session.initialize()) return;
  const version = found.version;
  const names = ELEMENTS[version];
  useNoticeStore.getState().setLms(version);
  // For people and tests: which LMS the page reports to.
  document.documentElement.dataset.lms = version;

  const id = localLearnerId(location.origin, session.get(names.learnerId));
  const state = useAppStore.getState();
  const local = state.learners[id];
  const name = learnerName(session.get(names.learnerName), local?.name ?? DEFAULT_LEARNER_NAME);
  const saved = session.get('cmi.suspend_data');
  const restored = saved ? decodeLearner(saved, content, { id, name }) : null;
  // Saved progress this copy cannot read (e.g. the package was replaced by one with other
  // questions): report nothing, so that nothing the LMS holds is overwritten.
  const readOnly = Boolean(saved) && !restored;
  if (readOnly) {
    session.trouble('cmi.suspend_data', 'saved progress not readable by this copy', 'not-restored');
  }
  const fresh = restored ?? newLearner(id, name, Date.now());
  state.adoptLearner(local ? { ...mergeLearners(local, fresh), name } : fresh);

  const reporter = new Reporter(session, readOnly);
  reporter.skipExisting(useAppStore.getState().learners[id] ?? fresh);
  reporter.update(useAppStore.getState().learners[id]);
  useAppStore.subscribe((s) => reporter.update(s.learners[id]));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') reporter.commit();
  });
  window.addEventListener('pagehide', (event) => {
    // A page kept for the back button may come back: the session goes on.
    if (event.persisted) reporter.commit();
    else reporter.terminate();
  });
}
