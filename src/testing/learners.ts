import type { CheckFormId, Content } from '../domain/content';
import type { Input, Question } from '../domain/question';
import { scoreAnswer } from '../scoring/score';
import {
  newLearner,
  type Attempt,
  type CheckTaking,
  type Learner,
  type Try,
} from '../model/learner';

/** The right answer to any question. */
export function rightInput(q: Question, text = 'A written answer that is long enough.'): Input {
  switch (q.kind) {
    case 'single-choice':
      return { kind: q.kind, choice: q.rubric.answer };
    case 'multiple-choice':
      return { kind: q.kind, choices: q.rubric.answer };
    case 'tag-sentences':
      return { kind: q.kind, sentences: q.rubric.answer };
    case 'categorize':
      return { kind: q.kind, labels: q.rubric.answer };
    case 'order':
      return { kind: q.kind, order: q.rubric.answer };
    case 'short-answer':
      return { kind: q.kind, text, ticked: q.checklist.map((_, i) => i) };
  }
}

/** A wrong (or at best partly right) answer to any question. */
export function wrongInput(q: Question, text = 'A written answer that is long enough.'): Input {
  switch (q.kind) {
    case 'single-choice':
      return { kind: q.kind, choice: q.options.find((o) => o.id !== q.rubric.answer)?.id ?? null };
    case 'multiple-choice':
      return { kind: q.kind, choices: q.options.map((o) => o.id) };
    case 'tag-sentences':
      return { kind: q.kind, sentences: [...q.candidates] };
    case 'categorize':
      return {
        kind: q.kind,
        labels: Object.fromEntries(q.items.map((i) => [i.id, q.labels[0]?.id ?? ''])),
      };
    case 'order':
      return { kind: q.kind, order: [...q.rubric.answer].reverse() };
    case 'short-answer':
      return { kind: q.kind, text, ticked: [0] };
  }
}

function scored(q: Question, input: Input, at: number): Try {
  const s = scoreAnswer(q, input);
  return { input, points: s.valid ? s.points : 0, at };
}

/**
 * Written answers as compressible as real ones: consecutive sentences of the article (or of
 * any body text), `length` characters from sentence `seed` on.
 */
export function prose(content: Content, length: number, seed = 0): string {
  const sentences = content.article.blocks.flatMap((b) =>
    b.type === 'paragraph' ? b.sentences.map((s) => s.text) : [],
  );
  if (sentences.length === 0) sentences.push('A constructed answer of a learner, written here.');
  let out = '';
  for (let i = seed; out.length < length; i++) out += `${sentences[i % sentences.length]} `;
  return out.slice(0, length).trim();
}

/**
 * A learner who has done everything: every section read, every practice activity done, every
 * quiz taken `attempts` times with two tries on every question (wrong, then right), and
 * written answers of `textLength` characters (a different one in each attempt).
 */
export function busyLearner(
  content: Content,
  {
    attempts = 2,
    textLength = 300,
    text = (seed: number) => prose(content, textLength, seed * 5),
    t0 = Date.UTC(2026, 10, 2, 9),
  }: {
    attempts?: number;
    textLength?: number;
    text?: (seed: number) => string;
    t0?: number;
  } = {},
): Learner {
  let now = t0;
  const tick = (s: number) => (now += s * 1000);
  const learner: Learner = newLearner('l-busy1234', 'Busy Learner', t0);
  content.lessons.forEach((lesson, li) => {
    learner.lessons[lesson.id] = {
      startedAt: tick(60),
      sectionsRead: lesson.sections.map((s) => s.id),
    };
    for (const a of lesson.activities) {
      learner.activities[a.id] = {
        done: true,
        opened: a.kind === 'lateral-reading' ? a.results.map((r) => r.id) : [],
        answers: Object.fromEntries(
          a.questions.map((q, qi) => [
            q.id,
            { tries: [scored(q, wrongInput(q, text(li * 10 + qi)), tick(40))] },
          ]),
        ),
      };
    }
    const list: Attempt[] = [];
    for (let n = 0; n < attempts; n++) {
      const startedAt = tick(120);
      const questions = [...lesson.quiz.questions].reverse();
      list.push({
        id: `a-${li}x${n}abcdefgh`,
        seed: 0x9e3779b9 - n,
        mode: 'full',
        questionIds: questions.map((q) => q.id),
        carried: {},
        answers: Object.fromEntries(
          questions.map((q) => [
            q.id,
            {
              // The text box keeps what was written, so a second try usually repeats it.
              tries: [
                scored(q, wrongInput(q, text(li * 10 + n)), tick(35)),
                scored(q, rightInput(q, text(li * 10 + n)), tick(20)),
              ],
            },
          ]),
        ),
        current: questions.length - 1,
        startedAt,
        finishedAt: tick(10),
        activeMs: 700_123,
        lastEventAt: now,
        contentHash: content.hash,
      });
    }
    learner.quizzes[lesson.id] = { attempts: list };
  });
  learner.lastVisited = {
    path: '/lessons/final-review/quiz',
    label: 'Final review: quiz',
    at: tick(5),
  };
  // Both stages of the before-and-after check, every item answered (alternately right and wrong).
  const taking = (form: CheckFormId, seed: number): CheckTaking | null => {
    const items = content.checks.find((f) => f.id === form)?.items ?? [];
    if (!items.length) return null;
    const startedAt = tick(30);
    return {
      form,
      seed,
      answers: Object.fromEntries(
        items.map(({ question }, i) => [
          question.id,
          {
            input: i % 2 ? rightInput(question, '') : wrongInput(question, ''),
            at: tick(15),
          },
        ]),
      ),
      current: items.length - 1,
      startedAt,
      finishedAt: tick(5),
      activeMs: 300_456,
      lastEventAt: now,
      contentHash: content.hash,
    };
  };
  const { firstForm } = learner.checks;
  learner.checks = {
    firstForm,
    preSkipped: false,
    pre: taking(firstForm, 11),
    post: taking(firstForm === 'form-a' ? 'form-b' : 'form-a', 12),
  };
  return learner;
}

/**
 * A learner who took every quiz once (each question wrong, then right on the second try) and
 * then retried the questions missed, getting every one right first time: 100% on the retry.
 */
export function retriedLearner(content: Content, id: string, name: string): Learner {
  const learner = busyLearner(content, { attempts: 1 });
  const quizzes: Learner['quizzes'] = {};
  for (const [lessonId, quiz] of Object.entries(learner.quizzes)) {
    const [first] = quiz.attempts;
    if (!first) continue;
    const lesson = content.lessons.find((l) => l.id === lessonId);
    const at = (first.finishedAt ?? first.startedAt) + 60_000;
    const retry: Attempt = {
      ...first,
      id: `${first.id.slice(0, 12)}r`,
      mode: 'missed',
      answers: Object.fromEntries(
        (lesson?.quiz.questions ?? []).map((q) => [
          q.id,
          { tries: [scored(q, rightInput(q), at)] },
        ]),
      ),
      startedAt: at,
      finishedAt: at + 1000,
      lastEventAt: at + 1000,
    };
    quizzes[lessonId] = { attempts: [first, retry] };
  }
  return { ...learner, id, name, quizzes };
}
