import { Link } from 'react-router';
import { plainText } from '../../components/plain-text';
import { count, discernmentClause, discernmentShort, percentText } from '../../components/words';
import { paths } from '../../config/paths';
import { lessons } from '../../content';
import type { ClassSummary, LessonCell } from './class-summary';
import { ScrollRegion } from '../../components/scroll-region';

/** A lesson's cell: the first attempt leads; best after retries, if any, comes second. */
function ScoreCell({ cell }: { cell: LessonCell }) {
  const { status, first } = cell;
  if (!first) return <>{status.started ? 'started' : '—'}</>;
  const retried = status.attempts > 1;
  return (
    <>
      <span className="cell-first">
        {percentText(first.percent)}
        {!retried && status.passed ? ' ✓' : ''}
      </span>
      <br />
      {retried && status.bestPercent !== null ? (
        <>
          <span className="cell-note">
            best after retries {percentText(status.bestPercent)}
            {status.passed ? ' ✓' : ''}
          </span>
          <br />
        </>
      ) : null}
      <span className="cell-note">{count(status.attempts, 'attempt')}</span>
    </>
  );
}

/** The class table, the class's discernment and the questions most often missed. */
export function ClassSummaryView({ summary }: { summary: ClassSummary }) {
  const d = summary.discernment;
  return (
    <>
      <ScrollRegion labelledBy="class-table-caption">
        <table className="class-table">
          <caption id="class-table-caption">
            First-attempt quiz score per lesson, then best after retries
          </caption>
          <thead>
            <tr>
              <th scope="col">Learner</th>
              {lessons.map((l) => (
                <th key={l.id} scope="col">
                  {l.label}
                </th>
              ))}
              <th scope="col">Discernment (first attempts)</th>
            </tr>
          </thead>
          <tbody>
            {summary.learners.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.name}</th>
                {row.lessons.map((cell) => (
                  <td key={cell.lessonId}>
                    <ScoreCell cell={cell} />
                  </td>
                ))}
                <td>
                  {row.discernment.flagItems + row.discernment.trustItems
                    ? discernmentShort(row.discernment)
                    : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <p className="hint">
        The large figure is the first attempt at each quiz: the evidence of what a learner could do.
        Retrying is practice; it can only raise “best after retries”. ✓ = pass mark reached (on any
        attempt). Discernment: unsupported claims or unreliable sources flagged, and supported
        claims or reliable sources wrongly flagged, on the first try at each question of the first
        attempts.
      </p>

      <h2>The class’s discernment</h2>
      <p>
        On their first attempts, the class {discernmentClause(d)}.{' '}
        {d.trustItems > 0 && d.wronglyFlagged / d.trustItems > 0.4
          ? 'Many reliable items were doubted: worth a discussion of “reliable on this point”.'
          : ''}
      </p>

      <h2>Questions most often missed on the first attempt</h2>
      {summary.missed.length ? (
        <ol className="missed-list">
          {summary.missed.slice(0, 10).map((m) => (
            <li key={m.questionId}>
              <strong>
                {m.missed} of {m.answered}
              </strong>{' '}
              missed — {m.lessonLabel}: {plainText(m.prompt)}{' '}
              <Link to={paths.answerKey(m.lessonId)} className="no-print">
                (answer key)
              </Link>
            </li>
          ))}
        </ol>
      ) : (
        <p>No question was missed on a first attempt.</p>
      )}
    </>
  );
}
