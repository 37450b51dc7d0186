import type { KindViews } from '../shared/view-types';
import { RichText } from '../../components/rich-text';
import { PaperChoices } from '../shared/paper-choices';
import { inOrder } from '../shared/in-order';
import { SingleChoiceInput } from './input';

export const singleChoiceViews: KindViews<'single-choice'> = {
  Input: SingleChoiceInput,
  Key({ question }) {
    const o = question.options.find((x) => x.id === question.rubric.answer);
    return o ? <RichText nodes={o.text} /> : null;
  },
  Response({ question, input }) {
    const o = question.options.find((x) => x.id === input.choice);
    return o ? <RichText nodes={o.text} /> : <em>no answer</em>;
  },
  Blank: ({ question, order }) => (
    <PaperChoices
      hint="Tick one."
      tick="○"
      options={inOrder(question.options, order).map((o) => ({
        id: o.id,
        label: <RichText nodes={o.text} />,
      }))}
    />
  ),
};
