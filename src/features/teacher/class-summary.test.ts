import { describe, expect, it } from 'vitest';
import { classSummary, toCsv } from './class-summary';
import { buildRecord } from '../../model/record';
import { newLearner, type Attempt, type Learner } from '../../model/learner';
import { fakeContent } from '../../testing/content';

const content = fakeContent();
const T0 = 1_700_000_000_000;

function withAttempt(id: string, name: string, singleChoice: string, multiple: string[]): Learner {
  const attempt: Attempt = {
    id: `a-${id.slice(2)}`,
    seed: 1,
    mode: 'full',
    questionIds: ['single', 'multiple'],
    carried: {},
    answers: {
      single: {
        tries: [{ input: { kind: 'single-choice', choice: singleChoice }, points: 0, at: T0 }],
      },
      multiple: {
        tries: [{ input: { kind: 'multiple-choice', choices: multiple }, points: 0, at: T0 }],
      },
    },
    current: 1,
    startedAt: T0,
    finishedAt: T0 + 1000,
    activeMs: 1000,
    lastEventAt: T0 + 1000,
    contentHash: content.hash,
  };
  return { ...newLearner(id, name, T0), quizzes: { 'lesson-one': { attempts: [attempt] } } };
}

const record = (l: Learner, at = T0) =>
  buildRecord(l, content, { title: 'm', version: '1' }, new Date(at));

describe('classSummary', () => {
  const ana = withAttempt('l-ana12345', 'Ana', 'a', ['a', 'b']); // all right
  const ben = withAttempt('l-ben12345', 'Ben', 'b', ['a', 'b', 'c']); // single wrong, multiple half

  it('makes one row per learner with best scores, and finds the most-missed questions', () => {
    const s = classSummary([record(ben), record(ana)], content);
    expect(s.learners.map((l) => [l.name, l.lessons[0]?.status.bestPercent])).toEqual([
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

  it('exports CSV with quoted cells and neutralised formulas', () => {
    const evil = withAttempt('l-eve12345', '=HYPERLINK("x")', 'a', ['a', 'b']);
    const csv = toCsv(classSummary([record(evil)], content), content);
    const [header, row] = csv.trim().split('\r\n');
    expect(header).toContain('"learner","lesson"');
    expect(row?.startsWith(`"'=HYPERLINK(""x"")","Lesson 1"`)).toBe(true);
  });
});
