import { Link } from 'react-router';
import { paths } from '../config/paths';
import { useNoticeStore } from '../stores/notice-store';
import type { StorageProblem } from '../stores/storage';
import type { LmsProblem } from '../stores/notice-store';
import { downloadText } from './download';

const STORAGE_MESSAGES: Record<StorageProblem, string> = {
  unavailable:
    'This browser is not letting the module save anything (private browsing or storage switched off). You can carry on: your work lasts until you close this tab.',
  corrupt:
    'The progress saved on this device could not be read, so the module has started fresh. The old data was kept as a backup and has not been deleted.',
  'newer-version':
    'Progress on this device was saved by a newer copy of this module. This copy will not change it: your work here lasts until you close this tab. Open the newer copy to continue there.',
  'partly-invalid':
    'Part of the progress saved on this device could not be read. Everything that could be read was kept, and a copy of the old data was saved as a backup.',
  full: 'This browser has no room left to save progress. You can carry on, but your work here lasts only until you close this tab. Download your results to keep them.',
};

const LMS_MESSAGES: Record<LmsProblem, string> = {
  'not-saved':
    'Your results may not have reached your LMS. You can carry on: your progress is kept in this browser, and Progress → "Download my results" saves a copy you can hand in.',
  'not-restored':
    'The progress your LMS saved for you could not be read by this copy of the module, so this visit starts from what this browser has. So that nothing the LMS holds is overwritten, results from this visit are not sent to it.',
};

/** One polite message per problem, and the "new version" prompt. */
export function Notices() {
  const storage = useNoticeStore((s) => s.storage);
  const dismissStorage = useNoticeStore((s) => s.dismissStorage);
  const updateReady = useNoticeStore((s) => s.updateReady);
  const lmsProblem = useNoticeStore((s) => s.lmsProblem);
  const dismissLms = useNoticeStore((s) => s.dismissLms);

  return (
    <div className="notices" role="status">
      {updateReady ? (
        <div className="notice notice-info">
          <p>A new version of this module is available.</p>
          <button type="button" className="button" onClick={() => location.reload()}>
            Reload now
          </button>
        </div>
      ) : null}
      {storage ? (
        <div className="notice notice-warning">
          <p>{STORAGE_MESSAGES[storage.problem]}</p>
          <div className="button-row">
            {storage.problem === 'full' || storage.problem === 'unavailable' ? (
              <Link className="button" to={paths.progress}>
                Download my results
              </Link>
            ) : null}
            {storage.backupKey ? (
              <button
                type="button"
                className="button"
                onClick={() => downloadBackup(storage.backupKey ?? '')}
              >
                Download the old data
              </button>
            ) : null}
            <button type="button" className="button" onClick={dismissStorage}>
              Dismiss
            </button>
          </div>
        </div>
      ) : null}
      {lmsProblem ? (
        <div className="notice notice-warning">
          <p>{LMS_MESSAGES[lmsProblem]}</p>
          <div className="button-row">
            <button type="button" className="button" onClick={dismissLms}>
              Dismiss
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}

function downloadBackup(key: string) {
  try {
    const raw = localStorage.getItem(key);
    if (raw !== null) downloadText('progress-backup.json', raw, 'application/json');
  } catch {
    // Storage vanished since the backup was made; there is nothing left to offer.
  }
}
