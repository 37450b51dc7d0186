import { Link } from 'react-router';
import type { Evidence } from '../domain/question';
import { SentenceQuote } from './rich-text';
import { paths } from '../config/paths';
import { sourceById } from '../content';

/** The exact sentences and sources an explanation rests on, each linked to where it lives. */
export function EvidenceList({ evidence, level }: { evidence: Evidence; level: number }) {
  const H = level <= 3 ? 'h3' : level === 4 ? 'h4' : 'h5';
  if (!evidence.sentences.length && !evidence.sources.length) return null;
  return (
    <div className="evidence">
      <H>Evidence</H>
      {evidence.sentences.map((id) => (
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
