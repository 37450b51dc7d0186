import { describe, expect, it } from 'vitest';
import { buildRecord, MAX_RECORD_BYTES, mergeLearners, parseRecord, RECORD_FORMAT } from './record';
import { newLearner, type Attempt, type Learner } from './learner';
import { fakeContent } from '../testing/content';

const content = fakeContent();
const MODULE = { title: 'Test module', version: '1.0.0' };
const T0 = 1_700_000_000_000;

function attempt(id: string, extra: Partial<Attempt> = {}): Attempt {
  return {
    id,
    seed: 7,
    mode: 'full',
    questionIds: ['single', 'multiple'],
    carried: {},
    answers: {
      single: { tries: [{ input: { kind: 'single-choice', choice: 'a' }, points: 1, at: T0 + 5 }] },
    },
    current: 1,
    startedAt: T0,
    finishedAt: T0 + 100,
    activeMs: 100,
    lastEventAt: T0 + 100,
    contentHash: 'fakehash',
    ...extra,
  };
}

function learner(extra: Partial<Learner> = {}): Learner {
  return {
    ...newLearner('l-ana12345', 'Ana', T0),
    lessons: { 'lesson-one': { startedAt: T0, sectionsRead: ['intro'] } },
    quizzes: { 'lesson-one': { attempts: [attempt('a-first123')] } },
    ...extra,
  };
}

const json = (value: unknown) => JSON.stringify(value);
const record = () => buildRecord(learner(), content, MODULE, new Date(T0));

describe('learning record files', () => {
  it('round-trips: what is exported is imported unchanged', () => {
    const result = parseRecord(json(record()), content);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.record.learner).toEqual(learner());
    expect(result.sameContent).toBe(true);
    expect(result.record.format).toBe(RECORD_FORMAT);
  });

  it('says when the file comes from a different version of the content', () => {
    const other = { ...record(), module: { ...record().module, contentHash: 'other' } };
    const result = parseRecord(json(other), content);
    expect(result.ok && result.sameContent).toBe(false);
  });

  it.each([
    ['an empty file', '', 'This file is empty.'],
    ['a file that is not JSON', 'PK\u0003\u0004 not json at all', 'it is not readable as JSON'],
    [
      'a results file cut short',
      json(record()).slice(0, 300),
      'This results file is damaged: it looks cut short',
    ],
    ['JSON of another kind', json({ hello: 'world' }), 'not a results file from this module'],
    ['an array', '[1,2,3]', 'not a results file from this module'],
    ['no format version', json({ ...record(), formatVersion: undefined }), 'no format version'],
    ['a newer format version', json({ ...record(), formatVersion: 2 }), 'made by a newer version'],
    [
      'an old, unknown format version',
      json({ ...record(), formatVersion: 0 }),
      'format version 0 are not supported',
    ],
    [
      'markup in the name',
      json({ ...record(), learner: { ...learner(), name: '<img src=x onerror=alert(1)>' } }),
      'learner name in this file is not allowed',
    ],
    [
      'a name far too long',
      json({ ...record(), learner: { ...learner(), name: 'x'.repeat(500) } }),
      'learner name in this file is not allowed',
    ],
    [
      'points out of range',
      json({
        ...record(),
        learner: learner({
          quizzes: {
            'lesson-one': {
              attempts: [
                attempt('a-first123', {
                  answers: {
                    single: {
                      tries: [{ input: { kind: 'single-choice', choice: 'a' }, points: 5, at: T0 }],
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
      json({ ...record(), learner: learner({ createdAt: -5 }) }),
      'damaged or has been edited',
    ],
    ['an unknown field', json({ ...record(), extra: true }), 'damaged or has been edited'],
    [
      'a __proto__ key',
      json(record()).replace(
        '"lessons":{',
        '"lessons":{"__proto__":{"startedAt":1,"sectionsRead":[]},',
      ),
      'field named "__proto__"',
    ],
    [
      'a constructor key',
      json(record()).replace('"quizzes":{', '"quizzes":{"constructor":{"attempts":[]},'),
      'field named "constructor"',
    ],
  ])('refuses %s with a clear message', (_label, text, message) => {
    const result = parseRecord(text, content);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });

  it('refuses a file larger than any real record without parsing it', () => {
    const result = parseRecord(' '.repeat(MAX_RECORD_BYTES + 1), content);
    expect(result).toEqual({
      ok: false,
      message: 'This file is too large to be a results file from this module.',
    });
  });
});

describe('mergeLearners', () => {
  it('keeps everything from both sides', () => {
    const home = learner({
      lessons: { 'lesson-one': { startedAt: T0 + 50, sectionsRead: ['more'] } },
      quizzes: {
        'lesson-one': {
          attempts: [
            attempt('a-second12', {
              startedAt: T0 + 200,
              finishedAt: T0 + 300,
              lastEventAt: T0 + 300,
            }),
          ],
        },
      },
    });
    const merged = mergeLearners(learner(), home);
    expect(merged.lessons['lesson-one']).toEqual({
      startedAt: T0,
      sectionsRead: ['intro', 'more'],
    });
    expect(merged.quizzes['lesson-one']?.attempts.map((a) => a.id)).toEqual([
      'a-first123',
      'a-second12',
    ]);
  });

  it('does not duplicate an attempt present on both sides, keeping the one that got further', () => {
    const unfinished = attempt('a-first123', { finishedAt: null, lastEventAt: T0 + 50 });
    const a = learner({ quizzes: { 'lesson-one': { attempts: [unfinished] } } });
    const merged = mergeLearners(a, learner());
    expect(merged.quizzes['lesson-one']?.attempts).toHaveLength(1);
    expect(merged.quizzes['lesson-one']?.attempts[0]?.finishedAt).toBe(T0 + 100);
  });
});
