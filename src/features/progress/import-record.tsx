import { useId, useState } from 'react';
import { content } from '../../content';
import { useAppStore } from '../../stores/app-store';
import { randomId, type Learner } from '../../model/learner';
import { readRecordFile, recordStatuses, type LearningRecord } from '../../model/record';
import { mergeLearners } from '../../model/merge';
import { StatusText } from '../../components/status-text';
import { quoted } from '../../components/plain-text';

type Choice = 'new' | 'replace' | 'merge';

/**
 * Import a results file: read it, show what it contains, ask whether to replace, merge or add,
 * and only then change anything. A bad file gets a message and changes nothing.
 */
export function ImportRecord() {
  const inputId = useId();
  const learners = useAppStore((s) => s.learners);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [pending, setPending] = useState<{
    record: LearningRecord;
    sameContent: boolean;
    file: string;
  } | null>(null);
  const [choice, setChoice] = useState<Choice>('new');
  const existing = pending ? learners[pending.record.learner.id] : undefined;

  const read = async (file: File | undefined) => {
    setError(null);
    setDone(null);
    setPending(null);
    if (!file) return;
    const result = await readRecordFile(file, content);
    if (!result.ok) {
      setError(`“${file.name}”: ${result.message} Nothing was changed.`);
      return;
    }
    setPending({ ...result, file: file.name });
    setChoice(learners[result.record.learner.id] ? 'merge' : 'new');
  };

  const apply = () => {
    if (!pending) return;
    const incoming = pending.record.learner;
    const { putLearner } = useAppStore.getState();
    let result: Learner;
    if (choice === 'merge' && existing) result = mergeLearners(existing, incoming);
    else if (choice === 'replace' && existing) result = incoming;
    else result = { ...incoming, id: existing ? randomId('l') : incoming.id };
    putLearner(result);
    setDone(
      `${choice === 'merge' ? 'Merged' : choice === 'replace' ? 'Replaced' : 'Added'} ${result.name}’s results. You are now working as ${result.name}.`,
    );
    setPending(null);
  };

  return (
    <div className="import">
      <h3>Import results from a file</h3>
      <p>
        Use a file downloaded with “Download my results”, for example to continue on another device.
        You will see what it contains before anything changes.
      </p>
      <label htmlFor={inputId} className="field-label">
        Results file (.json)
      </label>{' '}
      <input
        id={inputId}
        type="file"
        accept=".json,application/json"
        onChange={(e) => {
          void read(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
      {error ? (
        <p className="input-problem" role="alert">
          {error}
        </p>
      ) : null}
      {done ? (
        <p className="success" role="status">
          {done}
        </p>
      ) : null}
      {pending ? (
        <div className="import-preview" role="region" aria-label="What the file contains">
          <p>
            <strong>{pending.file}</strong>: results of{' '}
            <strong>{pending.record.learner.name}</strong>, saved{' '}
            {new Date(pending.record.exportedAt).toLocaleString()} from{' '}
            {quoted(pending.record.module.title)} version {pending.record.module.version}.
          </p>
          {!pending.sameContent ? (
            <p className="warning">
              The lessons in that copy were not exactly the same as in this one. Scores are
              recalculated here; answers to questions that have changed or been removed may not
              count.
            </p>
          ) : null}
          <ul>
            {recordStatuses(pending.record, content).map((r) => (
              <li key={r.lessonId}>
                {r.label}: <StatusText status={r.status} passMark={r.passMark} />
              </li>
            ))}
          </ul>
          <fieldset>
            <legend>What should happen?</legend>
            {existing ? (
              <>
                <label className="choice">
                  <input
                    type="radio"
                    name={`${inputId}-choice`}
                    checked={choice === 'merge'}
                    onChange={() => setChoice('merge')}
                  />
                  Merge with {existing.name}’s progress on this device (keeps everything from both)
                </label>
                <label className="choice">
                  <input
                    type="radio"
                    name={`${inputId}-choice`}
                    checked={choice === 'replace'}
                    onChange={() => setChoice('replace')}
                  />
                  Replace {existing.name}’s progress on this device with the file
                </label>
              </>
            ) : null}
            <label className="choice">
              <input
                type="radio"
                name={`${inputId}-choice`}
                checked={choice === 'new'}
                onChange={() => setChoice('new')}
              />
              Add as a new learner on this device
            </label>
          </fieldset>
          <div className="button-row">
            <button type="button" className="button button-primary" onClick={apply}>
              Import
            </button>
            <button type="button" className="button" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
