import { Fragment, type ReactNode } from 'react';
import type { Annotation, ArticleBlock, ArticleSentence } from '../../domain/content';
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
    <NotesToggle
      notes={notes}
      open={isOpen(id)}
      onToggle={() => onToggle(id)}
      what="this line"
      controls={`notes-${id}`}
    />
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
          controls={`notes-${sentence.id}`}
        />
      ) : null}
    </span>
  );
}

/**
 * A paragraph of the article. On screen an open note goes right below its sentence: the
 * paragraph is cut there and goes on after the note, so on a phone the note opens next to the
 * marker that was tapped, not screens further down. On paper the paragraph stays whole and its
 * open notes follow it as compact footnotes, keyed by the sentence numbers in the text.
 */
export function ArticleParagraph(props: {
  block: Extract<ArticleBlock, { type: 'paragraph' }>;
  notesFor(id: string): Annotation[];
  isOpen(id: string): boolean;
  onToggle(id: string): void;
  target: string | null;
  printing: boolean;
}) {
  const { block, notesFor, isOpen, onToggle, target, printing } = props;
  const noted = (s: ArticleSentence) => isOpen(s.id) && notesFor(s.id).length > 0;
  const runs: { sentences: ArticleSentence[]; note: ArticleSentence | null }[] = [];
  let run: ArticleSentence[] = [];
  for (const s of block.sentences) {
    run.push(s);
    if (!printing && noted(s)) {
      runs.push({ sentences: run, note: s });
      run = [];
    }
  }
  if (run.length) runs.push({ sentences: run, note: null });
  const panel = (s: ArticleSentence) => (
    <NotePanel
      key={`notes-${s.id}`}
      unitId={s.id}
      label={`Sentence ${s.number}`}
      notes={notesFor(s.id)}
    />
  );
  return (
    <div className="article-paragraph" data-paragraph={block.number}>
      {runs.map((r, i) => (
        <Fragment key={r.sentences[0]?.id ?? i}>
          <p className={i > 0 ? 'article-run' : undefined}>
            {i === 0 ? (
              <span className="paragraph-number" aria-hidden="true">
                ¶{block.number}
              </span>
            ) : null}
            {r.sentences.map((s, j) => (
              <span key={s.id}>
                {i > 0 || j > 0 ? ' ' : null}
                <Sentence
                  sentence={s}
                  notes={notesFor(s.id)}
                  open={isOpen(s.id)}
                  onToggle={() => onToggle(s.id)}
                  targeted={target === s.id}
                />
              </span>
            ))}
          </p>
          {r.note ? panel(r.note) : null}
        </Fragment>
      ))}
      {printing ? block.sentences.filter(noted).map(panel) : null}
    </div>
  );
}
