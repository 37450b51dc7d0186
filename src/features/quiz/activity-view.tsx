import type { Activity } from '../../domain/content';
import { RichText } from '../../components/rich-text';
import { LateralReading } from './lateral-reading';
import { PracticeQuestions } from './practice-questions';

/**
 * A practice activity placed in a lesson. Practice has one try per question and then shows
 * the expert answer and reasons to compare with; a question can be started again at will.
 */
export function ActivityView({ activity }: { activity: Activity }) {
  if (activity.kind === 'lateral-reading') return <LateralReading activity={activity} />;
  return (
    <section className="activity" aria-labelledby={`activity-${activity.id}`}>
      <h3 id={`activity-${activity.id}`} className="activity-title">
        <span className="activity-kicker">Practice: </span>
        {activity.title}
      </h3>
      <RichText nodes={activity.intro} />
      <PracticeQuestions activityId={activity.id} questions={activity.questions} />
    </section>
  );
}
