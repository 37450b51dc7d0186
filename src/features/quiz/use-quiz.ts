import { useCallback } from 'react';
import type { Quiz } from '../../domain/content';
import type { Input } from '../../domain/question';
import { useActiveLearner, useAppStore } from '../../stores/app-store';
import { randomId, type Attempt } from '../../model/learner';
import {
  attemptDraft,
  attemptGoTo,
  attemptTry,
  currentAttempt,
  finishAttempt,
  startAttempt,
} from '../../model/progress';
import { newSeed, shuffle } from '../../scoring/random';
import { content } from '../../content';
import { finishedAttempts, summarizeAttempt } from '../../scoring/quiz-summary';

/** A quiz for the active learner: its attempts and the actions of the quiz flow. */
export function useQuiz(quiz: Quiz) {
  const learner = useActiveLearner();
  const update = useAppStore((s) => s.updateLearner);
  const attempts = learner.quizzes[quiz.id]?.attempts ?? [];
  const open = currentAttempt(learner, quiz.id);
  const finished = finishedAttempts(attempts);
  const lastFinished = finished.at(-1);

  const start = useCallback(
    (mode: 'full' | 'missed', seed = newSeed()) => {
      const previous =
        mode === 'missed' && lastFinished ? summarizeAttempt(quiz, lastFinished) : null;
      const ids = previous ? previous.missed : quiz.questions.map((q) => q.id);
      if (ids.length === 0) return;
      const carried = previous
        ? Object.fromEntries(
            previous.outcomes.filter((o) => o.credit >= 1).map((o) => [o.question.id, o.credit]),
          )
        : {};
      update((l, now) => {
        const attempt: Attempt = {
          id: randomId('a'),
          seed,
          mode,
          // Retry = a new seed: new question order and new option order.
          questionIds: shuffle(ids, seed),
          carried,
          answers: {},
          current: 0,
          startedAt: now,
          finishedAt: null,
          activeMs: 0,
          lastEventAt: now,
          contentHash: content.hash,
        };
        return startAttempt(l, quiz.id, attempt);
      });
    },
    [quiz, lastFinished, update],
  );

  return {
    attempts,
    open,
    finished,
    lastFinished,
    start,
    draft: (questionId: string, input: Input) =>
      update((l, now) => attemptDraft(l, quiz.id, questionId, input, now)),
    tryAnswer: (questionId: string, input: Input, points: number) =>
      update((l, now) => attemptTry(l, quiz.id, questionId, input, points, now)),
    goTo: (index: number) => update((l, now) => attemptGoTo(l, quiz.id, index, now)),
    finish: () => update((l, now) => finishAttempt(l, quiz.id, now)),
  };
}
