import type { Activity } from '../../domain/content';
import { useActiveLearner, useAppStore } from '../../stores/app-store';
import { practiceDone, practiceDraft, practiceReset, practiceTry } from '../../model/progress';
import { QuestionCard } from './question-card';
import { optionOrder } from '../../scoring/presentation';
import { hashString } from '../../scoring/random';

/**
 * The questions of a practice activity (plain or lateral reading). Practice has one try per
 * question and then shows the expert answer and reasons; a question can be started again.
 */
export function PracticeQuestions({
  activityId,
  questions,
}: {
  activityId: string;
  questions: Activity['questions'];
}) {
  const learner = useActiveLearner();
  const update = useAppStore((s) => s.updateLearner);
  const record = learner.activities[activityId];
  // Practice order is fixed per activity (no attempt seed): the same every visit.
  const seed = hashString(activityId);
  return (
    <>
      {questions.map((question, i) => {
        const answer = record?.answers[question.id];
        return (
          <QuestionCard
            key={question.id}
            question={question}
            order={optionOrder(question, seed)}
            tries={answer?.tries ?? []}
            maxTries={1}
            draft={answer?.draft}
            onDraft={(input) => update((l) => practiceDraft(l, activityId, question.id, input))}
            onTry={(input, points) =>
              update((l, now) => {
                const next = practiceTry(l, activityId, question.id, input, points, now);
                const all = questions.every(
                  (q) => (next.activities[activityId]?.answers[q.id]?.tries.length ?? 0) > 0,
                );
                return all ? practiceDone(next, activityId) : next;
              })
            }
            onRestart={() => update((l) => practiceReset(l, activityId, question.id))}
            heading={
              questions.length > 1 ? `Question ${i + 1} of ${questions.length}` : 'Your turn'
            }
            headingLevel={4}
            contextId={`activity-${activityId}`}
          />
        );
      })}
    </>
  );
}
