import { RichText } from '../../components/rich-text';
import type { InputProps } from '../shared/input-props';
import { markFor } from '../shared/input-props';
import { ChoiceRow } from '../shared/choice-row';

/** One right option: native radio buttons. */
export function SingleChoiceInput(props: InputProps<'single-choice'>) {
  const { question, order, value, onChange, locked, reveal, uid } = props;
  const byId = new Map(question.options.map((o) => [o.id, o]));
  return (
    <ul className="choices">
      {order.map((id) => {
        const option = byId.get(id);
        if (!option) return null;
        const chosen = value.choice === id;
        return (
          <ChoiceRow
            key={id}
            chosen={chosen}
            mark={markFor(reveal, id)}
            solution={reveal?.solution ?? false}
            feedback={reveal && chosen ? option.feedback : null}
            control={
              <input
                type="radio"
                name={`${uid}-choice`}
                value={id}
                checked={chosen}
                disabled={locked}
                onChange={() => onChange({ kind: 'single-choice', choice: id })}
              />
            }
          >
            <RichText nodes={option.text} />
          </ChoiceRow>
        );
      })}
    </ul>
  );
}
