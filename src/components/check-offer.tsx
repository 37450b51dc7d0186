import { Link } from 'react-router';
import { paths } from '../config/paths';
import { content } from '../content';
import { checkStatus, skipPreCheck } from '../model/prepost';
import { useActiveLearner, useAppStore } from '../stores/app-store';
import { checkSize } from './check-words';

/**
 * Offers the before-and-after check where a learner meets it: the before-check on the start
 * page until it is taken or set aside, the after-check once the final review's quiz is done
 * (start page and the review's results), then a link to the results. Nothing when the module
 * has no check.
 */
export function CheckOffer({ place }: { place: 'home' | 'review' }) {
  const learner = useActiveLearner();
  const update = useAppStore((s) => s.updateLearner);
  if (content.checks.length < 2) return null;
  const status = checkStatus(learner, content);
  const { items, minutes } = checkSize();

  if (status.post === 'todo' || status.post === 'open') {
    return (
      <section className="check-offer" aria-labelledby="check-offer-heading">
        <h2 id="check-offer-heading">The after-check</h2>
        <p>
          {status.post === 'open'
            ? 'You have started the after-check. Finish it to see how your checking changed.'
            : `You have finished the final review. Judge ${items} more short texts (about ${minutes} minutes), then see how your checking changed since the start.`}
        </p>
        <div className="button-row">
          <Link className="button button-primary" to={paths.checkTake('post')}>
            {status.post === 'open' ? 'Continue the after-check' : 'Take the after-check'}
          </Link>
        </div>
      </section>
    );
  }
  if (status.post === 'done') {
    return (
      <p className="check-offer-done">
        <Link to={paths.check}>See your before-and-after check results</Link>
      </p>
    );
  }
  if (place !== 'home' || status.pre === 'done' || status.pre === 'closed') return null;
  if (status.pre === 'skipped') return null;
  return (
    <section className="check-offer" aria-labelledby="check-offer-heading">
      <h2 id="check-offer-heading">Before you start: a short check</h2>
      <p>
        {status.pre === 'open'
          ? 'You have started the before-check. Finish it before Lesson 1.'
          : `Judge ${items} short texts you have not seen: is each claim supported by its text, or not? It takes about ${minutes} minutes. You get no score now. After the final review you take a similar check, and then see both results side by side.`}
      </p>
      <div className="button-row">
        <Link className="button button-primary" to={paths.checkTake('pre')}>
          {status.pre === 'open' ? 'Continue the before-check' : 'Take the before-check'}
        </Link>
        {status.pre === 'todo' ? (
          <button type="button" className="button" onClick={() => update((l) => skipPreCheck(l))}>
            Skip it for now
          </button>
        ) : null}
      </div>
      {status.pre === 'todo' ? (
        <p className="hint">If you skip it, you can still take it from the Progress page.</p>
      ) : null}
    </section>
  );
}

/** The check on the Progress page: where the learner stands, and the way in at any time. */
export function CheckProgress() {
  const learner = useActiveLearner();
  if (content.checks.length < 2) return null;
  const { pre, post } = checkStatus(learner, content);
  const preText = {
    todo: 'not taken yet',
    skipped: 'skipped for now (you can still take it)',
    open: 'started',
    done: 'done',
    closed: 'not taken',
  }[pre];
  const postText = {
    locked: 'opens after the final review',
    todo: 'ready',
    open: 'started',
    done: 'done',
  }[post];
  return (
    <section aria-labelledby="check-progress-heading">
      <h2 id="check-progress-heading">Before-and-after check</h2>
      <p>
        Before-check: {preText}. After-check: {postText}.
        {post === 'done' ? ' Your results for both are ready.' : ''}
      </p>
      <div className="button-row">
        <Link className="button" to={paths.check}>
          {post === 'done' ? 'See the results' : 'Open the before-and-after check'}
        </Link>
      </div>
    </section>
  );
}
