import { RichText, SentenceQuote } from '../../components/rich-text';
import type { InputProps } from '../shared/input-props';
import { markFor } from '../shared/input-props';
import { OptionFeedback } from '../shared/option-feedback';

/** Each item gets one label through its own group of radio buttons (no drag and drop). */
export function CategorizeInput(props: InputProps<'categorize'>) {
  const { question, order, value, onChange, locked, reveal, uid } = props;
  const byId = new Map(question.items.map((i) => [i.id, i]));
  const labelText = new Map(question.labels.map((l) => [l.id, l.text]));
  return (
    <ol className="categorize-list">
      {order.map((id, n) => {
        const item = byId.get(id);
        if (!item) return null;
        const mark = markFor(reveal, id);
        const chosen = value.labels[id];
        const legendId = `${uid}-item-${id}`;
        return (
          <li
            key={id}
            className="categorize-item"
            data-state={mark ? (mark.ok ? 'ok' : 'bad') : undefined}
          >
            <fieldset aria-labelledby={legendId}>
              <div id={legendId} className="categorize-text">
                <span className="visually-hidden">Item {n + 1}: </span>
                {item.sentence ? (
                  <SentenceQuote id={item.sentence} />
                ) : (
                  <RichText nodes={item.text} />
                )}
              </div>
              <div className="categorize-options">
                {question.labels.map((label) => (
                  <label key={label.id} className="choice pill">
                    <input
                      type="radio"
                      name={`${uid}-${id}`}
                      value={label.id}
                      checked={chosen === label.id}
                      disabled={locked}
                      onChange={() =>
                        onChange({
                          kind: 'categorize',
                          labels: { ...value.labels, [id]: label.id },
                        })
                      }
                    />
                    {label.text}
                  </label>
                ))}
              </div>
              {mark ? (
                <p className={`mark ${mark.ok ? 'mark-ok' : 'mark-bad'}`}>
                  {mark.ok
                    ? '✓ Right'
                    : reveal?.solution
                      ? `✗ Not right: the answer is “${labelText.get(String(mark.expected)) ?? ''}”`
                      : '✗ Not right'}
                </p>
              ) : null}
              {reveal?.solution && item.feedback ? (
                <OptionFeedback feedback={item.feedback} right={mark?.ok === true} />
              ) : null}
            </fieldset>
          </li>
        );
      })}
    </ol>
  );
}
