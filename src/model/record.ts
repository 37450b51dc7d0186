/**
 * The learning record: one learner's progress as a file, to carry to another device or hand
 * to a teacher. Versioned and documented in README.md ("Learning record files"). Parsing is
 * strict: anything unexpected is refused with a message, and nothing is changed.
 */
import * as v from 'valibot';
import type { Content } from '../domain/content';
import { LearnerSchema, newChecks, type Learner } from './learner';
import { isRecord } from './is-record';
import { lessonStatus, type LessonStatus } from './lesson-status';

export const RECORD_FORMAT = 'infowar-casestudy-learning-record';
/**
 * Format history:
 *   1 — the first format
 *   2 — the learner has `checks` (the before-and-after check). Version 1 files still import:
 *       their learners get a fresh check. A version 1 reader refuses version 2 files as made
 *       by a newer module, which is true, instead of calling them damaged.
 */
export const RECORD_VERSION = 2;
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

/** Version 1: the same, except that learners had no `checks`. */
const RecordV1Schema = v.strictObject({
  ...RecordSchema.entries,
  formatVersion: v.literal(1),
  learner: v.omit(LearnerSchema, ['checks']),
});

/** Brings a parsed record of an older version up to the current one. */
function upgrade(record: v.InferOutput<typeof RecordV1Schema>): LearningRecord {
  return {
    ...record,
    formatVersion: RECORD_VERSION,
    learner: { ...record.learner, checks: newChecks(record.learner.id) },
  };
}

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

const TOO_LARGE = 'This file is too large to be a results file from this module.';
const FORBIDDEN_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

/** Reads a record file's text. Every refusal says why in words a learner can act on. */
export function parseRecord(text: string, content: Content): ParseResult {
  if (text.length > MAX_RECORD_BYTES) return { ok: false, message: TOO_LARGE };
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
  if (!isRecord(data) || data.format !== RECORD_FORMAT) {
    return {
      ok: false,
      message: 'This file is readable, but it is not a results file from this module.',
    };
  }
  if (typeof data.formatVersion !== 'number') {
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
  if (data.formatVersion !== RECORD_VERSION && data.formatVersion !== 1) {
    return {
      ok: false,
      message: `Results files of format version ${data.formatVersion} are not supported.`,
    };
  }
  const parsed =
    data.formatVersion === 1
      ? v.safeParse(v.pipe(RecordV1Schema, v.transform(upgrade)), data)
      : v.safeParse(RecordSchema, data);
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

/**
 * Reads a record from a file the learner or teacher chose: a file too large to be one is
 * refused before it is read into memory.
 */
export async function readRecordFile(
  file: Pick<File, 'size' | 'text'>,
  content: Content,
): Promise<ParseResult> {
  if (file.size > MAX_RECORD_BYTES) return { ok: false, message: TOO_LARGE };
  return parseRecord(await file.text(), content);
}

class HostileKey extends Error {
  constructor(readonly key: string) {
    super(key);
  }
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
