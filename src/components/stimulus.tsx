import { Link } from 'react-router';
import type { Stimulus } from '../domain/stimulus';
import { paths } from '../config/paths';
import { sourceById } from '../content';
import { RichText } from './rich-text';
import { quoted } from './plain-text';

/** What the label of a constructed text says, on screen and on paper. */
export const CONSTRUCTED_LABEL = 'Constructed example, written for this module';

/**
 * A question's fresh text, above its prompt: an exact quote with its citation, or a text
 * written for the module with a label saying so, so a learner never takes one for the other.
 */
export function StimulusView({ stimulus }: { stimulus: Stimulus }) {
  if (stimulus.kind === 'constructed') {
    return (
      <figure className="stimulus stimulus-constructed">
        <figcaption className="stimulus-label">{CONSTRUCTED_LABEL}</figcaption>
        <div className="stimulus-text">
          <RichText nodes={stimulus.text} />
        </div>
      </figure>
    );
  }
  const source = sourceById.get(stimulus.source);
  return (
    <figure className="stimulus stimulus-quote">
      {stimulus.intro ? (
        <p className="stimulus-intro">
          <RichText nodes={stimulus.intro} />
        </p>
      ) : null}
      <blockquote className="stimulus-text">
        <p>{quoted(stimulus.quote)}</p>
      </blockquote>
      <figcaption className="stimulus-label">
        Quoted exactly from{' '}
        <Link to={paths.source(stimulus.source)}>
          {source
            ? `${source.publisher}${source.title ? `, “${source.title}”` : ''}`
            : stimulus.source}
        </Link>
        {source ? ` (${source.date}${source.via ? `, ${source.via}` : ''})` : ''}
      </figcaption>
    </figure>
  );
}
