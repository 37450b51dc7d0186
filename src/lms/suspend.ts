/**
 * The learner's progress as cmi.suspend_data: only what resuming needs, with content ids
 * replaced by their positions in the compiled content, as JSON, deflated and base64-encoded.
 * SCORM 1.2 allows 4,096 characters, SCORM 2004 64,000.
 *
 * Positions only mean something for the content they were taken from, so the data starts
 * with a fingerprint of the content's structure (ids and their order, not the wording: fixing
 * a typo in a lesson keeps saved progress readable; reordering options does not).
 *
 * Left out: points (recomputed from the answer), milliseconds (times are kept to the second),
 * the learner's id and name (the LMS gives them).
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import * as v from 'valibot';
import { CHECK_FORMS, type Content, type Lesson } from '../domain/content';
import type { Question } from '../domain/question';
import { hashString } from '../scoring/random';
import { scoreAnswer } from '../scoring/score';
import {
  LearnerSchema,
  newChecks,
  type Answer,
  type CheckTaking,
  type Checks,
  type Attempt,
  type Learner,
  type Try,
  type ActivityProgress,
} from '../model/learner';
import { packIndexes, packInput, questionShape, unpackIndexes, unpackInput } from './kinds';

export const SUSPEND_LIMITS = { '1.2': 4096, '2004': 64000 } as const;

const FORMAT = 1;

/** Changes whenever an id the packed data refers to by position changes or moves. */
export function contentFingerprint(content: Content): string {
  const shape = content.lessons.map((l) => [
    l.id,
    l.sections.map((s) => s.id),
    l.activities.map((a) => [
      a.id,
      a.kind === 'lateral-reading' ? a.results.map((r) => r.id) : [],
      a.questions.map(questionShape),
    ]),
    l.quiz.questions.map(questionShape),
  ]);
  // Only when there is a check, so content without one keeps the fingerprint it had.
  const checks = content.checks.map((f) => [f.id, f.items.map((i) => questionShape(i.question))]);
  return hashString(JSON.stringify(checks.length ? [shape, checks] : shape)).toString(36);
}

// ---------- encoding ----------

const seconds = (ms: number) => Math.floor(ms / 1000);

/** Shortened written answers keep at least this much (and at least the question's minimum). */
const LEAN_TEXT = 60;

interface Options {
  /** Leave out practice answers and drafts, and shorten written answers in finished attempts. */
  lean: boolean;
}

function packTry(q: Question, t: Try, base: number): unknown {
  const input = packInput(q, t.input);
  return input === undefined ? undefined : [input, seconds(t.at) - base];
}

function packAnswer(q: Question, a: Answer | undefined, base: number, o: Options): unknown {
  if (!a) return 0;
  const tries = a.tries.map((t) => packTry(q, t, base)).filter((t) => t !== undefined);
  const draft = !o.lean && a.draft ? packInput(q, a.draft) : undefined;
  return draft === undefined ? [tries] : [tries, draft];
}

function shorten(q: Question, t: Try): Try {
  if (q.kind !== 'short-answer' || t.input.kind !== 'short-answer') return t;
  const keep = Math.max(LEAN_TEXT, q.minLength);
  const trimmed = t.input.text.trim();
  if (trimmed.length <= keep + 1) return t;
  return { ...t, input: { ...t.input, text: `${trimmed.slice(0, keep)}…` } };
}

function packAttempt(lesson: Lesson, a: Attempt, t0: number, o: Options): unknown {
  const questions = lesson.quiz.questions;
  const qIds = questions.map((q) => q.id);
  const order = a.questionIds.map((id) => qIds.indexOf(id));
  if (order.includes(-1)) return undefined;
  const start = seconds(a.startedAt);
  const answers = a.questionIds.map((id, k) => {
    const q = questions[order[k] ?? -1];
    const answer = a.answers[id];
    if (!q || !answer) return 0;
    const kept =
      o.lean && a.finishedAt !== null ? { tries: answer.tries.map((t) => shorten(q, t)) } : answer;
    return packAnswer(q, kept, start, o);
  });
  const carried = Object.entries(a.carried)
    .map(([id, points]) => [qIds.indexOf(id), points])
    .filter(([i]) => i !== -1);
  return [
    a.id.slice(2),
    a.seed,
    a.mode === 'full' ? 0 : 1,
    packIndexes(order),
    carried,
    answers,
    a.current,
    start - t0,
    a.finishedAt === null ? -1 : seconds(a.finishedAt) - start,
    seconds(a.activeMs),
    seconds(a.lastEventAt) - start,
  ];
}

function packActivity(
  activity: Lesson['activities'][number],
  p: ActivityProgress | undefined,
  t0: number,
  o: Options,
): unknown {
  if (!p) return 0;
  const results = activity.kind === 'lateral-reading' ? activity.results.map((r) => r.id) : [];
  const opened = p.opened.map((id) => results.indexOf(id)).filter((i) => i !== -1);
  const answers = o.lean ? 0 : activity.questions.map((q) => packAnswer(q, p.answers[q.id], t0, o));
  return [p.done ? 1 : 0, packIndexes(opened), answers];
}

/** A check sitting: its form, order seed, one answer per item of the form (or 0), place, times. */
function packTaking(content: Content, t: CheckTaking | null, t0: number): unknown {
  const form = t && content.checks.find((f) => f.id === t.form);
  if (!t || !form) return 0;
  const start = seconds(t.startedAt);
  return [
    CHECK_FORMS.indexOf(t.form),
    t.seed,
    form.items.map(({ question }) => {
      const a = t.answers[question.id];
      const input = a ? packInput(question, a.input) : undefined;
      return a && input !== undefined ? [input, seconds(a.at) - start] : 0;
    }),
    t.current,
    start - t0,
    t.finishedAt === null ? -1 : seconds(t.finishedAt) - start,
    seconds(t.activeMs),
    seconds(t.lastEventAt) - start,
  ];
}

function packChecks(content: Content, c: Checks, t0: number): unknown {
  return [
    CHECK_FORMS.indexOf(c.firstForm),
    c.preSkipped ? 1 : 0,
    packTaking(content, c.pre, t0),
    packTaking(content, c.post, t0),
  ];
}

function pack(learner: Learner, content: Content, o: Options): string {
  const t0 = seconds(learner.createdAt);
  const data = [
    FORMAT,
    contentFingerprint(content),
    t0,
    content.lessons.map((l) => {
      const p = learner.lessons[l.id];
      if (!p) return 0;
      const sections = l.sections.map((s) => s.id);
      const read = p.sectionsRead.map((id) => sections.indexOf(id)).filter((i) => i !== -1);
      return [seconds(p.startedAt) - t0, packIndexes(read)];
    }),
    content.lessons.map((l) =>
      l.activities.map((a) => packActivity(a, learner.activities[a.id], t0, o)),
    ),
    content.lessons.map((l) =>
      (learner.quizzes[l.id]?.attempts ?? [])
        .map((a) => packAttempt(l, a, t0, o))
        .filter((a) => a !== undefined),
    ),
    learner.lastVisited
      ? [learner.lastVisited.path, learner.lastVisited.label, seconds(learner.lastVisited.at) - t0]
      : 0,
    packChecks(content, learner.checks, t0),
  ];
  return toBase64(deflateSync(strToU8(JSON.stringify(data)), { level: 9, mem: 8 }));
}

export interface Encoded {
  data: string;
  /** Practice answers and drafts were left out and long written answers shortened to fit. */
  lean: boolean;
}

/** suspend_data for `learner`, or null if even the lean form is longer than `limit`. */
export function encodeLearner(learner: Learner, content: Content, limit: number): Encoded | null {
  const full = pack(learner, content, { lean: false });
  if (full.length <= limit) return { data: full, lean: false };
  const lean = pack(learner, content, { lean: true });
  return lean.length <= limit ? { data: lean, lean: true } : null;
}

// ---------- decoding ----------

const arr = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
const int = (x: unknown): number => (typeof x === 'number' && Number.isInteger(x) ? x : NaN);
const ms = (s: number) => s * 1000;

function unpackAnswer(q: Question, packed: unknown, base: number): Answer | undefined {
  if (!Array.isArray(packed)) return undefined;
  const tries = arr(packed[0]).flatMap((t): Try[] => {
    const input = unpackInput(q, arr(t)[0]);
    if (!input) return [];
    const scored = scoreAnswer(q, input);
    return [{ input, points: scored.valid ? scored.points : 0, at: ms(base + int(arr(t)[1])) }];
  });
  const draft = packed.length > 1 ? unpackInput(q, packed[1]) : undefined;
  return draft ? { tries, draft } : { tries };
}

function unpackAttempt(lesson: Lesson, packed: unknown, t0: number, hash: string) {
  const [id, seed, mode, order, carried, answers, current, start, finish, active, last] =
    arr(packed);
  const questions = lesson.quiz.questions;
  const asked = (unpackIndexes(order) ?? []).map((i) => questions[i]);
  if (asked.some((q) => !q)) return undefined;
  const startS = t0 + int(start);
  const attempt: Attempt = {
    id: `a-${String(id)}`,
    seed: int(seed),
    mode: mode === 1 ? 'missed' : 'full',
    questionIds: asked.flatMap((q) => (q ? [q.id] : [])),
    carried: Object.fromEntries(
      arr(carried).flatMap((c) => {
        const q = questions[int(arr(c)[0])];
        const points = arr(c)[1];
        return q && typeof points === 'number' ? [[q.id, points]] : [];
      }),
    ),
    answers: Object.fromEntries(
      asked.flatMap((q, k) => {
        const a = q ? unpackAnswer(q, arr(answers)[k], startS) : undefined;
        return q && a ? [[q.id, a]] : [];
      }),
    ),
    current: int(current),
    startedAt: ms(startS),
    finishedAt: finish === -1 ? null : ms(startS + int(finish)),
    activeMs: ms(int(active)),
    lastEventAt: ms(startS + int(last)),
    // Same structure as when it was saved (the fingerprint matched): this content.
    contentHash: hash,
  };
  return attempt;
}

function unpackTaking(content: Content, packed: unknown, t0: number): CheckTaking | null {
  if (!Array.isArray(packed)) return null;
  const [form, seed, answers, current, start, finish, active, last] = packed;
  const id = CHECK_FORMS[int(form)];
  const items = content.checks.find((f) => f.id === id)?.items;
  if (!id || !items) return null;
  const startS = t0 + int(start);
  return {
    form: id,
    seed: int(seed),
    answers: Object.fromEntries(
      items.flatMap(({ question }, k) => {
        const p = arr(answers)[k];
        const input = Array.isArray(p) ? unpackInput(question, p[0]) : undefined;
        return input ? [[question.id, { input, at: ms(startS + int(arr(p)[1])) }]] : [];
      }),
    ),
    current: int(current),
    startedAt: ms(startS),
    finishedAt: finish === -1 ? null : ms(startS + int(finish)),
    activeMs: ms(int(active)),
    lastEventAt: ms(startS + int(last)),
    contentHash: content.hash,
  };
}

/** The checks as saved, or a fresh start (data saved before the check existed has none). */
function unpackChecks(content: Content, packed: unknown, t0: number, id: string): Checks {
  if (!Array.isArray(packed)) return newChecks(id);
  const [first, skipped, pre, post] = packed;
  return {
    firstForm: CHECK_FORMS[int(first)] ?? newChecks(id).firstForm,
    preSkipped: skipped === 1,
    pre: unpackTaking(content, pre, t0),
    post: unpackTaking(content, post, t0),
  };
}

/**
 * The learner saved in `data`, with the LMS's id and name; null if it is not data this
 * content can read (another format, another content structure, damaged).
 */
export function decodeLearner(
  data: string,
  content: Content,
  identity: { id: string; name: string },
): Learner | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(strFromU8(inflateSync(fromBase64(data))));
  } catch {
    return null;
  }
  const [format, fingerprint, t0raw, lessons, activities, quizzes, last, checks] = arr(parsed);
  if (format !== FORMAT || fingerprint !== contentFingerprint(content)) return null;
  const t0 = int(t0raw);
  const learner: Learner = {
    ...identity,
    createdAt: ms(t0),
    lessons: {},
    activities: {},
    quizzes: {},
    lastVisited: null,
    checks: unpackChecks(content, checks, t0, identity.id),
  };
  content.lessons.forEach((l, i) => {
    const p = arr(lessons)[i];
    if (Array.isArray(p)) {
      const read = (unpackIndexes(p[1]) ?? []).map((k) => l.sections[k]?.id);
      learner.lessons[l.id] = {
        startedAt: ms(t0 + int(p[0])),
        sectionsRead: read.filter((id) => id !== undefined),
      };
    }
    l.activities.forEach((a, k) => {
      const p = arr(arr(activities)[i])[k];
      if (!Array.isArray(p)) return;
      const results = a.kind === 'lateral-reading' ? a.results.map((r) => r.id) : [];
      const opened = (unpackIndexes(p[1]) ?? []).map((r) => results[r]);
      learner.activities[a.id] = {
        done: p[0] === 1,
        opened: opened.filter((id) => id !== undefined),
        answers: Object.fromEntries(
          a.questions.flatMap((q, n) => {
            const answer = unpackAnswer(q, arr(p[2])[n], t0);
            return answer ? [[q.id, answer]] : [];
          }),
        ),
      };
    });
    const attempts = arr(arr(quizzes)[i]).map((a) => unpackAttempt(l, a, t0, content.hash));
    if (attempts.length) {
      learner.quizzes[l.id] = { attempts: attempts.filter((a) => a !== undefined) };
    }
  });
  if (Array.isArray(last)) {
    learner.lastVisited = {
      path: String(last[0]),
      label: String(last[1]),
      at: ms(t0 + int(last[2])),
    };
  }
  const checked = v.safeParse(LearnerSchema, learner);
  return checked.success ? checked.output : null;
}

// ---------- base64 (suspend_data is text) ----------

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}
