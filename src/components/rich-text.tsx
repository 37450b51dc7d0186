import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Rich, RichElement, BoxKind } from '../domain/rich';
import { paths } from '../config/paths';
import { articleUnits, describeUnit, termById, sourceById } from '../content';
import { useAppStore } from '../stores/app-store';
import { TimelineChart } from './timeline-chart';
import { TrailDiagram } from './trail-diagram';

export interface RichOptions {
  /** Renders an embedded practice activity; the lesson feature supplies it. */
  activity?: (id: string) => ReactNode;
}

const BOX_TITLES: Record<BoxKind, string> = {
  key: 'Key idea',
  caution: 'Be careful',
  think: 'Think about it',
  try: 'Try it',
};

/**
 * Renders compiled rich text (see src/domain/rich.ts) as React elements. The node set is
 * closed and validated at build time, so this is a plain switch, not an HTML renderer.
 */
export function RichText({ nodes, options = {} }: { nodes: Rich; options?: RichOptions }) {
  return (
    <>
      {nodes.map((n, i) =>
        typeof n === 'string' ? n : <Element key={i} el={n} options={options} />,
      )}
    </>
  );
}

function Element({ el, options }: { el: RichElement; options: RichOptions }) {
  const inner = 'c' in el ? <RichText nodes={el.c} options={options} /> : null;
  switch (el.t) {
    case 'p':
      return <p>{inner}</p>;
    case 'em':
      return <em>{inner}</em>;
    case 'strong':
      return <strong>{inner}</strong>;
    case 'code':
      return <code>{inner}</code>;
    case 'ul':
      return <ul>{inner}</ul>;
    case 'ol':
      return <ol start={el.start}>{inner}</ol>;
    case 'li':
      return <li>{inner}</li>;
    case 'blockquote':
      return <blockquote>{inner}</blockquote>;
    case 'h3':
      return <h3>{inner}</h3>;
    case 'h4':
      return <h4>{inner}</h4>;
    case 'br':
      return <br />;
    case 'term':
      return (
        <Link className="term-link" to={paths.term(el.id)} title={termById.get(el.id)?.term}>
          {inner}
        </Link>
      );
    case 'sentence':
      return (
        <Link to={paths.sentence(el.id)} title={`Open ${describeUnit(el.id)} in the case study`}>
          {inner}
        </Link>
      );
    case 'source':
      return (
        <Link to={paths.source(el.id)} title={sourceById.get(el.id)?.publisher}>
          {inner}
        </Link>
      );
    case 'lesson':
      return (
        <Link to={el.section ? paths.lessonSection(el.id, el.section) : paths.lesson(el.id)}>
          {inner}
        </Link>
      );
    case 'quote':
      return <SentenceQuote id={el.id} phrase={el.phrase} />;
    case 'example':
      return (
        <figure className="worked-example">
          <figcaption>{el.title ? `Worked example: ${el.title}` : 'Worked example'}</figcaption>
          <SentenceQuote id={el.sentence} phrase={el.phrase} />
          <div className="worked-example-body">{inner}</div>
        </figure>
      );
    case 'box':
      return (
        <div className={`box box-${el.kind}`} role="note">
          <p className="box-title">{BOX_TITLES[el.kind]}</p>
          {inner}
        </div>
      );
    case 'teacher':
      return <TeacherNote>{inner}</TeacherNote>;
    case 'deeper':
      // Native <details>: closed by default, opened for printing by app/print-details.ts.
      return (
        <details className="deeper">
          <summary>
            <span className="deeper-label">Go deeper:</span> {el.title}
          </summary>
          <div className="deeper-body">{inner}</div>
        </details>
      );
    case 'activity':
      return <>{options.activity?.(el.id) ?? null}</>;
    case 'timeline':
      return <TimelineChart lanes={el.lanes} />;
    case 'trail':
      return <TrailDiagram />;
  }
}

function TeacherNote({ children }: { children: ReactNode }) {
  const teacherMode = useAppStore((s) => s.settings.teacherMode);
  if (!teacherMode) return null;
  return (
    <div className="box box-teacher" role="note">
      <p className="box-title">Teacher note</p>
      {children}
    </div>
  );
}

/** An article sentence quoted exactly, with where it is and a link to it in the reader. */
export function SentenceQuote({ id, phrase }: { id: string; phrase?: string | undefined }) {
  const text = articleUnits.get(id)?.text ?? '';
  return (
    <blockquote className="article-quote">
      <p>
        <Highlight text={text} phrase={phrase} />
      </p>
      <footer>
        <Link to={paths.sentence(id)}>The article, {describeUnit(id)}</Link>
      </footer>
    </blockquote>
  );
}

/** Marks the first occurrence of `phrase` in `text` (for emphasis, not only by colour). */
export function Highlight({ text, phrase }: { text: string; phrase?: string | undefined }) {
  const at = phrase ? text.indexOf(phrase) : -1;
  if (!phrase || at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <mark>{phrase}</mark>
      {text.slice(at + phrase.length)}
    </>
  );
}
