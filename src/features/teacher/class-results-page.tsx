import { useId, useState } from 'react';
import { Link } from 'react-router';
import { Page } from '../../components/page';
import { downloadText } from '../../components/download';
import { plainText } from '../../components/plain-text';
import { paths } from '../../config/paths';
import { content, lessons } from '../../content';
import { readRecordFile, type LearningRecord } from '../../model/record';
import { classSummary, toCsv } from './class-summary';

interface Loaded {
  file: string;
  record: LearningRecord;
}

/**
 * A class's results from the files learners downloaded: read in this browser only, nothing
 * uploaded. Bad files are listed with the reason and skipped; the good ones still count.
 */
export function ClassResultsPage() {
  const inputId = useId();
  const [loaded, setLoaded] = useState<Loaded[]>([]);
  const [problems, setProblems] = useState<string[]>([]);

  const read = async (files: FileList | null) => {
    const ok: Loaded[] = [];
    const bad: string[] = [];
    for (const file of Array.from(files ?? [])) {
      const result = await readRecordFile(file, content);
      if (result.ok) ok.push({ file: file.name, record: result.record });
      else bad.push(`${file.name}: ${result.message}`);
    }
    setLoaded((prev) => [...prev, ...ok]);
    setProblems(bad);
  };

  const summary = classSummary(
    loaded.map((l) => l.record),
    content,
  );

  return (
    <Page
      title="Class results"
      lead="Open the results files your learners downloaded. They are read in this browser only; nothing is uploaded or stored."
    >
      <div className="no-print">
        <label htmlFor={inputId} className="field-label">
          Results files (.json) — you can select many at once
        </label>{' '}
        <input
          id={inputId}
          type="file"
          accept=".json,application/json"
          multiple
          onChange={(e) => {
            void read(e.target.files);
            e.target.value = '';
          }}
        />
        {loaded.length ? (
          <div className="button-row">
            <button
              type="button"
              className="button"
              onClick={() =>
                downloadText(
                  `class-results-${new Date().toISOString().slice(0, 10)}.csv`,
                  toCsv(summary, content),
                  'text/csv',
                )
              }
            >
              Download as CSV (spreadsheet)
            </button>
            <button type="button" className="button" onClick={() => window.print()}>
              Print
            </button>
            <button type="button" className="button" onClick={() => setLoaded([])}>
              Clear
            </button>
          </div>
        ) : null}
      </div>
      {problems.length ? (
        <div className="input-problem" role="alert">
          <p>These files were not read (nothing else was affected):</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <p role="status">
        {loaded.length
          ? `${summary.learners.length} learner${summary.learners.length === 1 ? '' : 's'} from ${loaded.length} file${loaded.length === 1 ? '' : 's'}.${summary.duplicates ? ` ${summary.duplicates} older copies of the same learner were left out.` : ''}`
          : 'No files opened yet.'}
      </p>

      {summary.learners.length ? (
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
            Together, the class flagged {summary.discernment.flagged} of{' '}
            {summary.discernment.flagItems} unsupported claims or unreliable sources, and wrongly
            flagged {summary.discernment.wronglyFlagged} of {summary.discernment.trustItems}{' '}
            supported claims or reliable sources.{' '}
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
      ) : null}
    </Page>
  );
}
