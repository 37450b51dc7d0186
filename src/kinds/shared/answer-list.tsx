import type { ReactNode } from 'react';
import { articleUnits, sentenceById } from '../../content';
import { nestQuotes } from '../../components/plain-text';

/** An article sentence as an answer: "Sentence 7: “…”". */
export function SentenceLabel({ id }: { id: string }) {
  const s = sentenceById.get(id);
  return (
    <>
      {s ? `Sentence ${s.number}: ` : null}
      <q>{nestQuotes(articleUnits.get(id)?.text ?? id)}</q>
    </>
  );
}

/** Parts of an answer as a list, or "none". */
export function AnswerList({ items }: { items: ReactNode[] }) {
  if (items.length === 0) return <em>none</em>;
  return (
    <ul className="answer-list">
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}
