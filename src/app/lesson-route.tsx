import { LessonPage } from '../features/lesson/lesson-page';
import { ActivityView } from '../features/quiz/activity-view';

/** A lesson page with its practice activities, which the quiz feature renders. */
export function LessonRoute() {
  return <LessonPage renderActivity={(activity) => <ActivityView activity={activity} />} />;
}
