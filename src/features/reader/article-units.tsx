import type { ReactNode } from 'react';
import type { Annotation, ArticleSentence } from '../../domain/content';
import { Highlight } from '../../components/rich-text';
import { NotePanel, NotesToggle } from './notes';

/** Title, date line and headings can carry notes too; their notes follow them. */
export function UnitWithNotes(props: {
  id: string;
  notes: Annotation[];
  isOpen(id: string): boolean;
  onToggle(id: string): void;
  children: (toggle: ReactNode) => ReactNode;
}) {
  const { id, notes, isOpen, onToggle, children } = props;
  const toggle = notes.length ? (
    <NotesToggle notes={notes} open={isOpen(id)} onToggle={() => onToggle(id)} what="this line" />
  ) : null;
  return (
    <>
      {children(toggle)}
      {notes.length && isOpen(id) ? (
        <NotePanel unitId={id} label="This line" notes={notes} />
      ) : null}
    </>
  );
}

export function Sentence(props: {
  sentence: ArticleSentence;
  notes: Annotation[];
  open: boolean;
  onToggle(): void;
  targeted: boolean;
}) {
  const { sentence, notes, open, onToggle, targeted } = props;
  // Phrases noted on this sentence are marked in the text (with an underline, not only colour).
  const phrase = notes.find((n) => n.phrase && n.sentences.length === 1)?.phrase;
  return (
    <span
      id={`sentence-${sentence.id}`}
      className="sentence"
      tabIndex={-1}
      data-target={targeted || undefined}
      data-noted={notes.length > 0 || undefined}
    >
      <sup className="sentence-number" aria-label={`Sentence ${sentence.number}`}>
        {sentence.number}
      </sup>
      {notes.length ? <Highlight text={sentence.text} phrase={phrase} /> : sentence.text}
      {notes.length ? (
        <NotesToggle
          notes={notes}
          open={open}
          onToggle={onToggle}
          what={`sentence ${sentence.number}`}
        />
      ) : null}
    </span>
  );
}
