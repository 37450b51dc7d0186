import { articleUnits, sentenceById } from '../../content';
import type { InputProps } from '../shared/input-props';
import { markFor } from '../shared/input-props';
import { ChoiceRow } from '../shared/choice-row';
import { nestQuotes } from '../../components/plain-text';

/**
 * Article sentences, each a checkbox: keyboard and screen reader work as for any checkbox,
 * and nothing depends on dragging or on selecting text with a mouse.
 */
export function TagSentencesInput(props: InputProps<'tag-sentences'>) {
  const { question, value, onChange, locked, reveal } = props;
  const toggle = (id: string) =>
    onChange({
      kind: 'tag-sentences',
      sentences: value.sentences.includes(id)
        ? value.sentences.filter((s) => s !== id)
        : [...value.sentences, id],
    });
  // Long lists are grouped by paragraph, as in the article.
  const groups = new Map<string, string[]>();
  for (const id of question.candidates) {
    const s = sentenceById.get(id);
    const key = s ? `Paragraph ${s.paragraphNumber}` : 'Other parts of the article';
    groups.set(key, [...(groups.get(key) ?? []), id]);
  }
  const grouped = question.candidates.length > 8;
  const list = (ids: string[]) => (
    <ul className="choices tag-list">
      {ids.map((id) => {
        const sentence = sentenceById.get(id);
        const text = articleUnits.get(id)?.text ?? id;
        const chosen = value.sentences.includes(id);
        const feedback = question.feedback[id];
        return (
          <ChoiceRow
            key={id}
            chosen={chosen}
            mark={markFor(reveal, id)}
            solution={reveal?.solution ?? false}
            feedback={reveal && (chosen || reveal.solution) ? feedback : null}
            labelClass="tag-choice"
            control={
              <input
                type="checkbox"
                checked={chosen}
                disabled={locked}
                onChange={() => toggle(id)}
              />
            }
          >
            {sentence ? <span className="sentence-ref">Sentence {sentence.number}: </span> : null}
            <q className="article-text">{nestQuotes(text)}</q>
          </ChoiceRow>
        );
      })}
    </ul>
  );
  return (
    <>
      <p className="hint">
        Tick every sentence that is an example of: <strong>{question.category}</strong>. If none
        fit, tick none.
      </p>
      {grouped
        ? [...groups].map(([label, ids]) => (
            <div key={label} className="tag-group" role="group" aria-label={label}>
              <p className="tag-group-label" aria-hidden="true">
                {label}
              </p>
              {list(ids)}
            </div>
          ))
        : list(question.candidates)}
    </>
  );
}
