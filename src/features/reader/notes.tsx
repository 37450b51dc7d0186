import { Link } from 'react-router';
import type { Annotation } from '../../domain/content';
import { RichText } from '../../components/rich-text';
import { paths } from '../../config/paths';
import { categoryById, describeUnit, lessonById, sourceById } from '../../content';

/** A button after the noted text: its markers say the categories in words. */
export function NotesToggle(props: {
  notes: Annotation[];
  open: boolean;
  onToggle(): void;
  what: string;
  /** The id of the panel it opens. */
  controls: string;
}) {
  const { notes, open, onToggle, what, controls } = props;
  const categories = [...new Set(notes.map((n) => n.category))];
  const names = categories.map((c) => categoryById.get(c)?.label ?? c).join(', ');
  return (
    <button
      type="button"
      className="notes-toggle"
      aria-expanded={open}
      aria-controls={open ? controls : undefined}
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

export function NotePanel({
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
              {/* Each link in its own span: the " · " between them (CSS) is outside the links,
                  which keeps them apart as targets, and print swaps it for "Sources:". */}
              <p className="note-links">
                {lesson ? (
                  <span className="note-link note-lesson">
                    <Link to={paths.lesson(lesson.id)}>Learn this in {lesson.label}</Link>
                  </span>
                ) : null}
                {n.sources.map((id) => (
                  <span key={id} className="note-link">
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
