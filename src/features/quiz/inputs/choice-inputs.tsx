import { RichText } from '../../../components/rich-text';
import type { InputProps } from './types';
import { markFor, stateOf } from './types';
import { SelectionMark } from './mark';

/** One right option: native radio buttons. */
export function SingleChoiceInput(props: InputProps<'single-choice'>) {
  const { question, order, value, onChange, locked, reveal, uid } = props;
  const byId = new Map(question.options.map((o) => [o.id, o]));
  return (
    <ul className="choices">
      {order.map((id) => {
        const option = byId.get(id);
        if (!option) return null;
        const mark = markFor(reveal, id);
        const chosen = value.choice === id;
        return (
          <li
            key={id}
            className="choice-row"
            data-state={
              mark
                ? stateOf(
                    mark.chosen === true,
                    mark.ok,
                    reveal?.solution ?? false,
                    mark.expected === true,
                  )
                : undefined
            }
          >
            <label className="choice">
              <input
                type="radio"
                name={`${uid}-choice`}
                value={id}
                checked={chosen}
                disabled={locked}
                onChange={() => onChange({ kind: 'single-choice', choice: id })}
              />
              <span>
                <RichText nodes={option.text} />
              </span>
            </label>
            <SelectionMark mark={mark} solution={reveal?.solution ?? false} />
            {reveal && chosen && option.feedback ? (
              <div className="option-feedback">
                <RichText nodes={option.feedback} />
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

/** Any number of right options: native checkboxes. */
export function MultipleChoiceInput(props: InputProps<'multiple-choice'>) {
  const { question, order, value, onChange, locked, reveal } = props;
  const byId = new Map(question.options.map((o) => [o.id, o]));
  const toggle = (id: string) =>
    onChange({
      kind: 'multiple-choice',
      choices: value.choices.includes(id)
        ? value.choices.filter((c) => c !== id)
        : [...value.choices, id],
    });
  return (
    <>
      <p className="hint">Choose all that apply.</p>
      <ul className="choices">
        {order.map((id) => {
          const option = byId.get(id);
          if (!option) return null;
          const mark = markFor(reveal, id);
          const chosen = value.choices.includes(id);
          return (
            <li
              key={id}
              className="choice-row"
              data-state={
                mark
                  ? stateOf(chosen, mark.ok, reveal?.solution ?? false, mark.expected === true)
                  : undefined
              }
            >
              <label className="choice">
                <input
                  type="checkbox"
                  checked={chosen}
                  disabled={locked}
                  onChange={() => toggle(id)}
                />
                <span>
                  <RichText nodes={option.text} />
                </span>
              </label>
              <SelectionMark mark={mark} solution={reveal?.solution ?? false} />
              {reveal && chosen && option.feedback ? (
                <div className="option-feedback">
                  <RichText nodes={option.feedback} />
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </>
  );
}
