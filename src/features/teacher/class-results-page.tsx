import { useId, useState } from 'react';
import { Page } from '../../components/page';
import { downloadText } from '../../components/download';
import { content } from '../../content';
import { readRecordFile, type LearningRecord } from '../../model/record';
import { classSummary } from './class-summary';
import { csvFileName, toCsv } from './class-csv';
import { count } from '../../components/words';
import { ClassSummaryView } from './class-summary-view';
import { checkCsvColumns, classChecks } from './class-checks';
import { ClassChecksView } from './class-checks-view';

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
  const checks = classChecks(
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
              onClick={() => {
                const now = new Date();
                const extra = content.checks.length ? checkCsvColumns(checks) : [];
                downloadText(csvFileName(now), toCsv(summary, content, now, extra), 'text/csv');
              }}
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
          ? `${count(summary.learners.length, 'learner')} from ${count(loaded.length, 'file')}.${summary.duplicates ? ` ${count(summary.duplicates, 'older copy', 'older copies')} of the same learner ${summary.duplicates === 1 ? 'was' : 'were'} left out.` : ''}`
          : 'No files opened yet.'}
      </p>

      {summary.learners.length ? <ClassSummaryView summary={summary} /> : null}
      {summary.learners.length && content.checks.length ? (
        <ClassChecksView checks={checks} />
      ) : null}
    </Page>
  );
}
