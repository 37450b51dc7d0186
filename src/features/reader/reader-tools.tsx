import { annotationCategories, annotations } from '../../content';

/** The notes switch, the filter by category, and the print buttons above the article. */
export function ReaderTools(props: {
  showNotes: boolean;
  onShowNotes(show: boolean): void;
  /** Categories the learner has filtered out. */
  hidden: ReadonlySet<string>;
  onToggleCategory(id: string): void;
  allOpen: boolean;
  onToggleAllOpen(): void;
  onPrintAnnotated(): void;
}) {
  const { showNotes, onShowNotes, hidden, onToggleCategory, allOpen } = props;
  const { onToggleAllOpen, onPrintAnnotated } = props;
  return (
    <div className="reader-tools no-print" role="group" aria-label="Expert notes">
      <label className="switch">
        <input
          type="checkbox"
          checked={showNotes}
          onChange={(e) => onShowNotes(e.target.checked)}
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
                    onChange={() => onToggleCategory(c.id)}
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
            <button type="button" className="button" onClick={onToggleAllOpen}>
              {allOpen ? 'Close all notes' : 'Open all notes'}
            </button>
          </div>
        </>
      ) : null}
      <div className="button-row">
        <button type="button" className="button" onClick={() => window.print()}>
          Print the article
        </button>
        <button type="button" className="button" onClick={onPrintAnnotated}>
          Print with all notes
        </button>
      </div>
    </div>
  );
}
