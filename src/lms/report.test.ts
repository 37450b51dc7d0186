import { describe, expect, it } from 'vitest';
import type { Content } from '../domain/content';
import type { Question } from '../domain/question';
import { fakeContent } from '../testing/content';
import { rightInput, wrongInput } from '../testing/learners';
import { q } from '../testing/questions';
import { scoreAnswer } from '../scoring/score';
import { newLearner, type Attempt, type Learner } from '../model/learner';
import {
  clockTime,
  interactionElements,
  interactions,
  moduleReport,
  statusElements,
  timespan,
  timestamp,
} from './report';

const T0 = Date.UTC(2026, 10, 30, 9, 0, 0);

/** Two lessons of two questions each: lesson-one (single, multiple), lesson-two (order, short). */
function twoLessons(): Content {
  const c = fakeContent();
  const one = c.lessons[0]!;
  c.lessons.push({
    ...one,
    id: 'lesson-two',
    sections: [],
    quiz: { ...one.quiz, id: 'lesson-two', questions: [q.order(), q.short()] },
  });
  return c;
}

/** A finished attempt answering each question right or wrong, 10 s apart, first tries only. */
function attempt(
  id: string,
  questions: Question[],
  right: boolean[],
  start: number,
  extra: Partial<Attempt> = {},
): Attempt {
  const answers = Object.fromEntries(
    questions.map((question, i) => {
      const input = right[i] ? rightInput(question) : wrongInput(question);
      const s = scoreAnswer(question, input);
      const points = s.valid ? s.points : 0;
      return [question.id, { tries: [{ input, points, at: start + (i + 1) * 10_000 }] }];
    }),
  );
  return {
    id,
    seed: 1,
    mode: 'full',
    questionIds: questions.map((x) => x.id),
    carried: {},
    answers,
    current: 0,
    startedAt: start,
    finishedAt: start + 60_000,
    activeMs: 60_000,
    lastEventAt: start + 60_000,
    contentHash: 'fakehash',
    ...extra,
  };
}

function learnerWith(quizzes: Record<string, Attempt[]>): Learner {
  return {
    ...newLearner('l-test1234', 'Ana', T0),
    quizzes: Object.fromEntries(Object.entries(quizzes).map(([k, a]) => [k, { attempts: a }])),
  };
}

const c = twoLessons();
const [one, two] = c.lessons.map((l) => l.quiz.questions);

describe('what the LMS is told', () => {
  it('at first: incomplete, no score, objectives not attempted', () => {
    const r = moduleReport(newLearner('l-test1234', 'Ana', T0), c);
    expect(r).toMatchObject({ completed: false, success: null, score: null });
    expect(r.objectives.map((o) => [o.id, o.completion, o.score])).toEqual([
      ['lesson-one', 'not attempted', null],
      ['lesson-two', 'not attempted', null],
    ]);
  });

  it('one quiz finished: still incomplete; the score counts the unfinished quiz as 0', () => {
    const r = moduleReport(
      learnerWith({ 'lesson-one': [attempt('a-one1', one!, [true, true], T0)] }),
      c,
    );
    expect(r).toMatchObject({ completed: false, success: null, score: 50 });
    expect(r.objectives[0]).toMatchObject({
      score: 100,
      success: 'passed',
      completion: 'completed',
    });
  });

  it('an attempt in progress makes its objective incomplete', () => {
    const open = attempt('a-open1', two!, [true, false], T0, { finishedAt: null });
    const r = moduleReport(learnerWith({ 'lesson-two': [open] }), c);
    expect(r.objectives[1]).toMatchObject({ completion: 'incomplete', score: null });
  });

  it('passed when every quiz reaches its pass mark on its best attempt; the score is the first attempts', () => {
    const r = moduleReport(
      learnerWith({
        'lesson-one': [
          attempt('a-one1', one!, [true, false], T0),
          attempt('a-one2', one!, [true, true], T0 + 100_000),
        ],
        'lesson-two': [attempt('a-two1', two!, [true, true], T0 + 200_000)],
      }),
      c,
    );
    expect(r.completed).toBe(true);
    expect(r.success).toBe('passed');
    const firstOne = r.objectives[0]!.score!;
    expect(firstOne).toBeLessThan(80);
    expect(r.objectives[0]).toMatchObject({ success: 'passed' });
    expect(r.score).toBe(Math.round(((firstOne + 100) / 2) * 10) / 10);
  });

  it('failed when all are finished and some quiz is below its pass mark on every attempt', () => {
    const r = moduleReport(
      learnerWith({
        'lesson-one': [attempt('a-one1', one!, [true, true], T0)],
        'lesson-two': [attempt('a-two1', two!, [false, false], T0)],
      }),
      c,
    );
    expect(r).toMatchObject({ completed: true, success: 'failed' });
    expect(r.objectives[1]).toMatchObject({ success: 'failed', completion: 'completed' });
  });

  it('as SCORM 1.2 and 2004 data-model elements, objectives in their places', () => {
    const r = moduleReport(
      learnerWith({ 'lesson-one': [attempt('a-one1', one!, [true, true], T0)] }),
      c,
    );
    const places: Record<string, number> = { 'lesson-one': 1, 'lesson-two': 0 };
    const at = (id: string) => places[id] ?? -1;
    expect(statusElements(r, '1.2', at)).toEqual([
      ['cmi.core.lesson_status', 'incomplete'],
      ['cmi.core.score.min', '0'],
      ['cmi.core.score.max', '100'],
      ['cmi.core.score.raw', '50'],
      ['cmi.objectives.1.id', 'lesson-one'],
      ['cmi.objectives.1.score.min', '0'],
      ['cmi.objectives.1.score.max', '100'],
      ['cmi.objectives.1.score.raw', '100'],
      ['cmi.objectives.1.status', 'passed'],
      ['cmi.objectives.0.id', 'lesson-two'],
      ['cmi.objectives.0.status', 'not attempted'],
    ]);
    expect(statusElements(r, '2004', at)).toEqual([
      ['cmi.completion_status', 'incomplete'],
      ['cmi.score.scaled', '0.5'],
      ['cmi.score.min', '0'],
      ['cmi.score.max', '100'],
      ['cmi.score.raw', '50'],
      ['cmi.objectives.1.id', 'lesson-one'],
      ['cmi.objectives.1.score.scaled', '1'],
      ['cmi.objectives.1.score.min', '0'],
      ['cmi.objectives.1.score.max', '100'],
      ['cmi.objectives.1.score.raw', '100'],
      ['cmi.objectives.1.success_status', 'passed'],
      ['cmi.objectives.1.completion_status', 'completed'],
      ['cmi.objectives.0.id', 'lesson-two'],
      ['cmi.objectives.0.completion_status', 'not attempted'],
    ]);
  });

  it('1.2 status is passed or failed once everything is finished', () => {
    const r = moduleReport(
      learnerWith({
        'lesson-one': [attempt('a-one1', one!, [true, true], T0)],
        'lesson-two': [attempt('a-two1', two!, [false, false], T0)],
      }),
      c,
    );
    expect(statusElements(r, '1.2', () => 0)[0]).toEqual(['cmi.core.lesson_status', 'failed']);
    expect(statusElements(r, '2004', () => 0).slice(0, 2)).toEqual([
      ['cmi.completion_status', 'completed'],
      ['cmi.success_status', 'failed'],
    ]);
  });
});

describe('interactions', () => {
  const first = attempt('a-one1', one!, [false, true], T0);
  // A second try at the first question in the same attempt, then a retry attempt.
  first.answers['single']!.tries.push({
    input: rightInput(one![0]!),
    points: 1,
    at: T0 + 50_000,
  });
  const retry = attempt('a-one2', one!, [true, true], T0 + 3_600_000);
  const learner = learnerWith({ 'lesson-one': [first, retry] });

  it('the first try is the question’s interaction; later tries follow, oldest first', () => {
    const list = interactions(learner, c, '2004');
    expect(list.map((i) => i.id)).toEqual([
      'single',
      'multiple',
      'single-try2',
      'single-try3',
      'multiple-try2',
    ]);
    expect(new Set(list.map((i) => i.key)).size).toBe(list.length);
    expect(list[0]).toMatchObject({ lessonId: 'lesson-one', type: 'choice', points: 0 });
    expect(list[2]).toMatchObject({ points: 1 });
  });

  it('latency: since the previous checked answer (or the start), at most five minutes', () => {
    const list = interactions(learner, c, '1.2');
    expect(list.map((i) => i.latencyMs)).toEqual([10_000, 10_000, 40_000, 10_000, 10_000]);
    const slow = attempt('a-slow1', one!, [true, true], T0);
    slow.answers['single']!.tries[0]!.at = T0 + 3_600_000;
    const late = interactions(learnerWith({ 'lesson-one': [slow] }), c, '1.2');
    expect(late.find((i) => i.id === 'single')?.latencyMs).toBe(5 * 60_000);
  });

  it('as data-model elements: id and type first, the version’s names and formats', () => {
    const [i] = interactions(learner, c, '1.2');
    expect(interactionElements(i!, 7, '1.2')).toEqual([
      ['cmi.interactions.7.id', 'single'],
      ['cmi.interactions.7.type', 'choice'],
      ['cmi.interactions.7.objectives.0.id', 'lesson-one'],
      ['cmi.interactions.7.time', clockTime(T0 + 10_000)],
      ['cmi.interactions.7.weighting', '1'],
      ['cmi.interactions.7.correct_responses.0.pattern', 'a'],
      ['cmi.interactions.7.student_response', 'b'],
      ['cmi.interactions.7.result', 'wrong'],
      ['cmi.interactions.7.latency', '00:00:10'],
    ]);
    const [j] = interactions(learner, c, '2004');
    expect(interactionElements(j!, 0, '2004')).toEqual([
      ['cmi.interactions.0.id', 'single'],
      ['cmi.interactions.0.type', 'choice'],
      ['cmi.interactions.0.objectives.0.id', 'lesson-one'],
      ['cmi.interactions.0.timestamp', '2026-11-30T09:00:10.00Z'],
      ['cmi.interactions.0.weighting', '1'],
      ['cmi.interactions.0.correct_responses.0.pattern', 'a'],
      ['cmi.interactions.0.learner_response', 'b'],
      ['cmi.interactions.0.result', 'incorrect'],
      ['cmi.interactions.0.latency', 'PT0H0M10S'],
    ]);
  });

  it('partial credit is a number with at most two decimals', () => {
    const partial = attempt('a-part1', one!, [true, true], T0);
    partial.answers['multiple']!.tries[0]!.points = 1 / 3;
    const [, i] = interactions(learnerWith({ 'lesson-one': [partial] }), c, '1.2');
    expect(interactionElements(i!, 0, '1.2')).toContainEqual(['cmi.interactions.0.result', '0.33']);
  });
});

describe('time formats', () => {
  it.each([
    [0, '00:00:00', 'PT0H0M0S'],
    [61_400, '00:01:01', 'PT0H1M1S'],
    [36_000_000 + 5_000, '10:00:05', 'PT10H0M5S'],
  ])('%i ms', (ms, v12, v2004) => {
    expect(timespan(ms, '1.2')).toBe(v12);
    expect(timespan(ms, '2004')).toBe(v2004);
  });

  it('timestamps: UTC with two decimals before the zone', () => {
    expect(timestamp(Date.UTC(2026, 0, 2, 3, 4, 5, 678))).toBe('2026-01-02T03:04:05.67Z');
  });
});
