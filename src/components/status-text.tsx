import type { LessonStatus } from '../model/lesson-status';

/**
 * A lesson's state in words, never only as a colour or a bar. A lesson is done when its quiz
 * is passed ("✓ Done: quiz passed, best 90%"); the percentage before that is the bar's.
 */
export function StatusText({ status, passMark }: { status: LessonStatus; passMark: number }) {
  if (status.passed) return <>✓ Done: quiz passed, best {status.bestPercent}%</>;
  if (status.completed) {
    return (
      <>
        Quiz taken: best {status.bestPercent}% (pass mark {passMark}%)
      </>
    );
  }
  if (status.started) return <>In progress: {Math.round(status.fraction * 100)}% done</>;
  return <>Not started</>;
}
