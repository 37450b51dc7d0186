import { Link } from 'react-router';
import { plainText } from '../../components/plain-text';
import { paths } from '../../config/paths';
import { lessons } from '../../content';
import type { ClassSummary } from './class-summary';

/** The class table, the class's discernment and the questions most often missed. */
export function ClassSummaryView({ summary }: { summary: ClassSummary }) {
  return (
    <>
      <div
        className="table-scroll"
        role="region"
        aria-labelledby="class-table-caption"
        tabIndex={0}
      >
        <table className="class-table">
          <caption id="class-table-caption">
            Best quiz score, attempts and completion per lesson
          </caption>
          <thead>
            <tr>
              <th scope="col">Learner</th>
              {lessons.map((l) => (
                <th key={l.id} scope="col">
                  {l.label}
                </th>
              ))}
              <th scope="col">Discernment</th>
            </tr>
          </thead>
          <tbody>
            {summary.learners.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.name}</th>
                {row.lessons.map((cell) => (
                  <td key={cell.lessonId}>
                    {cell.status.bestPercent === null ? (
                      cell.status.started ? (
                        'started'
                      ) : (
                        '—'
                      )
                    ) : (
                      <>
                        {cell.status.bestPercent}%{cell.status.passed ? ' ✓' : ''}
                        <br />
                        <span className="cell-note">
                          {cell.status.attempts} attempt{cell.status.attempts === 1 ? '' : 's'}
                        </span>
                      </>
                    )}
                  </td>
                ))}
                <td>
                  {row.discernment.flagItems + row.discernment.trustItems
                    ? `${row.discernment.flagged}/${row.discernment.flagItems} flagged; ${row.discernment.wronglyFlagged}/${row.discernment.trustItems} wrongly`
                    : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="hint">
        ✓ = passed. Discernment: unsupported claims or unreliable sources flagged, and supported
        claims or reliable sources wrongly flagged (first answers, latest attempts).
      </p>

      <h2>The class’s discernment</h2>
      <p>
        Together, the class flagged {summary.discernment.flagged} of {summary.discernment.flagItems}{' '}
        unsupported claims or unreliable sources, and wrongly flagged{' '}
        {summary.discernment.wronglyFlagged} of {summary.discernment.trustItems} supported claims or
        reliable sources.{' '}
        {summary.discernment.trustItems > 0 &&
        summary.discernment.wronglyFlagged / summary.discernment.trustItems > 0.4
          ? 'Many reliable items were doubted: worth a discussion of “reliable on this point”.'
          : ''}
      </p>

      <h2>Questions most often missed</h2>
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
        <p>No question was missed in the latest attempts.</p>
      )}
    </>
  );
}
