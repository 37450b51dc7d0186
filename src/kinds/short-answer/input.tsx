import { useEffect, useRef, useState } from 'react';
import { RichText } from '../../components/rich-text';
import type { InputProps } from '../shared/input-props';

/**
 * Free text, compared by the learner: write, then see the model answer and tick each
 * checklist point the answer covers. The ticks are the score (self-assessed).
 */
export function ShortAnswerInput(props: InputProps<'short-answer'>) {
  const { question, value, onChange, locked, reveal, uid, onSubmit } = props;
  const [comparing, setComparing] = useState(false);
  // The button just pressed disappears either way, so focus follows the learner's next step.
  const [focusNext, setFocusNext] = useState<'model' | 'text' | null>(null);
  const modelTitle = useRef<HTMLParagraphElement>(null);
  const textArea = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (focusNext === 'model') modelTitle.current?.focus();
    if (focusNext === 'text') textArea.current?.focus();
  }, [focusNext, comparing]);
  const showModel = comparing || locked || reveal !== null;
  const long = value.text.trim().length >= question.minLength;
  const toggle = (i: number) =>
    onChange({
      ...value,
      ticked: value.ticked.includes(i) ? value.ticked.filter((t) => t !== i) : [...value.ticked, i],
    });
  return (
    <div className="short-answer">
      <label htmlFor={`${uid}-text`} className="field-label">
        Your answer
      </label>
      <textarea
        ref={textArea}
        id={`${uid}-text`}
        rows={5}
        value={value.text}
        readOnly={locked || showModel}
        aria-describedby={`${uid}-count`}
        onChange={(e) => onChange({ ...value, text: e.target.value })}
      />
      <p id={`${uid}-count`} className="hint">
        {long
          ? 'When you are ready, compare your answer with a model answer.'
          : `Write at least ${question.minLength} characters (${value.text.trim().length} so far).`}
      </p>
      {!showModel ? (
        <button
          type="button"
          className="button"
          disabled={!long}
          onClick={() => {
            setComparing(true);
            setFocusNext('model');
          }}
        >
          Compare with the model answer
        </button>
      ) : (
        <div className="model-answer">
          <p className="model-answer-title" tabIndex={-1} ref={modelTitle}>
            A model answer
          </p>
          <RichText nodes={question.modelAnswer} />
          <fieldset>
            <legend>Tick each point your answer covers</legend>
            {question.checklist.map((point, i) => (
              <label key={point} className="choice">
                <input
                  type="checkbox"
                  checked={value.ticked.includes(i)}
                  disabled={locked}
                  onChange={() => toggle(i)}
                />
                {point}
              </label>
            ))}
          </fieldset>
          {!locked ? (
            <div className="button-row">
              <button type="button" className="button button-primary" onClick={onSubmit}>
                Save my self-assessment
              </button>
              <button
                type="button"
                className="button"
                onClick={() => {
                  setComparing(false);
                  setFocusNext('text');
                }}
              >
                Edit my answer
              </button>
            </div>
          ) : null}
        </div>
      )}
    </div>
  );
}
