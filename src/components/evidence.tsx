import { Fragment } from 'react';
import { Link } from 'react-router';
import type { Evidence } from '../domain/question';
import { SentenceQuote } from './rich-text';
import { paths } from '../config/paths';
import { describeUnit, sentenceById, sourceById } from '../content';

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
                {shortUnit(id)}
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

/**
 * The same evidence on one line, by reference only ("The article: sentence 21, sentence 1.
 * Sources: …"), for printed answer keys, where quoting every sentence costs pages.
 */
export function EvidenceRefs({ evidence }: { evidence: Evidence }) {
  if (!evidence.sentences.length && !evidence.sources.length) return null;
  return (
    <p className="evidence-refs">
      <span className="evidence-refs-label">Evidence:</span>{' '}
      {evidence.sentences.length ? (
        <>
          the article,{' '}
          {evidence.sentences.map((id, i) => (
            <span key={id}>
              {i ? ', ' : ''}
              <Link to={paths.sentence(id)}>{shortUnit(id)}</Link>
            </span>
          ))}
          {evidence.sources.length ? '; ' : '.'}
        </>
      ) : null}
      {evidence.sources.map((id, i) => {
        const s = sourceById.get(id);
        return (
          <span key={id}>
            {i ? '; ' : ''}
            <Link to={paths.source(id)}>{s ? s.publisher : id}</Link>
            {s ? ` (${s.date})` : ''}
            {i === evidence.sources.length - 1 ? '.' : ''}
          </span>
        );
      })}
    </p>
  );
}

/** "sentence 21" (the paragraph is left out: the reader finds it by number). */
function shortUnit(id: string): string {
  const s = sentenceById.get(id);
  return s ? `sentence ${s.number}` : describeUnit(id);
}
