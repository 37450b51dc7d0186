import { Link } from 'react-router';
import { Page } from '../../components/page';
import { paths } from '../../config/paths';
import { MODULE_INFO } from '../../config/module';
import { content, lessonHeading, lessons } from '../../content';
import { useActiveLearner } from '../../stores/app-store';
import { lessonStatus } from '../../model/lesson-status';
import { discernment } from '../../scoring/attempt';
import { finishedAttempts, quizResult, summarizeAttempt } from '../../scoring/quiz-summary';
import { count, discernmentClause, discernmentShort, percentText } from '../../components/words';
import { ScrollRegion } from '../../components/scroll-region';

/**
 * A one-page report of the active learner's results, made to be printed or saved as PDF. The
 * first attempt at each quiz leads (score and discernment); best after retries comes second.
 */
export function ReportPage() {
  const learner = useActiveLearner();
  const rows = lessons.map((lesson) => {
    const attempts = learner.quizzes[lesson.id]?.attempts ?? [];
    const result = quizResult(lesson.quiz, attempts);
    const latest = result && result.attempts > 1 ? finishedAttempts(attempts).at(-1) : undefined;
    return {
      lesson,
      status: lessonStatus(lesson, learner),
      first: result?.first ?? null,
      stillMissed: latest ? summarizeAttempt(lesson.quiz, latest).missed.length : null,
    };
  });
  const d = discernment([]);
  for (const { first } of rows) {
    if (!first) continue;
    d.flagItems += first.discernment.flagItems;
    d.flagged += first.discernment.flagged;
    d.trustItems += first.discernment.trustItems;
    d.wronglyFlagged += first.discernment.wronglyFlagged;
  }
  const missed = rows.filter((r) => r.first?.missed.length);
  return (
    <Page title={`Results report: ${learner.name}`}>
      <div className="button-row no-print">
        <button type="button" className="button button-primary" onClick={() => window.print()}>
          Print or save as PDF
        </button>
        <Link className="button" to={paths.progress}>
          Back to progress
        </Link>
      </div>
      <p className="report-meta">
        {MODULE_INFO.title}, version {MODULE_INFO.version} (content {content.hash}). Printed{' '}
        {new Date().toLocaleDateString()}.
      </p>
      <ScrollRegion label="Results by lesson">
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">Lesson</th>
              <th scope="col">First attempt</th>
              <th scope="col">Discernment, first attempt</th>
              <th scope="col">Best after retries</th>
              <th scope="col">Attempts</th>
              <th scope="col">Sections read</th>
              <th scope="col">Practice done</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ lesson, status, first }) => (
              <tr key={lesson.id}>
                <th scope="row">{lessonHeading(lesson)}</th>
                <td>
                  {first
                    ? `${percentText(first.percent)}${first.passed ? ' ✓' : ''}`
                    : status.started
                      ? 'not finished'
                      : 'not started'}
                </td>
                <td>
                  {first && first.discernment.flagItems + first.discernment.trustItems
                    ? discernmentShort(first.discernment)
                    : '—'}
                </td>
                <td>
                  {status.attempts > 1 && status.bestPercent !== null
                    ? `${percentText(status.bestPercent)}${status.passed ? ' ✓' : ''}`
                    : '—'}
                </td>
                <td>{status.attempts}</td>
                <td>
                  {status.sectionsRead} of {status.sectionsTotal}
                </td>
                <td>
                  {status.practiceTotal ? `${status.practiceDone} of ${status.practiceTotal}` : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <p className="hint">
        ✓ = pass mark reached. The first attempt at each quiz is the evidence; retrying is practice,
        which can raise the best score.
      </p>
      <h2>Telling supported from unsupported</h2>
      {d.flagItems + d.trustItems ? (
        <p>
          On the first attempt at each quiz, {learner.name} {discernmentClause(d)}.
        </p>
      ) : (
        <p>No quiz finished yet.</p>
      )}
      <h2>Questions to review</h2>
      {missed.length ? (
        <ul>
          {missed.map((r) => (
            <li key={r.lesson.id}>
              {r.lesson.label}: {count(r.first?.missed.length ?? 0, 'question')} without full marks
              on the first attempt
              {r.stillMissed === null
                ? ''
                : r.stillMissed === 0
                  ? '; all put right on a retry'
                  : `; ${r.stillMissed} still without full marks after retries`}
              .
            </li>
          ))}
        </ul>
      ) : (
        <p>None.</p>
      )}
    </Page>
  );
}
