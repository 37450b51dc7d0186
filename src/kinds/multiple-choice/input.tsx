import { RichText } from '../../components/rich-text';
import type { InputProps } from '../shared/input-props';
import { markFor } from '../shared/input-props';
import { ChoiceRow } from '../shared/choice-row';

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
          const chosen = value.choices.includes(id);
          return (
            <ChoiceRow
              key={id}
              chosen={chosen}
              mark={markFor(reveal, id)}
              solution={reveal?.solution ?? false}
              feedback={reveal && chosen ? option.feedback : null}
              control={
                <input
                  type="checkbox"
                  checked={chosen}
                  disabled={locked}
                  onChange={() => toggle(id)}
                />
              }
            >
              <RichText nodes={option.text} />
            </ChoiceRow>
          );
        })}
      </ul>
    </>
  );
}
