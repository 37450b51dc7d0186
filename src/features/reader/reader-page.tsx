import { useState } from 'react';
import { Link } from 'react-router';
import type { Annotation, ArticleSentence } from '../../domain/content';
import { Page } from '../../components/page';
import { RichText, Highlight } from '../../components/rich-text';
import { useScrollTarget } from '../../components/use-scroll-target';
import { paths } from '../../config/paths';
import {
  annotationCategories,
  annotations,
  annotationsBySentence,
  article,
  categoryById,
  content,
  describeUnit,
  lessonById,
  sourceById,
} from '../../content';

/**
 * The case-study article exactly as published, with paragraph and sentence numbers, a source
 * card, and an annotation layer the learner can switch on and filter by category.
 */
export function ReaderPage() {
  const target = useScrollTarget('s', 'sentence-');
  const [showNotes, setShowNotes] = useState(false);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set(target ? [target] : []));
  const [allOpen, setAllOpen] = useState(false);

  const visible = (a: Annotation) => !hidden.has(a.category);
  const notesFor = (id: string) =>
    showNotes ? (annotationsBySentence.get(id) ?? []).filter(visible) : [];
  const toggle = (id: string) =>
    setOpen((o) => {
      const next = new Set(o);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const isOpen = (id: string) => allOpen || open.has(id);

  const printAnnotated = () => {
    setShowNotes(true);
    setAllOpen(true);
    // Let React render every note before the print dialog takes its snapshot.
    requestAnimationFrame(() => requestAnimationFrame(() => window.print()));
  };

  return (
    <Page
      title="Case study: the article"
      lead="The text below is exactly as published. Read it once for yourself first; then switch on the expert notes."
    >
      <div className="reader-layout wide">
        <div className="reader-main">
          <div className="reader-tools no-print" role="group" aria-label="Expert notes">
            <label className="switch">
              <input
                type="checkbox"
                checked={showNotes}
                onChange={(e) => setShowNotes(e.target.checked)}
              />
              Show expert notes ({annotations.length})
            </label>
            {showNotes ? (
              <>
                <fieldset className="category-filter">
                  <legend>Show these kinds of note</legend>
                  {annotationCategories.map((c) => {
                    const count = annotations.filter((a) => a.category === c.id).length;
                    return (
                      <label key={c.id} className="choice">
                        <input
                          type="checkbox"
                          checked={!hidden.has(c.id)}
                          onChange={() =>
                            setHidden((h) => {
                              const next = new Set(h);
                              if (next.has(c.id)) next.delete(c.id);
                              else next.add(c.id);
                              return next;
                            })
                          }
                        />
                        <span className="marker" data-category={c.id}>
                          {c.marker}
                        </span>
                        {c.label} ({count})
                      </label>
                    );
                  })}
                </fieldset>
                <div className="button-row">
                  <button type="button" className="button" onClick={() => setAllOpen((a) => !a)}>
                    {allOpen ? 'Close all notes' : 'Open all notes'}
                  </button>
                </div>
              </>
            ) : null}
            <div className="button-row">
              <button type="button" className="button" onClick={() => window.print()}>
                Print the article
              </button>
              <button type="button" className="button" onClick={printAnnotated}>
                Print with all notes
              </button>
            </div>
          </div>

          <article className="article-doc" aria-label="The case-study article">
            <UnitWithNotes
              id={article.title.id}
              notes={notesFor(article.title.id)}
              isOpen={isOpen}
              onToggle={toggle}
            >
              {(label) => (
                <h2 className="article-title" id={`sentence-${article.title.id}`} tabIndex={-1}>
                  {article.title.text}
                  {label}
                </h2>
              )}
            </UnitWithNotes>
            <UnitWithNotes
              id={article.dateline.id}
              notes={notesFor(article.dateline.id)}
              isOpen={isOpen}
              onToggle={toggle}
            >
              {(label) => (
                <p
                  className="article-dateline"
                  id={`sentence-${article.dateline.id}`}
                  tabIndex={-1}
                >
                  {article.dateline.text}
                  {label}
                </p>
              )}
            </UnitWithNotes>
            {article.blocks.map((block) =>
              block.type === 'heading' ? (
                <UnitWithNotes
                  key={block.id}
                  id={block.id}
                  notes={notesFor(block.id)}
                  isOpen={isOpen}
                  onToggle={toggle}
                >
                  {(label) => (
                    <h3 id={`sentence-${block.id}`} tabIndex={-1}>
                      {block.text}
                      {label}
                    </h3>
                  )}
                </UnitWithNotes>
              ) : (
                <div key={block.id} className="article-paragraph" data-paragraph={block.number}>
                  <p>
                    <span className="paragraph-number" aria-hidden="true">
                      ¶{block.number}
                    </span>
                    {block.sentences.map((s, i) => (
                      <span key={s.id}>
                        {i > 0 ? ' ' : null}
                        <Sentence
                          sentence={s}
                          notes={notesFor(s.id)}
                          open={isOpen(s.id)}
                          onToggle={() => toggle(s.id)}
                          targeted={target === s.id}
                        />
                      </span>
                    ))}
                  </p>
                  {block.sentences
                    .filter((s) => isOpen(s.id) && notesFor(s.id).length > 0)
                    .map((s) => (
                      <NotePanel
                        key={s.id}
                        unitId={s.id}
                        label={`Sentence ${s.number}`}
                        notes={notesFor(s.id)}
                      />
                    ))}
                </div>
              ),
            )}
          </article>
        </div>

        <aside className="source-card" aria-labelledby="source-card-title">
          <h2 id="source-card-title">About this text</h2>
          <RichText nodes={content.sourceCard} />
        </aside>
      </div>
    </Page>
  );
}

/** Title, date line and headings can carry notes too; their notes follow them. */
function UnitWithNotes(props: {
  id: string;
  notes: Annotation[];
  isOpen(id: string): boolean;
  onToggle(id: string): void;
  children: (toggle: React.ReactNode) => React.ReactNode;
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

function Sentence(props: {
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

/** A button after the noted text: its markers say the categories in words. */
function NotesToggle(props: {
  notes: Annotation[];
  open: boolean;
  onToggle(): void;
  what: string;
}) {
  const { notes, open, onToggle, what } = props;
  const categories = [...new Set(notes.map((n) => n.category))];
  const names = categories.map((c) => categoryById.get(c)?.label ?? c).join(', ');
  return (
    <button
      type="button"
      className="notes-toggle"
      aria-expanded={open}
      aria-label={`${open ? 'Hide' : 'Show'} ${notes.length} note${notes.length > 1 ? 's' : ''} on ${what}: ${names}`}
      onClick={onToggle}
    >
      {categories.map((c) => (
        <span key={c} className="marker" data-category={c}>
          {categoryById.get(c)?.marker ?? c}
        </span>
      ))}
    </button>
  );
}

function NotePanel({
  unitId,
  label,
  notes,
}: {
  unitId: string;
  label: string;
  notes: Annotation[];
}) {
  return (
    <div className="note-panel" id={`notes-${unitId}`}>
      <p className="note-panel-title">Notes on {label.toLowerCase()}</p>
      <ul>
        {notes.map((n) => {
          const category = categoryById.get(n.category);
          const lesson = lessonById.get(n.lesson);
          return (
            <li key={n.id} className="note">
              <p className="note-head">
                <span className="marker" data-category={n.category}>
                  {category?.marker}
                </span>{' '}
                <strong>{category?.label}</strong>
                {n.phrase ? (
                  <>
                    {' '}
                    on <q>{n.phrase}</q>
                  </>
                ) : null}
                {n.sentences.length > 1 ? (
                  <>
                    {' '}
                    — between{' '}
                    {n.sentences.map((s, i) => (
                      <span key={s}>
                        {i > 0 ? ' and ' : ''}
                        <Link to={paths.sentence(s)}>{describeUnit(s)}</Link>
                      </span>
                    ))}
                  </>
                ) : null}
              </p>
              <RichText nodes={n.reason} />
              <p className="note-links">
                {lesson ? (
                  <Link to={paths.lesson(lesson.id)}>Learn this in {lesson.label}</Link>
                ) : null}
                {n.sources.map((id) => (
                  <span key={id}>
                    {' · '}
                    <Link to={paths.source(id)}>{sourceById.get(id)?.publisher ?? id}</Link>
                  </span>
                ))}
              </p>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
