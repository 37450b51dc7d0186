import { useDeferredValue, useEffect, useRef, useState } from 'react';
import type { Annotation } from '../../domain/content';
import { Page } from '../../components/page';
import { RichText } from '../../components/rich-text';
import { TimelineChart } from '../../components/timeline-chart';
import { useScrollTarget } from '../../components/use-scroll-target';
import { annotationsBySentence, article, content } from '../../content';
import { ArticleParagraph, UnitWithNotes } from './article-units';
import { ReaderTools } from './reader-tools';
import { usePrinting } from './use-printing';

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
  // The timeline sits below the whole article: drawn (and its content decoded) in a second,
  // interruptible render, it does not delay the page's first commit.
  const timelineReady = useDeferredValue(true, false);

  const visible = (a: Annotation) => !hidden.has(a.category);
  const notesFor = (id: string) =>
    showNotes ? (annotationsBySentence.get(id) ?? []).filter(visible) : [];
  const printing = usePrinting();
  // A note the learner has just opened is brought into view if it opened below the screen.
  const reveal = useRef<string | null>(null);
  useEffect(() => {
    const id = reveal.current;
    reveal.current = null;
    if (id) document.getElementById(`notes-${id}`)?.scrollIntoView({ block: 'nearest' });
  });
  const toggle = (id: string) => {
    if (!isOpen(id)) reveal.current = id;
    setOpen((o) => toggled(o, id));
  };
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
          <ReaderTools
            showNotes={showNotes}
            onShowNotes={setShowNotes}
            hidden={hidden}
            onToggleCategory={(id) => setHidden((h) => toggled(h, id))}
            allOpen={allOpen}
            onToggleAllOpen={() => setAllOpen((a) => !a)}
            onPrintAnnotated={printAnnotated}
          />

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
                <ArticleParagraph
                  key={block.id}
                  block={block}
                  notesFor={notesFor}
                  isOpen={isOpen}
                  onToggle={toggle}
                  target={target}
                  printing={printing}
                />
              ),
            )}
          </article>
        </div>

        <aside className="source-card" aria-labelledby="source-card-title">
          <h2 id="source-card-title">About this text</h2>
          <RichText nodes={content.sourceCard} />
        </aside>
      </div>

      {timelineReady && content.timeline.events.length ? (
        <section className="wide timeline-section no-print" aria-labelledby="timeline-title">
          <h2 id="timeline-title">Timeline: the events the lessons use</h2>
          <p>
            What happened before and around the article, as the research behind the lessons found
            it: lists, camps, and what each side has announced. Announcements are what someone said,
            not proof that it happened.
          </p>
          <TimelineChart listOpen />
        </section>
      ) : null}
    </Page>
  );
}

/** A copy of the set with `id` added, or removed if it was there. */
function toggled(set: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(set);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}
