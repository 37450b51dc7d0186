import { useEffect, useRef, useState } from 'react';
import { RichText } from '../../components/rich-text';
import type { InputProps } from '../shared/input-props';
import { LevelExemplar, LevelSummary, RubricList } from './rubric';
import { LEVEL_NAMES } from './level-names';

/**
 * Free text, assessed by the learner against a rubric: write, then read the three levels, each
 * with what an answer at it does and an example answer, and choose the level closest to your
 * own. The model answer is there to open too. The level is the score (self-assessed).
 */
export function ShortAnswerInput(props: InputProps<'short-answer'>) {
  const { question, value, onChange, locked, reveal, uid, onSubmit } = props;
  const [comparing, setComparing] = useState(false);
  // The button just pressed disappears either way, so focus follows the learner's next step.
  const [focusNext, setFocusNext] = useState<'rubric' | 'text' | null>(null);
  const rubricTitle = useRef<HTMLParagraphElement>(null);
  const textArea = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (focusNext === 'rubric') rubricTitle.current?.focus();
    if (focusNext === 'text') textArea.current?.focus();
  }, [focusNext, comparing]);
  const showRubric = comparing || locked || reveal !== null;
  const long = value.text.trim().length >= question.minLength;
  const hint = () => {
    if (locked) return 'Saved with your self-assessment.';
    if (showRubric) return 'To change your answer, choose "Edit my answer" below.';
    if (long) return 'When you are ready, compare your answer with the rubric.';
    return `Write at least ${question.minLength} characters (${value.text.trim().length} so far).`;
  };
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
        readOnly={locked || showRubric}
        aria-describedby={`${uid}-count`}
        onChange={(e) => onChange({ ...value, text: e.target.value })}
      />
      <p id={`${uid}-count`} className="hint">
        {hint()}
      </p>
      {!showRubric ? (
        <>
          <button
            type="button"
            className="button"
            disabled={!long}
            onClick={() => {
              setComparing(true);
              setFocusNext('rubric');
            }}
          >
            Compare with the rubric
          </button>
          {/* On paper there is no button: the rubric and model answer follow the writing space. */}
          <div className="print-only">
            <p className="model-answer-title">
              When you have written your answer, compare it with these levels and choose the one
              closest to it.
            </p>
            {question.selfCheck ? <RichText nodes={question.selfCheck} /> : null}
            <RubricList levels={question.levels} />
            <p className="model-answer-title">A model answer</p>
            <RichText nodes={question.modelAnswer} />
          </div>
        </>
      ) : (
        <div className="model-answer">
          <p className="model-answer-title" tabIndex={-1} ref={rubricTitle}>
            Compare your answer with the three levels below.
          </p>
          {question.selfCheck ? (
            <div className="self-check">
              <RichText nodes={question.selfCheck} />
            </div>
          ) : null}
          {locked && value.level ? (
            <p className="rubric-placed">
              You placed your answer at <strong>{LEVEL_NAMES[value.level]}</strong>.
            </p>
          ) : null}
          <fieldset className="rubric-levels">
            <legend>Which level is your answer closest to?</legend>
            {question.levels.map((level) => (
              <div
                key={level.id}
                className="rubric-level"
                data-chosen={value.level === level.id ? 'true' : undefined}
              >
                <label className="choice">
                  <input
                    type="radio"
                    name={`${uid}-level`}
                    value={level.id}
                    checked={value.level === level.id}
                    disabled={locked}
                    aria-describedby={`${uid}-${level.id}-example`}
                    onChange={() => onChange({ ...value, level: level.id })}
                  />
                  <span>
                    <LevelSummary level={level} />
                  </span>
                </label>
                <div className="rubric-example" id={`${uid}-${level.id}-example`}>
                  <LevelExemplar level={level} />
                </div>
              </div>
            ))}
          </fieldset>
          {locked ? (
            <div className="model-answer-shown">
              <p className="model-answer-title">A model answer</p>
              <RichText nodes={question.modelAnswer} />
            </div>
          ) : (
            <details className="model-answer-more">
              <summary>See a model answer</summary>
              <RichText nodes={question.modelAnswer} />
            </details>
          )}
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
