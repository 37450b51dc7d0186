import type { KindViews } from '../shared/view-types';
import { RichText } from '../../components/rich-text';
import { AnswerList } from '../shared/answer-list';
import { PaperChoices } from '../shared/paper-choices';
import { inOrder } from '../shared/in-order';
import { MultipleChoiceInput } from './input';

export const multipleChoiceViews: KindViews<'multiple-choice'> = {
  Input: MultipleChoiceInput,
  Key: ({ question }) => (
    <AnswerList
      items={question.options
        .filter((o) => question.rubric.answer.includes(o.id))
        .map((o) => (
          <RichText key={o.id} nodes={o.text} />
        ))}
    />
  ),
  Response: ({ question, input }) => (
    <AnswerList
      items={question.options
        .filter((o) => input.choices.includes(o.id))
        .map((o) => (
          <RichText key={o.id} nodes={o.text} />
        ))}
    />
  ),
  Blank: ({ question, order }) => (
    <PaperChoices
      hint="Tick all that apply."
      tick="☐"
      options={inOrder(question.options, order).map((o) => ({
        id: o.id,
        label: <RichText nodes={o.text} />,
      }))}
    />
  ),
};
