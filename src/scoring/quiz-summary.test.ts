// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Quiz } from '../domain/content';
import type { Input } from '../domain/question';
import {
  finishedAttempts,
  firstAttempt,
  quizResult,
  summarizeAttempt,
  type AttemptRecord,
} from './quiz-summary';
import { q } from '../testing/questions';

// single: key "a" (stance flag; "b" is trust). multiple: key a, b (trust); c is flag.
const quiz: Quiz = {
  id: 'quiz',
  title: 'Quiz',
  intro: [],
  passMark: 75,
  tries: 2,
  questions: [q.single(), q.multiple()],
};

const single = (choice: string): { input: Input } => ({
  input: { kind: 'single-choice', choice },
});
const multiple = (...choices: string[]): { input: Input } => ({
  input: { kind: 'multiple-choice', choices },
});

function attempt(extra: Partial<AttemptRecord> = {}): AttemptRecord {
  return {
    questionIds: ['single', 'multiple'],
    carried: {},
    answers: { single: { tries: [single('a')] }, multiple: { tries: [multiple('a', 'b')] } },
    finishedAt: 1,
    ...extra,
  };
}

describe('summarizeAttempt', () => {
  it('full marks for right first tries: passed, nothing missed', () => {
    const s = summarizeAttempt(quiz, attempt());
    expect(s.outcomes.map((o) => [o.question.id, o.credit, o.asked, o.tries.length])).toEqual([
      ['single', 1, true, 1],
      ['multiple', 1, true, 1],
    ]);
    expect(s).toMatchObject({ percent: 100, passed: true, missed: [] });
  });

  it('half credit for a second try; the pass mark is met at exactly the mark', () => {
    const s = summarizeAttempt(
      quiz,
      attempt({
        answers: {
          single: { tries: [single('b'), single('a')] },
          multiple: { tries: [multiple('a', 'b')] },
        },
      }),
    );
    expect(s.outcomes.map((o) => o.credit)).toEqual([0.5, 1]);
    expect(s).toMatchObject({ percent: 75, passed: true, missed: ['single'] });
    const answers = {
      single: { tries: [single('b'), single('a')] },
      multiple: { tries: [multiple('a', 'b')] },
    };
    expect(summarizeAttempt({ ...quiz, passMark: 75.1 }, attempt({ answers })).passed).toBe(false);
  });

  it('reads discernment from first tries: the learner’s own judgement, before any feedback', () => {
    // First try: "b" (trusting an unsupported claim); then, after feedback, "a".
    const s = summarizeAttempt(
      quiz,
      attempt({
        answers: {
          single: { tries: [single('b'), single('a')] },
          multiple: { tries: [multiple('a', 'c'), multiple('a', 'b')] },
        },
      }),
    );
    // single: flag item, not flagged on the first try. multiple (ticking = trust): a trusted,
    // b unticked = flagged wrongly, c ticked = trusted wrongly.
    expect(s.discernment).toEqual({ flagItems: 2, flagged: 0, trustItems: 2, wronglyFlagged: 1 });
  });

  it('counts unanswered questions as no credit and no judgement', () => {
    const s = summarizeAttempt(quiz, attempt({ answers: {} }));
    expect(s.outcomes.map((o) => o.credit)).toEqual([0, 0]);
    expect(s).toMatchObject({ percent: 0, passed: false, missed: ['single', 'multiple'] });
    expect(s.discernment).toEqual({ flagItems: 2, flagged: 0, trustItems: 2, wronglyFlagged: 0 });
  });

  it('counts a question with a draft but no try as unanswered', () => {
    const draftOnly = { tries: [], draft: single('a').input };
    const s = summarizeAttempt(quiz, attempt({ answers: { single: draftOnly } }));
    expect(s.outcomes[0]).toMatchObject({ credit: 0, tries: [] });
    expect(s.discernment.flagged).toBe(0);
  });

  it('in "retry what I missed", keeps the earlier credit of questions not asked again', () => {
    const s = summarizeAttempt(
      quiz,
      attempt({
        questionIds: ['multiple'],
        carried: { single: 1 },
        answers: { multiple: { tries: [multiple('a')] } },
      }),
    );
    // The question asked comes first; the one carried over follows.
    expect(s.outcomes.map((o) => [o.question.id, o.credit, o.asked])).toEqual([
      ['multiple', 0.5, true],
      ['single', 1, false],
    ]);
    expect(s.outcomes[1]?.tries).toEqual([]);
    expect(s).toMatchObject({ percent: 75, missed: ['multiple'] });
    // Questions neither asked nor carried count as missed with no credit.
    const none = summarizeAttempt(quiz, attempt({ questionIds: ['multiple'], carried: {} }));
    expect(none.outcomes[1]).toMatchObject({ credit: 0, asked: false });
  });

  it('follows the current content: questions removed since are left out', () => {
    const s = summarizeAttempt(
      { ...quiz, questions: [q.multiple()] },
      attempt({ questionIds: ['single', 'multiple', 'gone'] }),
    );
    expect(s.outcomes.map((o) => o.question.id)).toEqual(['multiple']);
    expect(s.percent).toBe(100);
  });
});

describe('results are reviewed in the order asked', () => {
  it('lists outcomes in the attempt’s shuffled order, not in authoring order', () => {
    const s = summarizeAttempt(quiz, attempt({ questionIds: ['multiple', 'single'] }));
    expect(s.outcomes.map((o) => o.question.id)).toEqual(['multiple', 'single']);
  });
});

describe('first attempt and best after retries', () => {
  const wrong = attempt({
    answers: { single: { tries: [single('b')] }, multiple: { tries: [multiple('a')] } },
  });
  // "Retry only the ones I missed", right this time: 100%, but it is practice.
  const retry = attempt({
    questionIds: ['single', 'multiple'],
    answers: { single: { tries: [single('a')] }, multiple: { tries: [multiple('a', 'b')] } },
    finishedAt: 2,
  });
  it('counts only finished attempts; the first finished one is the evidence', () => {
    const open = attempt({ finishedAt: null });
    expect(finishedAttempts([wrong, open])).toEqual([wrong]);
    expect(firstAttempt([open, wrong, retry])).toBe(wrong);
    expect(firstAttempt([open])).toBeUndefined();
  });
  it('leads with the first attempt: a retry to 100% raises only "best"', () => {
    const r = quizResult(quiz, [wrong, retry, attempt({ finishedAt: null })]);
    expect(r).toMatchObject({
      bestPercent: 100,
      lastPercent: 100,
      attempts: 2,
      passed: true,
    });
    expect(r?.first.percent).toBe(25);
    expect(r?.first.passed).toBe(false);
    // single: a flag item trusted; multiple (ticking = trust): b, a trust item, left unticked.
    expect(r?.first.discernment).toEqual({
      flagItems: 2,
      flagged: 1,
      trustItems: 2,
      wronglyFlagged: 1,
    });
  });
  it('keeps "best" at the best attempt, not the latest', () => {
    const r = quizResult(quiz, [retry, wrong]);
    expect(r).toMatchObject({ bestPercent: 100, lastPercent: 25 });
    expect(r?.first.percent).toBe(100);
  });
  it('has no result without a finished attempt', () => {
    expect(quizResult(quiz, [])).toBeNull();
    expect(quizResult(quiz, [attempt({ finishedAt: null })])).toBeNull();
  });
});
