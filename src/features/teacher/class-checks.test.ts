import { describe, expect, it } from 'vitest';
import { checkCsvColumns, classChecks } from './class-checks';
import { classSummary } from './class-summary';
import { toCsv } from './class-csv';
import { buildRecord } from '../../model/record';
import { firstFormFor, newLearner, type CheckTaking, type Learner } from '../../model/learner';
import { fakeContent } from '../../testing/content';
import type { CheckFormId } from '../../domain/content';

const content = fakeContent();
const T0 = 1_700_000_000_000;

/** A finished sitting: `answers` gives "s" (supported) or "u" for items one to four. */
function taking(form: CheckFormId, answers: string, startedAt = T0): CheckTaking {
  const p = form === 'form-a' ? 'a' : 'b';
  return {
    form,
    seed: 1,
    answers: Object.fromEntries(
      ['one', 'two', 'three', 'four'].map((n, i) => [
        `${p}-${n}`,
        {
          input: {
            kind: 'single-choice' as const,
            choice: answers[i] === 's' ? 'supported' : 'unsupported',
          },
          at: startedAt,
        },
      ]),
    ),
    current: 3,
    startedAt,
    finishedAt: startedAt + 1000,
    activeMs: 1000,
    lastEventAt: startedAt + 1000,
    contentHash: content.hash,
  };
}

/** A learner with a before-check and an after-check (null: not taken). */
function learner(id: string, name: string, pre: string | null, post: string | null): Learner {
  const l = newLearner(id, name, T0);
  const first = firstFormFor(id);
  const second = first === 'form-a' ? 'form-b' : 'form-a';
  return {
    ...l,
    checks: {
      ...l.checks,
      pre: pre === null ? null : taking(first, pre),
      post: post === null ? null : taking(second, post, T0 + 10_000),
    },
  };
}

const record = (l: Learner, at = T0) =>
  buildRecord(l, content, { title: 'm', version: '1' }, new Date(at));

describe('classChecks', () => {
  // Items one and two are unsupported, three and four supported (testing/content.ts).
  const ana = learner('l-ana12345', 'Ana', 'uuuu', 'uuss'); // 0 → +100
  const ben = learner('l-ben12345', 'Ben', 'ussu', 'usss'); // 0 → +50
  const cai = learner('l-cai12345', 'Cai', null, 'ssss'); // after only

  it('gives each learner’s figures, and the change over those with both only', () => {
    const result = classChecks([record(cai), record(ben), record(ana)], content);
    expect(
      result.learners.map((l) => [l.name, l.before?.figures.index, l.after?.figures.index]),
    ).toEqual([
      ['Ana', 0, 1],
      ['Ben', 0, 0.5],
      ['Cai', undefined, 0],
    ]);
    expect(result.change.n).toBe(2);
    expect(result.change.before?.index).toBe(0);
    expect(result.change.after?.index).toBe(0.75);
    expect(result.change.change).toBe(0.75);
    const forms = [ana, ben, cai].map((l) => l.checks.firstForm);
    expect(result.firstForms['form-a']).toBe(forms.filter((f) => f === 'form-a').length);
  });

  it('counts the newest file of a learner once, and ignores a sitting not finished', () => {
    const older = record(learner('l-ana12345', 'Ana', 'uuuu', null), T0);
    const open = learner('l-ana12345', 'Ana', 'uuuu', 'ssss');
    const unfinished = {
      ...open,
      checks: { ...open.checks, post: { ...open.checks.post!, finishedAt: null } },
    };
    const result = classChecks([older, record(unfinished, T0 + 5)], content);
    expect(result.learners).toHaveLength(1);
    expect(result.learners[0]?.after).toBeNull();
    expect(result.change.n).toBe(0);
  });

  it('marks a before-check taken after the learner had begun the lessons', () => {
    const late = {
      ...ana,
      lessons: { 'lesson-one': { startedAt: T0 - 1, sectionsRead: [] } },
    };
    expect(classChecks([record(late)], content).learners[0]?.beforeLate).toBe(true);
    expect(classChecks([record(ana)], content).learners[0]?.beforeLate).toBe(false);
  });

  it('adds the before and after figures to the learner’s CSV row, before the export time', () => {
    const records = [record(ana), record(cai)];
    const csv = toCsv(
      classSummary(records, content),
      content,
      new Date(T0),
      checkCsvColumns(classChecks(records, content)),
    );
    const [header, anaRow, caiRow] = csv.trim().split('\r\n');
    expect(header).toMatch(
      /"before-check form","before-check: weak claims flagged","before-check: weak claims","before-check: well-supported wrongly doubted","before-check: well-supported","before-check: discernment","after-check form",.*"after-check: discernment","check: discernment change","exported"$/,
    );
    const a = ana.checks.firstForm;
    const b = a === 'form-a' ? 'form-b' : 'form-a';
    expect(anaRow).toMatch(
      new RegExp(`"${a}","2","2","2","2","0","${b}","2","2","0","2","100","100","[^"]+"$`),
    );
    expect(caiRow).toMatch(/"","","","","","","form-[ab]","0","2","0","2","0","","[^"]+"$/);
  });
});
