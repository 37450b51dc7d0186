import type { ReactNode } from 'react';
import type { Rich } from '../../domain/rich';
import type { ItemMark } from '../../domain/score';
import { OptionFeedback } from './option-feedback';
import { SelectionMark } from './mark';
import { stateOf } from './input-props';

/**
 * One selectable option (radio or checkbox) with its label, and after Check its mark and any
 * feedback. Shared by single-choice, multiple-choice and tag-sentences.
 */
export function ChoiceRow(props: {
  control: ReactNode;
  children: ReactNode;
  chosen: boolean;
  mark: ItemMark | undefined;
  solution: boolean;
  /** Shown after Check (the caller decides when). */
  feedback?: Rich | null | undefined;
  labelClass?: string;
}) {
  const { control, children, chosen, mark, solution, feedback, labelClass = '' } = props;
  return (
    <li
      className="choice-row"
      data-state={mark ? stateOf(chosen, mark.ok, solution, mark.expected === true) : undefined}
    >
      <label className={`choice ${labelClass}`.trim()}>
        {control}
        <span>{children}</span>
      </label>
      <SelectionMark mark={mark} solution={solution} />
      {feedback ? <OptionFeedback feedback={feedback} right={mark?.ok === true} /> : null}
    </li>
  );
}
