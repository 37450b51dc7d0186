import type { LessonStatus } from '../model/lesson-status';

/** A lesson's state in words ("Quiz passed: best 90%"), never only as a colour or a bar. */
export function StatusText({ status, passMark }: { status: LessonStatus; passMark: number }) {
  if (status.passed) return <>✓ Quiz passed: best {status.bestPercent}%</>;
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
