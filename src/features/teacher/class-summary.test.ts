// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { classSummary } from './class-summary';
import { csvFileName, toCsv } from './class-csv';
import { buildRecord, parseRecord } from '../../model/record';
import { newLearner, type Attempt, type Learner } from '../../model/learner';
import { fakeContent } from '../../testing/content';
import { parseCsv } from '../../testing/csv';
import retriedFile from '../../model/fixtures/record-v1-retried.json?raw';

const content = fakeContent();
const T0 = 1_700_000_000_000;

type Tries = { single: string[]; multiple: string[][] };

function attemptOf(id: string, n: number, tries: Tries, mode: Attempt['mode'] = 'full'): Attempt {
  const at = T0 + n * 10_000;
  return {
    id: `a-${id.slice(2)}${n}`,
    seed: 1,
    mode,
    questionIds: ['single', 'multiple'],
    carried: {},
    answers: {
      single: {
        tries: tries.single.map((choice) => ({
          input: { kind: 'single-choice', choice },
          points: 0,
          at,
        })),
      },
      multiple: {
        tries: tries.multiple.map((choices) => ({
          input: { kind: 'multiple-choice', choices },
          points: 0,
          at,
        })),
      },
    },
    current: 1,
    startedAt: at,
    finishedAt: at + 1000,
    activeMs: 1000,
    lastEventAt: at + 1000,
    contentHash: content.hash,
  };
}

function learnerWith(id: string, name: string, ...attempts: Tries[]): Learner {
  return {
    ...newLearner(id, name, T0),
    quizzes: {
      'lesson-one': {
        attempts: attempts.map((t, n) => attemptOf(id, n, t, n ? 'missed' : 'full')),
      },
    },
  };
}

const record = (l: Learner, at = T0) =>
  buildRecord(l, content, { title: 'm', version: '1' }, new Date(at));

const allRight: Tries = { single: ['a'], multiple: [['a', 'b']] };

describe('classSummary', () => {
  const ana = learnerWith('l-ana12345', 'Ana', allRight);
  const ben = learnerWith('l-ben12345', 'Ben', { single: ['b'], multiple: [['a', 'b', 'c']] });

  it('makes one row per learner with first-attempt scores, and finds the most-missed questions', () => {
    const s = classSummary([record(ben), record(ana)], content);
    expect(s.learners.map((l) => [l.name, l.lessons[0]?.first?.percent])).toEqual([
      ['Ana', 100],
      ['Ben', 25],
    ]);
    expect(s.missed.map((m) => [m.questionId, m.missed, m.answered])).toEqual([
      ['single', 1, 2],
      ['multiple', 1, 2],
    ]);
  });

  it('adds up the class’s discernment from first answers', () => {
    const s = classSummary([record(ana), record(ben)], content);
    // single (truth flag): Ana picked the flag option, Ben the trust one.
    // multiple (ticking = trust): a, b are trust, c is flag. Ana left c unticked (flagged it);
    // Ben ticked everything, so he trusted c, which deserved a flag.
    expect(s.discernment).toEqual({ flagItems: 4, flagged: 2, trustItems: 4, wronglyFlagged: 0 });
  });

  it('counts a learner once when two of their files are opened, keeping the newest', () => {
    const older = record({ ...ana, quizzes: {} }, T0);
    const newer = record(ana, T0 + 5000);
    const s = classSummary([older, newer], content);
    expect(s.learners).toHaveLength(1);
    expect(s.duplicates).toBe(1);
    expect(s.learners[0]?.lessons[0]?.status.bestPercent).toBe(100);
  });
});

describe('retrying never hides the first attempt from the teacher', () => {
  // Both miss things on the first attempt, then retry what they missed and get it all right.
  const cara = learnerWith(
    'l-cara1234',
    'Cara',
    { single: ['b', 'a'], multiple: [['a']] }, // single right on try 2 (½), multiple ½ → 50%
    allRight,
  );
  const dev = learnerWith(
    'l-dev12345',
    'Dev',
    {
      single: ['b', 'b'],
      multiple: [
        ['a', 'c'],
        ['a', 'b'],
      ],
    }, // 0, and right on try 2 (½) → 25%
    allRight,
  );
  const summary = classSummary([record(cara), record(dev)], content);

  it('leads the table with the first attempt; best after retries is kept apart', () => {
    expect(
      summary.learners.map((l) => [
        l.name,
        l.lessons[0]?.first?.percent,
        l.lessons[0]?.status.bestPercent,
        l.lessons[0]?.status.attempts,
      ]),
    ).toEqual([
      ['Cara', 50, 100, 2],
      ['Dev', 25, 100, 2],
    ]);
  });

  it('counts the questions missed on the first attempt, not after the retry', () => {
    expect(summary.missed.map((m) => [m.questionId, m.missed, m.answered])).toEqual([
      ['single', 2, 2],
      ['multiple', 2, 2],
    ]);
  });

  it('reads discernment from the first attempts’ first tries', () => {
    // Cara: single "b" (trusted the flag item); multiple "a" only: b wrongly flagged, c flagged.
    // Dev: single "b"; multiple "a, c": b wrongly flagged, c trusted.
    expect(summary.learners.map((l) => l.discernment)).toEqual([
      { flagItems: 2, flagged: 1, trustItems: 2, wronglyFlagged: 1 },
      { flagItems: 2, flagged: 0, trustItems: 2, wronglyFlagged: 1 },
    ]);
    expect(summary.discernment).toEqual({
      flagItems: 4,
      flagged: 1,
      trustItems: 4,
      wronglyFlagged: 2,
    });
  });

  it('reads the first attempt from a record file exported in today’s format', () => {
    const parsed = parseRecord(retriedFile, content);
    if (!parsed.ok) throw new Error(parsed.message);
    const [ben] = classSummary([parsed.record], content).learners;
    expect(ben?.lessons[0]?.first?.percent).toBe(37.5);
    expect(ben?.lessons[0]?.status.bestPercent).toBe(100);
    expect(ben?.discernment).toEqual({
      flagItems: 2,
      flagged: 0,
      trustItems: 2,
      wronglyFlagged: 1,
    });
  });
});

describe('the CSV file', () => {
  const cara = learnerWith(
    'l-cara1234',
    'Cara',
    { single: ['b', 'a'], multiple: [['a']] },
    allRight,
  );
  const evil = learnerWith('l-eve12345', '=HYPERLINK("x")', allRight);
  const nobody = { ...newLearner('l-zed12345', 'Zed', T0) };
  const at = new Date(Date.UTC(2026, 10, 20, 9, 8));
  const csv = toCsv(
    classSummary([record(cara), record(evil), record(nobody)], content),
    content,
    at,
  );
  const [header = [], ...rows] = parseCsv(csv);
  const byName = (name: string) => {
    const row = rows.find((r) => r[0] === name) ?? [];
    return Object.fromEntries(header.map((h, i) => [h, row[i]]));
  };

  it('has one row per learner, every cell quoted, formulas neutralised', () => {
    expect(rows.map((r) => r[0])).toEqual(['\'=HYPERLINK("x")', 'Cara', 'Zed']);
    expect(rows.every((r) => r.length === header.length)).toBe(true);
    expect(csv.split('\r\n')[1]?.startsWith(`"'=HYPERLINK(""x"")",`)).toBe(true);
  });

  it('gives first-attempt figures, not the retry’s, and best after retries in its own column', () => {
    expect(byName('Cara')).toMatchObject({
      'Lesson 1 first attempt %': '50',
      'Lesson 1 first attempt: flagged': '1',
      'Lesson 1 first attempt: items to flag': '2',
      'Lesson 1 first attempt: wrongly flagged': '1',
      'Lesson 1 first attempt: items to trust': '2',
      'overall first attempts: flagged': '1',
      'Lesson 1 best % after retries': '100',
      'Lesson 1 passed (on any attempt)': 'yes',
      'Lesson 1 attempts': '2',
    });
    // A learner who has not taken the quiz has empty figures, not zeros.
    expect(byName('Zed')).toMatchObject({
      'Lesson 1 first attempt %': '',
      'Lesson 1 first attempt: flagged': '',
      'Lesson 1 best % after retries': '',
      'Lesson 1 attempts': '0',
    });
  });

  it('puts first-attempt score and discernment columns before best and progress', () => {
    const index = (h: string) => header.indexOf(h);
    const lastFirst = Math.max(...header.flatMap((h, i) => (/first attempt/.test(h) ? [i] : [])));
    expect(index('learner')).toBe(0);
    expect(index('Lesson 1 first attempt %')).toBe(1);
    expect(lastFirst).toBeLessThan(index('Lesson 1 best % after retries'));
    expect(index('Lesson 1 best % after retries')).toBeLessThan(index('Lesson 1 sections read'));
  });

  it('has nothing a spreadsheet turns into a date: counts apart, whole numbers', () => {
    const dateLike = /^\d{1,4}\s*[/.-]\s*\d{1,2}([/.-]\d{1,4})?$/;
    const values = rows.flatMap((r) => r.slice(0, -1));
    expect(values.filter((v) => dateLike.test(v))).toEqual([]);
    expect(values.filter((v) => /^\d+\.\d+$/.test(v) || v.endsWith('%'))).toEqual([]);
  });

  it('says when it was exported, in the file and in its name', () => {
    expect(header.at(-1)).toBe('exported');
    expect(rows.every((r) => r.at(-1) === '2026-11-20 09:08 UTC')).toBe(true);
    expect(csvFileName(at)).toBe('class-results-2026-11-20T0908Z.csv');
  });
});
