/**
 * The learning record: one learner's progress as a file, to carry to another device or hand
 * to a teacher. Versioned and documented in README.md ("Learning record files"). Parsing is
 * strict: anything unexpected is refused with a message, and nothing is changed.
 */
import * as v from 'valibot';
import type { Content } from '../domain/content';
import { LearnerSchema, type Learner, type Attempt, type Answer } from './learner';
import { lessonStatus, type LessonStatus } from './lesson-status';

export const RECORD_FORMAT = 'infowar-casestudy-learning-record';
export const RECORD_VERSION = 1;
/** Far above any real record (a few hundred kB at most), far below what could hang a tab. */
export const MAX_RECORD_BYTES = 5 * 1024 * 1024;

const RecordSchema = v.strictObject({
  format: v.literal(RECORD_FORMAT),
  formatVersion: v.literal(RECORD_VERSION),
  module: v.strictObject({
    title: v.pipe(v.string(), v.maxLength(200)),
    version: v.pipe(v.string(), v.maxLength(40)),
    contentHash: v.pipe(v.string(), v.maxLength(64)),
  }),
  exportedAt: v.pipe(v.string(), v.isoTimestamp()),
  learner: LearnerSchema,
  /** For people reading the file; recomputed from `learner` on import, never trusted. */
  summary: v.array(v.looseObject({ lesson: v.string() })),
});
export type LearningRecord = v.InferOutput<typeof RecordSchema>;

export interface ModuleInfo {
  title: string;
  version: string;
}

export function buildRecord(
  learner: Learner,
  content: Content,
  module: ModuleInfo,
  now: Date,
): LearningRecord {
  return {
    format: RECORD_FORMAT,
    formatVersion: RECORD_VERSION,
    module: { ...module, contentHash: content.hash },
    exportedAt: now.toISOString(),
    learner,
    summary: content.lessons.map((l) => ({
      lesson: l.id,
      title: `${l.label}: ${l.title}`,
      ...lessonStatus(l, learner),
    })),
  };
}

export type ParseResult =
  { ok: true; record: LearningRecord; sameContent: boolean } | { ok: false; message: string };

const FORBIDDEN_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

/** Reads a record file's text. Every refusal says why in words a learner can act on. */
export function parseRecord(text: string, content: Content): ParseResult {
  if (text.length > MAX_RECORD_BYTES) {
    return { ok: false, message: 'This file is too large to be a results file from this module.' };
  }
  if (text.trim() === '') return { ok: false, message: 'This file is empty.' };
  let data: unknown;
  try {
    data = JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new HostileKey(key);
      return value;
    });
  } catch (e) {
    if (e instanceof HostileKey) {
      return {
        ok: false,
        message: `This file contains a field named "${e.key}", which is not allowed. It was not imported.`,
      };
    }
    // Our format's name is in it, but it does not parse: a file cut short (an interrupted
    // download or copy) or edited by hand, not a file from somewhere else.
    if (text.includes(`"${RECORD_FORMAT}"`)) {
      return {
        ok: false,
        message:
          'This results file is damaged: it looks cut short or edited by hand, so it cannot be read. Download it again from the device it came from.',
      };
    }
    return {
      ok: false,
      message: 'This is not a results file from this module (it is not readable as JSON).',
    };
  }
  if (
    typeof data !== 'object' ||
    data === null ||
    !('format' in data) ||
    data.format !== RECORD_FORMAT
  ) {
    return {
      ok: false,
      message: 'This file is readable, but it is not a results file from this module.',
    };
  }
  if (!('formatVersion' in data) || typeof data.formatVersion !== 'number') {
    return {
      ok: false,
      message: 'This results file has no format version, so it cannot be read safely.',
    };
  }
  if (data.formatVersion > RECORD_VERSION) {
    return {
      ok: false,
      message:
        'This results file was made by a newer version of the module. Open it with that version, or update this copy.',
    };
  }
  if (data.formatVersion !== RECORD_VERSION) {
    return {
      ok: false,
      message: `Results files of format version ${data.formatVersion} are not supported.`,
    };
  }
  const parsed = v.safeParse(RecordSchema, data);
  if (!parsed.success) {
    const nameIssue = parsed.issues.find((i) => v.getDotPath(i) === 'learner.name');
    if (nameIssue) {
      return {
        ok: false,
        message: `The learner name in this file is not allowed: ${nameIssue.message} It was not imported.`,
      };
    }
    const where = parsed.issues.slice(0, 3).map((i) => v.getDotPath(i) ?? '(top)');
    return {
      ok: false,
      message: `This results file is damaged or has been edited, so it was not imported (problem at: ${where.join(', ')}).`,
    };
  }
  return {
    ok: true,
    record: parsed.output,
    sameContent: parsed.output.module.contentHash === content.hash,
  };
}

class HostileKey extends Error {
  constructor(readonly key: string) {
    super(key);
  }
}

/**
 * Combines two records of the same learner (e.g. school laptop and home): sections read and
 * opened results are joined, attempts are kept from both (by id), and for each practice
 * question the answer with more tries wins. Nothing either side had is lost.
 */
export function mergeLearners(mine: Learner, theirs: Learner): Learner {
  const lessons = { ...mine.lessons };
  for (const [id, t] of Object.entries(theirs.lessons)) {
    const m = lessons[id];
    lessons[id] = m
      ? {
          startedAt: Math.min(m.startedAt, t.startedAt),
          sectionsRead: [...new Set([...m.sectionsRead, ...t.sectionsRead])],
        }
      : t;
  }
  const activities = { ...mine.activities };
  for (const [id, t] of Object.entries(theirs.activities)) {
    const m = activities[id];
    if (!m) {
      activities[id] = t;
      continue;
    }
    const answers: Record<string, Answer> = { ...m.answers };
    for (const [q, a] of Object.entries(t.answers)) {
      const mineAnswer = answers[q];
      if (!mineAnswer || a.tries.length > mineAnswer.tries.length) answers[q] = a;
    }
    activities[id] = {
      answers,
      opened: [...new Set([...m.opened, ...t.opened])],
      done: m.done || t.done,
    };
  }
  const quizzes = { ...mine.quizzes };
  for (const [id, t] of Object.entries(theirs.quizzes)) {
    const byId = new Map<string, Attempt>((quizzes[id]?.attempts ?? []).map((a) => [a.id, a]));
    for (const a of t.attempts) {
      const m = byId.get(a.id);
      // The same attempt on both sides: keep the one that got further.
      if (!m || (m.finishedAt === null && a.finishedAt !== null) || a.lastEventAt > m.lastEventAt)
        byId.set(a.id, a);
    }
    const all = [...byId.values()].sort((a, b) => a.startedAt - b.startedAt);
    // At most one unfinished attempt, and only as the newest.
    const finished = all.filter((a) => a.finishedAt !== null);
    const open = all.filter((a) => a.finishedAt === null).at(-1);
    quizzes[id] = {
      attempts: (open && open.startedAt >= (finished.at(-1)?.startedAt ?? 0)
        ? [...finished, open]
        : finished
      ).slice(-100),
    };
  }
  const lastVisited =
    (mine.lastVisited?.at ?? 0) >= (theirs.lastVisited?.at ?? 0)
      ? mine.lastVisited
      : theirs.lastVisited;
  return {
    ...mine,
    createdAt: Math.min(mine.createdAt, theirs.createdAt),
    lessons,
    activities,
    quizzes,
    lastVisited,
  };
}

/** The per-lesson status of a record's learner against this copy's content. */
export function recordStatuses(
  record: LearningRecord,
  content: Content,
): { lessonId: string; label: string; passMark: number; status: LessonStatus }[] {
  return content.lessons.map((l) => ({
    lessonId: l.id,
    label: l.title === l.label ? l.title : `${l.label}: ${l.title}`,
    passMark: l.quiz.passMark,
    status: lessonStatus(l, record.learner),
  }));
}
