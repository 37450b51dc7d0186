import type { LessonStatus } from '../model/lesson-status';
import { percentText } from './words';

/**
 * A lesson's state in words ("✓ Done: quiz passed, first attempt 70%, best after retries 90%"),
 * never only as a colour or a bar. A lesson is done when its quiz is passed; the percentage
 * before that is the bar's. The first attempt leads; best after retries comes second.
 */
export function StatusText({ status, passMark }: { status: LessonStatus; passMark: number }) {
  if (status.completed && status.firstPercent !== null) {
    const scores = `first attempt ${percentText(status.firstPercent)}${
      status.attempts > 1 && status.bestPercent !== null
        ? `, best after retries ${percentText(status.bestPercent)}`
        : ''
    }`;
    if (status.passed) return <>✓ Done: quiz passed, {scores}</>;
    return (
      <>
        Quiz taken: {scores} (pass mark {passMark}%)
      </>
    );
  }
  if (status.started) return <>In progress: {Math.round(status.fraction * 100)}% done</>;
  return <>Not started</>;
}
