// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import {
  buildRecord,
  MAX_RECORD_BYTES,
  parseRecord,
  readRecordFile,
  recordStatuses,
} from './record';
import { fakeContent } from '../testing/content';
import retriedFile from './fixtures/record-v1-retried.json?raw';
import { attempt, learner, T0 } from '../testing/records';
import { firstFormFor } from './learner';

const content = fakeContent();
const MODULE = { title: 'Test module', version: '1.0.0' };

const json = (value: unknown) => JSON.stringify(value);
const record = () => buildRecord(learner(), content, MODULE, new Date(T0));

describe('learning record files', () => {
  it('round-trips: what is exported is imported unchanged', () => {
    const result = parseRecord(json(record()), content);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.record.learner).toEqual(learner());
    expect(result.sameContent).toBe(true);
  });

  it('reads a results file as the format documents it (written by any copy of version 1)', () => {
    const file = `{
      "format": "infowar-casestudy-learning-record",
      "formatVersion": 1,
      "module": { "title": "Information-warfare claims", "version": "0.1.0", "contentHash": "fakehash" },
      "exportedAt": "2026-11-29T10:00:00.000Z",
      "learner": {
        "id": "l-ana12345", "name": "Ana", "createdAt": 0,
        "lessons": { "lesson-one": { "startedAt": 0, "sectionsRead": ["intro"] } },
        "activities": {}, "quizzes": {}, "lastVisited": null
      },
      "summary": [{ "lesson": "lesson-one", "title": "Lesson 1: One" }]
    }`;
    const result = parseRecord(file, content);
    expect(result).toMatchObject({ ok: true, sameContent: true });
    if (!result.ok) return;
    expect(result.record.learner.lessons).toEqual({
      'lesson-one': { startedAt: 0, sectionsRead: ['intro'] },
    });
    // Version 1 had no before-and-after check: the learner starts one, with their own first form.
    expect(result.record.formatVersion).toBe(2);
    expect(result.record.learner.checks).toEqual({
      firstForm: firstFormFor('l-ana12345'),
      pre: null,
      post: null,
      preSkipped: false,
    });
  });

  it('writes format version 2, with the learner’s before-and-after check', () => {
    const taking = {
      form: 'form-b' as const,
      seed: 7,
      answers: {
        'b-item': { input: { kind: 'single-choice' as const, choice: 'supported' }, at: T0 },
      },
      current: 0,
      startedAt: T0,
      finishedAt: T0 + 60_000,
      activeMs: 60_000,
      lastEventAt: T0 + 60_000,
      contentHash: 'fakehash',
    };
    const l = {
      ...learner(),
      checks: { firstForm: 'form-b' as const, pre: taking, post: null, preSkipped: false },
    };
    const r = buildRecord(l, content, MODULE, new Date(T0));
    expect(r.formatVersion).toBe(2);
    const back = parseRecord(json(r), content);
    expect(back.ok && back.record.learner.checks).toEqual(l.checks);
  });

  it('refuses a version 1 file that has checks, and a version 2 file without them', () => {
    const r = record();
    expect(parseRecord(json({ ...r, formatVersion: 1 }), content)).toMatchObject({
      ok: false,
      message: expect.stringContaining('learner.checks'),
    });
    const noChecks = Object.fromEntries(Object.entries(r.learner).filter(([k]) => k !== 'checks'));
    expect(parseRecord(json({ ...r, learner: noChecks }), content)).toMatchObject({
      ok: false,
      message: expect.stringContaining('learner.checks'),
    });
  });

  it('imports a file exported before first attempts were reported, first attempt intact', () => {
    // Written by the module as it was before the first attempt led every report: the attempts
    // hold the tries, so the first attempt is read from them (the summary is never trusted).
    const result = parseRecord(retriedFile, content);
    expect(result).toMatchObject({ ok: true, sameContent: true });
    if (!result.ok) return;
    const [lesson] = recordStatuses(result.record, content);
    // First attempt: a quarter on the multiple-choice (right on try 2 of 2, half right) and
    // half on the single-choice (right on try 2). The retry of both then reached 100%.
    expect(lesson?.status).toMatchObject({
      firstPercent: 37.5,
      bestPercent: 100,
      lastPercent: 100,
      attempts: 2,
      passed: true,
    });
  });

  it('writes a readable summary of each lesson beside the learner’s data', () => {
    expect(record().summary).toEqual([
      expect.objectContaining({ lesson: 'lesson-one', title: 'Lesson 1: One', sectionsRead: 1 }),
    ]);
  });

  it('says which fields are damaged: the first three', () => {
    const r = record();
    const damaged = {
      ...r,
      module: { ...r.module, version: 5 },
      exportedAt: 'yesterday',
      learner: { ...r.learner, createdAt: -1 },
      extra: true,
    };
    expect(parseRecord(json(damaged), content)).toEqual({
      ok: false,
      message:
        'This results file is damaged or has been edited, so it was not imported (problem at: module.version, exportedAt, learner.createdAt).',
    });
  });

  it('says when the file comes from a different version of the content', () => {
    const other = { ...record(), module: { ...record().module, contentHash: 'other' } };
    const result = parseRecord(json(other), content);
    expect(result).toMatchObject({ ok: true, sameContent: false });
  });

  it.each([
    ['an empty file', '', 'This file is empty.'],
    ['a file of blank lines', '  \n\n ', 'This file is empty.'],
    ['a summary that names no lesson', () => json({ ...record(), summary: [{}] }), 'damaged'],
    ['a file that is not JSON', 'PK\u0003\u0004 not json at all', 'it is not readable as JSON'],
    [
      'a results file cut short',
      () => json(record()).slice(0, 300),
      'This results file is damaged: it looks cut short',
    ],
    ['JSON of another kind', json({ hello: 'world' }), 'not a results file from this module'],
    ['an array', '[1,2,3]', 'not a results file from this module'],
    [
      'no format version',
      () => json({ ...record(), formatVersion: undefined }),
      'no format version',
    ],
    [
      'a newer format version',
      () => json({ ...record(), formatVersion: 3 }),
      'made by a newer version',
    ],
    [
      'an old, unknown format version',
      () => json({ ...record(), formatVersion: 0 }),
      'format version 0 are not supported',
    ],
    [
      'markup in the name',
      () => json({ ...record(), learner: { ...learner(), name: '<img src=x onerror=alert(1)>' } }),
      'learner name in this file is not allowed',
    ],
    [
      'a name far too long',
      () => json({ ...record(), learner: { ...learner(), name: 'x'.repeat(500) } }),
      'learner name in this file is not allowed',
    ],
    [
      'points out of range',
      () =>
        json({
          ...record(),
          learner: learner({
            quizzes: {
              'lesson-one': {
                attempts: [
                  attempt('a-first123', {
                    answers: {
                      single: {
                        tries: [
                          { input: { kind: 'single-choice', choice: 'a' }, points: 5, at: T0 },
                        ],
                      },
                    },
                  }),
                ],
              },
            },
          }),
        }),
      'damaged or has been edited',
    ],
    [
      'a negative time',
      () => json({ ...record(), learner: learner({ createdAt: -5 }) }),
      'damaged or has been edited',
    ],
    ['an unknown field', () => json({ ...record(), extra: true }), 'damaged or has been edited'],
    [
      'a __proto__ key',
      () =>
        json(record()).replace(
          '"lessons":{',
          '"lessons":{"__proto__":{"startedAt":1,"sectionsRead":[]},',
        ),
      'field named "__proto__"',
    ],
    [
      'a constructor key',
      () => json(record()).replace('"quizzes":{', '"quizzes":{"constructor":{"attempts":[]},'),
      'field named "constructor"',
    ],
  ] satisfies [string, string | (() => string), string][])(
    'refuses %s with a clear message',
    (_label, text, message) => {
      // Files built from a record are made inside the test, so a broken buildRecord fails
      // these tests rather than the loading of this file.
      const result = parseRecord(typeof text === 'function' ? text() : text, content);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toContain(message);
    },
  );

  it('refuses a file larger than any real record without parsing it', () => {
    const result = parseRecord(' '.repeat(MAX_RECORD_BYTES + 1), content);
    expect(result).toEqual({
      ok: false,
      message: 'This file is too large to be a results file from this module.',
    });
  });

  it('reads a file of exactly the largest size allowed', () => {
    expect(parseRecord(' '.repeat(MAX_RECORD_BYTES), content)).toEqual({
      ok: false,
      message: 'This file is empty.',
    });
  });

  it('reads a chosen file, but refuses one larger than any real record before reading it', async () => {
    const text = vi.fn(async () => json(record()));
    const big = await readRecordFile({ size: MAX_RECORD_BYTES + 1, text }, content);
    expect(big).toEqual({
      ok: false,
      message: 'This file is too large to be a results file from this module.',
    });
    expect(text).not.toHaveBeenCalled();
    const fine = await readRecordFile({ size: MAX_RECORD_BYTES, text }, content);
    expect(fine).toMatchObject({ ok: true, sameContent: true });
  });

  it('names a lesson by its title alone when the title is its label (the final review)', () => {
    const parsed = parseRecord(json(record()), content);
    if (!parsed.ok) throw new Error(parsed.message);
    const review = { ...content.lessons[0]!, label: 'Final review', title: 'Final review' };
    expect(recordStatuses(parsed.record, { ...content, lessons: [review] })[0]?.label).toBe(
      'Final review',
    );
  });

  it('summarises each lesson of this copy for the learner in the file', () => {
    const parsed = parseRecord(json(record()), content);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(recordStatuses(parsed.record, content)).toEqual([
      {
        lessonId: 'lesson-one',
        label: 'Lesson 1: One',
        passMark: 80,
        status: expect.objectContaining({ started: true, sectionsRead: 1, attempts: 1 }),
      },
    ]);
  });
});
