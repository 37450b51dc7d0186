/**
 * What is saved about each learner, as valibot schemas (so stored and imported data are
 * parsed, never trusted) and the types inferred from them. Version history: see persisted.ts.
 */
import * as v from 'valibot';
import { CHECK_FORMS, type CheckFormId } from '../domain/content';
import { ContentIdInput, ContentIdsInput } from '../kinds/shared/input';
import { kindOf, QUESTION_KINDS } from '../kinds/registry';
import { hashString } from '../scoring/random';

/** Content ids (lessons, questions, sentences…): the same pattern the content validator uses. */
export const ContentId = ContentIdInput;
const contentId = ContentId;
const learnerId = v.pipe(v.string(), v.regex(/^l-[a-z0-9]{4,32}$/));
const time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));
const ids = ContentIdsInput;
/** Fields an attempt and a sitting of the check share. */
const seed = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(0xffffffff));
const position = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(500));
const contentHash = v.pipe(v.string(), v.maxLength(64));

const NAME_MAX = 60;
export const LearnerName = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, 'Please enter a name.'),
  v.maxLength(NAME_MAX, `Please use at most ${NAME_MAX} characters.`),
  // Names are shown as text, never as markup; refusing < > keeps files and class tables clean.
  v.regex(/^[^<>\p{Cc}]*$/u, 'Please do not use < or > or control characters in a name.'),
);

/** A learner's answer: one of the kinds' own input schemas (src/kinds/<kind>/logic.ts). */
export const InputSchema = v.union(QUESTION_KINDS.map((k) => kindOf(k).inputSchema));

const points = v.pipe(v.number(), v.minValue(0), v.maxValue(1));

export const TrySchema = v.strictObject({ input: InputSchema, points, at: time });
export type Try = v.InferOutput<typeof TrySchema>;

export const AnswerSchema = v.strictObject({
  tries: v.pipe(v.array(TrySchema), v.maxLength(10)),
  draft: v.optional(InputSchema),
});
export type Answer = v.InferOutput<typeof AnswerSchema>;

export const AttemptSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^a-[a-z0-9]{4,32}$/)),
  seed,
  mode: v.picklist(['full', 'missed']),
  questionIds: ids,
  /** Credits kept from the attempt before, for questions not asked again ("missed" mode). */
  carried: v.record(contentId, points),
  answers: v.record(contentId, AnswerSchema),
  current: position,
  startedAt: time,
  finishedAt: v.nullable(time),
  /** Time spent answering, not counting long breaks (see BREAK_MS in progress.ts). */
  activeMs: time,
  lastEventAt: time,
  contentHash,
});
export type Attempt = v.InferOutput<typeof AttemptSchema>;

export const LessonProgressSchema = v.strictObject({
  startedAt: time,
  sectionsRead: ids,
});
export type LessonProgress = v.InferOutput<typeof LessonProgressSchema>;

export const ActivityProgressSchema = v.strictObject({
  answers: v.record(contentId, AnswerSchema),
  /** Lateral-reading results the learner opened, in order. */
  opened: ids,
  done: v.boolean(),
});
export type ActivityProgress = v.InferOutput<typeof ActivityProgressSchema>;

/** Attempts kept per quiz: the oldest go first, except the first finished one (see below). */
export const MAX_ATTEMPTS = 100;

/**
 * A quiz's attempts within MAX_ATTEMPTS: the newest, and always the first finished attempt,
 * which is the evidence every report leads with (src/scoring/quiz-summary.ts).
 */
export function keepAttempts(attempts: readonly Attempt[]): Attempt[] {
  if (attempts.length <= MAX_ATTEMPTS) return [...attempts];
  const first = attempts.find((a) => a.finishedAt !== null);
  const newest = attempts.slice(-MAX_ATTEMPTS);
  return first && !newest.includes(first) ? [first, ...newest.slice(1)] : newest;
}

export const QuizProgressSchema = v.strictObject({
  attempts: v.pipe(v.array(AttemptSchema), v.maxLength(MAX_ATTEMPTS)),
});
export type QuizProgress = v.InferOutput<typeof QuizProgressSchema>;

// ---------- the before-and-after check ----------

const FormId = v.picklist(CHECK_FORMS);

/** One answer in the check: no tries and no feedback, so only the latest choice is kept. */
export const CheckAnswerSchema = v.strictObject({ input: InputSchema, at: time });

/** One sitting of one form of the check. */
export const CheckTakingSchema = v.strictObject({
  form: FormId,
  /** Seeds the order of the items, so a reload shows the same order. */
  seed,
  answers: v.record(contentId, CheckAnswerSchema),
  current: position,
  startedAt: time,
  finishedAt: v.nullable(time),
  activeMs: time,
  lastEventAt: time,
  contentHash,
});
export type CheckTaking = v.InferOutput<typeof CheckTakingSchema>;

export const ChecksSchema = v.strictObject({
  /** The form taken before Lesson 1; the other comes after the final review. */
  firstForm: FormId,
  pre: v.nullable(CheckTakingSchema),
  post: v.nullable(CheckTakingSchema),
  /** The learner chose not to take the before-check now (it stays on offer until the after-check). */
  preSkipped: v.boolean(),
});
export type Checks = v.InferOutput<typeof ChecksSchema>;

/**
 * Which form a learner takes first: half of all learner ids get each, so across a class the
 * two forms are taken first about equally often and any difference between them cancels out
 * of the class's change. From the id (recorded in `checks.firstForm`), so it never changes.
 */
export function firstFormFor(learnerId: string): CheckFormId {
  return hashString(learnerId) % 2 === 0 ? 'form-a' : 'form-b';
}

export function newChecks(learnerId: string): Checks {
  return { firstForm: firstFormFor(learnerId), pre: null, post: null, preSkipped: false };
}

export const LearnerSchema = v.strictObject({
  id: learnerId,
  name: LearnerName,
  createdAt: time,
  lessons: v.record(contentId, LessonProgressSchema),
  activities: v.record(contentId, ActivityProgressSchema),
  quizzes: v.record(contentId, QuizProgressSchema),
  lastVisited: v.nullable(
    v.strictObject({
      path: v.pipe(v.string(), v.maxLength(300), v.regex(/^\/[\w\-/?=&%.]*$/)),
      label: v.pipe(v.string(), v.maxLength(200)),
      at: time,
    }),
  ),
  checks: ChecksSchema,
});
export type Learner = v.InferOutput<typeof LearnerSchema>;

export function newLearner(id: string, name: string, now: number): Learner {
  return {
    id,
    name,
    createdAt: now,
    lessons: {},
    activities: {},
    quizzes: {},
    lastVisited: null,
    checks: newChecks(id),
  };
}

/** A random id with a prefix, from the platform's random source (not Math.random). */
export function randomId(prefix: 'l' | 'a'): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `${prefix}-${Array.from(bytes, (b) => b.toString(36).padStart(2, '0'))
    .join('')
    .slice(0, 12)}`;
}
