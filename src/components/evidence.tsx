import { Fragment } from 'react';
import { Link } from 'react-router';
import type { Evidence } from '../domain/question';
import { SentenceQuote } from './rich-text';
import { paths } from '../config/paths';
import { describeUnit, sourceById } from '../content';

const NONE: ReadonlySet<string> = new Set();

/**
 * The exact sentences and sources an explanation rests on, each linked to where it lives.
 * Sentences already quoted in full on the card (`shown`) are named and linked, not quoted again.
 */
export function EvidenceList({
  evidence,
  level,
  shown = NONE,
}: {
  evidence: Evidence;
  level: number;
  shown?: ReadonlySet<string>;
}) {
  const H = level <= 3 ? 'h3' : level === 4 ? 'h4' : 'h5';
  if (!evidence.sentences.length && !evidence.sources.length) return null;
  const above = evidence.sentences.filter((id) => shown.has(id));
  return (
    <div className="evidence">
      <H>Evidence</H>
      {above.length ? (
        <p className="evidence-above">
          Quoted above:{' '}
          {above.map((id, i) => (
            <Fragment key={id}>
              {i === 0 ? '' : i === above.length - 1 ? ' and ' : ', '}
              <Link to={paths.sentence(id)} title="Open it in the case study">
                {describeUnit(id).replace(/ \(.*\)$/, '')}
              </Link>
            </Fragment>
          ))}
          .
        </p>
      ) : null}
      {evidence.sentences
        .filter((id) => !shown.has(id))
        .map((id) => (
          <SentenceQuote key={id} id={id} />
        ))}
      {evidence.sources.length ? (
        <ul className="evidence-sources">
          {evidence.sources.map((id) => {
            const s = sourceById.get(id);
            return (
              <li key={id}>
                <Link to={paths.source(id)}>
                  {s ? `${s.publisher}: ${s.title ?? s.description ?? ''}` : id}
                </Link>
                {s ? <span className="evidence-meta"> ({s.date})</span> : null}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
