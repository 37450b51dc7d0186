/**
 * What the module tells the LMS, computed from one learner's progress (pure). The rules are
 * the README's ("What the LMS shows"):
 *   - completed when every quiz (the lessons' and the final review) has a finished attempt;
 *   - passed when every quiz meets its pass mark on its best attempt (a retry is practice
 *     that can reach mastery); failed when all are finished and some quiz is below it;
 *   - the score is the evidence, the FIRST attempt: the mean of the quizzes' first-attempt
 *     percentages, a quiz not yet finished counting 0;
 *   - one objective per lesson, with its first-attempt score and its success by best attempt.
 */
import type { Content, Lesson } from '../domain/content';
import { quizResult } from '../scoring/quiz-summary';
import { BREAK_MS } from '../model/progress';
import type { Learner } from '../model/learner';
import { lessonStatus } from '../model/lesson-status';
import { correctResponse, INTERACTION_TYPES, learnerResponse, type ScormVersion } from './kinds';

export type Success = 'passed' | 'failed';

export interface ObjectiveReport {
  id: string;
  /** First-attempt percentage, once the quiz has been finished. */
  score: number | null;
  success: Success | null;
  completion: 'completed' | 'incomplete' | 'not attempted';
}

export interface ModuleReport {
  completed: boolean;
  success: Success | null;
  /** 0–100, one decimal; null until a quiz has been finished. */
  score: number | null;
  objectives: ObjectiveReport[];
}

const oneDecimal = (x: number) => Math.round(x * 10) / 10;

function objective(lesson: Lesson, learner: Learner): ObjectiveReport {
  const result = quizResult(lesson.quiz, learner.quizzes[lesson.id]?.attempts ?? []);
  if (!result) {
    return {
      id: lesson.id,
      score: null,
      success: null,
      completion: lessonStatus(lesson, learner).started ? 'incomplete' : 'not attempted',
    };
  }
  return {
    id: lesson.id,
    score: result.first.percent,
    success: result.passed ? 'passed' : 'failed',
    completion: 'completed',
  };
}

export function moduleReport(learner: Learner, content: Content): ModuleReport {
  const objectives = content.lessons.map((l) => objective(l, learner));
  const completed = objectives.every((o) => o.completion === 'completed');
  const scores = objectives.map((o) => o.score);
  return {
    completed,
    success: completed
      ? objectives.every((o) => o.success === 'passed')
        ? 'passed'
        : 'failed'
      : null,
    score: scores.some((s) => s !== null)
      ? oneDecimal(scores.reduce<number>((sum, s) => sum + (s ?? 0), 0) / scores.length)
      : null,
    objectives,
  };
}

// ---------- the data model, per version ----------

/** Numbers as the data model wants them: at most two decimals (Moodle's SCORM 1.2 limit). */
const decimal = (x: number) => String(Math.round(x * 100) / 100);

/**
 * Status, score and objectives as data-model elements, in the order they must be set (an
 * objective's id before its other elements). `objectiveIndex` says where an objective lives
 * (objectives already in the LMS keep their place).
 */
export function statusElements(
  report: ModuleReport,
  v: ScormVersion,
  objectiveIndex: (id: string) => number,
): [string, string][] {
  const out: [string, string][] = [];
  const score = (prefix: string, raw: number | null) => {
    if (raw === null) return;
    // raw has one decimal, so scaled needs three.
    if (v === '2004') out.push([`${prefix}.score.scaled`, String(Math.round(raw * 10) / 1000)]);
    out.push([`${prefix}.score.min`, '0'], [`${prefix}.score.max`, '100']);
    out.push([`${prefix}.score.raw`, decimal(raw)]);
  };
  if (v === '1.2') {
    out.push(['cmi.core.lesson_status', report.success ?? 'incomplete']);
    score('cmi.core', report.score);
  } else {
    out.push(['cmi.completion_status', report.completed ? 'completed' : 'incomplete']);
    if (report.success) out.push(['cmi.success_status', report.success]);
    score('cmi', report.score);
  }
  for (const o of report.objectives) {
    const prefix = `cmi.objectives.${objectiveIndex(o.id)}`;
    out.push([`${prefix}.id`, o.id]);
    score(prefix, o.score);
    if (v === '1.2') {
      out.push([`${prefix}.status`, o.success ?? o.completion]);
    } else {
      if (o.success) out.push([`${prefix}.success_status`, o.success]);
      out.push([`${prefix}.completion_status`, o.completion]);
    }
  }
  return out;
}

// ---------- interactions ----------

export interface Interaction {
  /** Unique per try, to know what has been written. */
  key: string;
  /** The question's id for its first try ever; `<id>-try2`, `-try3`… for later ones. */
  id: string;
  lessonId: string;
  type: string;
  response: string | undefined;
  correct: string | undefined;
  /** 0–1. */
  points: number;
  /** When the answer was checked (ms since 1970). */
  at: number;
  latencyMs: number;
}

/**
 * Every checked answer in the module's quizzes as an interaction, oldest first: the first try
 * at a question is the question's interaction, later tries (in the same or a later attempt)
 * follow as further ones. Latency is the time since the learner's previous checked answer in
 * the attempt (or its start), counting at most five minutes, as the module's time on task does.
 */
export function interactions(
  learner: Learner,
  content: Content,
  v: ScormVersion,
  /** Only these are built (counting the tries before them still needs them all). */
  wanted: (key: string) => boolean = () => true,
): Interaction[] {
  const out: Interaction[] = [];
  for (const lesson of content.lessons) {
    const byId = new Map(lesson.quiz.questions.map((q) => [q.id, q]));
    const triesSoFar = new Map<string, number>();
    for (const attempt of learner.quizzes[lesson.id]?.attempts ?? []) {
      const checked = Object.entries(attempt.answers)
        .flatMap(([questionId, answer]) =>
          answer.tries.map((t, i) => ({ questionId, t, i, before: answer.tries[i - 1]?.at })),
        )
        .sort((a, b) => a.t.at - b.t.at);
      let previous = attempt.startedAt;
      for (const { questionId, t, i, before } of checked) {
        const question = byId.get(questionId);
        if (!question) continue;
        const n = (triesSoFar.get(questionId) ?? 0) + 1;
        triesSoFar.set(questionId, n);
        const key = `${attempt.id}/${questionId}/${i}`;
        const latencyMs = Math.min(Math.max(0, t.at - (before ?? previous)), BREAK_MS);
        previous = t.at;
        if (!wanted(key)) continue;
        out.push({
          key,
          id: n === 1 ? questionId : `${questionId}-try${n}`,
          lessonId: lesson.id,
          type: INTERACTION_TYPES[question.kind][v],
          response: learnerResponse(question, t.input, v),
          correct: correctResponse(question, v),
          points: t.points,
          at: t.at,
          latencyMs,
        });
      }
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

function result(points: number, v: ScormVersion): string {
  if (points >= 1) return 'correct';
  if (points <= 0) return v === '1.2' ? 'wrong' : 'incorrect';
  return decimal(points);
}

/** One interaction as data-model elements at index `n`, id and type first (2004 requires it). */
export function interactionElements(
  i: Interaction,
  n: number,
  v: ScormVersion,
): [string, string][] {
  const p = `cmi.interactions.${n}`;
  const out: [string, string][] = [
    [`${p}.id`, i.id],
    [`${p}.type`, i.type],
    [`${p}.objectives.0.id`, i.lessonId],
    v === '1.2' ? [`${p}.time`, clockTime(i.at)] : [`${p}.timestamp`, timestamp(i.at)],
    [`${p}.weighting`, '1'],
  ];
  if (i.correct) out.push([`${p}.correct_responses.0.pattern`, i.correct]);
  if (i.response !== undefined && i.response !== '') {
    out.push([v === '1.2' ? `${p}.student_response` : `${p}.learner_response`, i.response]);
  }
  out.push([`${p}.result`, result(i.points, v)]);
  out.push([`${p}.latency`, timespan(i.latencyMs, v)]);
  return out;
}

// ---------- time formats ----------

const pad = (n: number) => String(n).padStart(2, '0');

/** A duration: SCORM 1.2 "HHHH:MM:SS", SCORM 2004 ISO 8601 "PT1H2M3S". */
export function timespan(ms: number, v: ScormVersion): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.min(Math.floor(total / 3600), 9999);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return v === '1.2' ? `${pad(h)}:${pad(m)}:${pad(s)}` : `PT${h}H${m}M${s}S`;
}

/** SCORM 1.2 time of day, "HH:MM:SS", in the learner's time zone. */
export function clockTime(at: number): string {
  const d = new Date(at);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/**
 * SCORM 2004 timestamp in UTC. The format allows a time zone only after fractional seconds
 * (YYYY-MM-DDThh:mm:ss.sTZD), which some LMSs check strictly; two decimals at most.
 */
export function timestamp(at: number): string {
  return `${new Date(at).toISOString().slice(0, 22)}Z`;
}
