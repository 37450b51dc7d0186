import { Link } from 'react-router';
import { Page } from '../components/page';
import { paths } from '../config/paths';

/** Shown when a page throws while rendering: says what happened and offers a way back. */
export function ErrorPage({ error }: { error: unknown }) {
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <Page title="Something went wrong">
      <p>
        This page could not be shown. Your progress is saved on this device and has not been
        affected.
      </p>
      <div className="button-row">
        <Link className="button" to={paths.home}>
          Go to the start page
        </Link>
        <button type="button" className="button" onClick={() => location.reload()}>
          Reload
        </button>
      </div>
      <details className="error-detail">
        <summary>Technical details (for a teacher or developer)</summary>
        <pre>{detail}</pre>
      </details>
    </Page>
  );
}
