import { Link } from 'react-router';
import { Page } from '../../components/page';
import { StatusText } from '../../components/status-text';
import { paths } from '../../config/paths';
import { MODULE_INFO } from '../../config/module';
import { content, lessonHeading, lessons } from '../../content';
import { useActiveLearner } from '../../stores/app-store';
import { lessonStatus } from '../../model/lesson-status';
import { discernment } from '../../scoring/attempt';
import { finishedAttempts, summarizeAttempt } from '../../scoring/quiz-summary';
import { judgements } from '../../scoring/score';

/** A one-page report of the active learner's results, made to be printed or saved as PDF. */
export function ReportPage() {
  const learner = useActiveLearner();
  const rows = lessons.map((lesson) => {
    const status = lessonStatus(lesson, learner);
    const last = finishedAttempts(learner.quizzes[lesson.id]?.attempts ?? []).at(-1);
    const summary = last ? summarizeAttempt(lesson.quiz, last) : null;
    return { lesson, status, summary };
  });
  // Discernment over every question's first answer in each lesson's latest finished attempt.
  const all = rows.flatMap(({ lesson }) => {
    const last = finishedAttempts(learner.quizzes[lesson.id]?.attempts ?? []).at(-1);
    if (!last) return [];
    return lesson.quiz.questions
      .filter((q) => last.questionIds.includes(q.id))
      .flatMap((q) => judgements(q, last.answers[q.id]?.tries[0]?.input ?? null));
  });
  const d = discernment(all);
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
      <div className="table-scroll" role="region" aria-label="Results by lesson" tabIndex={0}>
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">Lesson</th>
              <th scope="col">Status</th>
              <th scope="col">Sections</th>
              <th scope="col">Practice</th>
              <th scope="col">Attempts</th>
              <th scope="col">Last</th>
              <th scope="col">Best</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ lesson, status }) => (
              <tr key={lesson.id}>
                <th scope="row">{lessonHeading(lesson)}</th>
                <td>
                  <StatusText status={status} passMark={lesson.quiz.passMark} />
                </td>
                <td>
                  {status.sectionsRead}/{status.sectionsTotal}
                </td>
                <td>
                  {status.practiceTotal ? `${status.practiceDone}/${status.practiceTotal}` : '—'}
                </td>
                <td>{status.attempts}</td>
                <td>{status.lastPercent === null ? '—' : `${status.lastPercent}%`}</td>
                <td>{status.bestPercent === null ? '—' : `${status.bestPercent}%`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>Telling supported from unsupported</h2>
      {d.flagItems + d.trustItems ? (
        <p>
          In the latest attempt at each quiz, {learner.name} flagged {d.flagged} of {d.flagItems}{' '}
          unsupported claims or unreliable sources, and wrongly flagged {d.wronglyFlagged} of{' '}
          {d.trustItems} supported claims or reliable sources.
        </p>
      ) : (
        <p>No quiz finished yet.</p>
      )}
      <h2>Questions still to review</h2>
      {rows.some((r) => r.summary?.missed.length) ? (
        <ul>
          {rows
            .filter((r) => r.summary?.missed.length)
            .map((r) => (
              <li key={r.lesson.id}>
                {r.lesson.label}: {r.summary?.missed.length} question
                {r.summary?.missed.length === 1 ? '' : 's'} without full marks in the last attempt
              </li>
            ))}
        </ul>
      ) : (
        <p>None.</p>
      )}
    </Page>
  );
}
