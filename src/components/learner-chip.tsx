import { Link, useLocation } from 'react-router';
import { paths } from '../config/paths';
import { useActiveLearner } from '../stores/app-store';

/**
 * Who is working, on every page, so that on a shared laptop the next student notices before
 * answering as the previous one; "Not you? Switch" comes back to this same page.
 */
export function LearnerChip() {
  const learner = useActiveLearner();
  const { pathname, search } = useLocation();
  const choosing = pathname === paths.learner;
  return (
    <p className="learner-chip">
      <span>
        Working as <strong className="learner-name">{learner.name}</strong>
      </span>
      {choosing ? null : <Link to={paths.chooseLearner(pathname + search)}>Not you? Switch</Link>}
    </p>
  );
}
