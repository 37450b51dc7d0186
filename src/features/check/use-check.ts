import type { CheckForm } from '../../domain/content';
import type { Input } from '../../domain/question';
import { content } from '../../content';
import {
  answerCheck,
  checkStatus,
  finishCheck,
  formFor,
  goToCheckItem,
  startCheck,
  type CheckStage,
} from '../../model/prepost';
import { newSeed } from '../../scoring/random';
import { useActiveLearner, useAppStore } from '../../stores/app-store';

export const STAGE_NAMES: Record<CheckStage, string> = {
  pre: 'Before-check',
  post: 'After-check',
};

export function formById(id: string): CheckForm | undefined {
  return content.checks.find((f) => f.id === id);
}

/** One stage of the check for the active learner: its form, its sitting, and the actions. */
export function useCheck(stage: CheckStage) {
  const learner = useActiveLearner();
  const update = useAppStore((s) => s.updateLearner);
  const taking = learner.checks[stage];
  return {
    learner,
    status: checkStatus(learner, content),
    taking,
    form: formById(taking?.form ?? formFor(learner.checks, stage)),
    start: () => update((l, now) => startCheck(l, stage, newSeed(), content.hash, now)),
    answer: (questionId: string, input: Input) =>
      update((l, now) => answerCheck(l, stage, questionId, input, now)),
    goTo: (index: number) => update((l, now) => goToCheckItem(l, stage, index, now)),
    finish: () => update((l, now) => finishCheck(l, stage, now)),
  };
}
