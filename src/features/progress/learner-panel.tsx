import { useId, useState } from 'react';
import { useAppStore } from '../../stores/app-store';
import { NameForm } from '../../components/name-form';

/**
 * Learners sharing this device: who is working now, switching, adding, renaming, and
 * resetting or removing with a confirmation. A name is not a password: this keeps learners'
 * progress apart, it does not protect it.
 */
export function LearnerPanel() {
  const learners = useAppStore((s) => s.learners);
  const activeId = useAppStore((s) => s.activeLearnerId);
  const { addLearner, switchLearner, renameLearner, resetLearner, removeLearner } =
    useAppStore.getState();
  const active = learners[activeId];
  const [confirming, setConfirming] = useState<'reset' | 'remove' | null>(null);
  const [message, setMessage] = useState('');
  const ids = { add: useId(), rename: useId(), switch: useId() };
  const all = Object.values(learners).sort((a, b) => a.name.localeCompare(b.name));

  if (!active) return null;

  return (
    <section className="learner-panel" aria-labelledby="learner-heading">
      <h2 id="learner-heading">Learner</h2>
      <p>
        Working as <strong>{active.name}</strong>. Each learner on this device has their own
        progress. Names are not passwords: anyone using this browser can switch.
      </p>

      {all.length > 1 ? (
        <div className="field-row">
          <label htmlFor={ids.switch}>Switch to</label>
          <select
            id={ids.switch}
            value={activeId}
            onChange={(e) => {
              switchLearner(e.target.value);
              setConfirming(null);
              setMessage(`Now working as ${learners[e.target.value]?.name ?? ''}.`);
            }}
          >
            {all.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}

      <NameForm
        id={ids.add}
        label="Add a learner"
        button="Add and switch"
        onSubmit={(name) => {
          addLearner(name);
          setMessage(`Added ${name}. Now working as ${name}.`);
        }}
      />
      <NameForm
        id={ids.rename}
        label={`Rename ${active.name}`}
        button="Rename"
        onSubmit={(name) => {
          renameLearner(active.id, name);
          setMessage(`Renamed to ${name}.`);
        }}
      />

      <div className="button-row">
        <button type="button" className="button" onClick={() => setConfirming('reset')}>
          Reset {active.name}’s progress…
        </button>
        {all.length > 1 ? (
          <button type="button" className="button" onClick={() => setConfirming('remove')}>
            Remove {active.name} from this device…
          </button>
        ) : null}
      </div>
      {confirming ? (
        <div
          className="confirm"
          role="alertdialog"
          aria-labelledby="confirm-text"
          aria-modal="false"
        >
          <p id="confirm-text">
            {confirming === 'reset'
              ? `Reset all of ${active.name}’s progress? Their lessons, practice and quiz attempts on this device will be deleted. Download their results first if you want to keep them.`
              : `Remove ${active.name} and all their progress from this device? Download their results first if you want to keep them.`}
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button button-danger"
              autoFocus
              onClick={() => {
                if (confirming === 'reset') {
                  resetLearner(active.id);
                  setMessage(`${active.name}’s progress was reset.`);
                } else {
                  removeLearner(active.id);
                  setMessage(`${active.name} was removed from this device.`);
                }
                setConfirming(null);
              }}
            >
              {confirming === 'reset' ? 'Yes, reset' : 'Yes, remove'}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(null)}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      <p role="status" className="status-line">
        {message}
      </p>
    </section>
  );
}
