import type { QuestionOf } from '../../domain/question';
import type { KindViews } from '../shared/view-types';
import { RichText } from '../../components/rich-text';
import { PaperChoices } from '../shared/paper-choices';
import { inOrder } from '../shared/in-order';
import { OrderInput } from './input';

/** The items in the order given: the key's, or the learner's. */
function InOrder({ question, order }: { question: QuestionOf<'order'>; order: string[] }) {
  const byId = new Map(question.items.map((i) => [i.id, i]));
  return (
    <ol className="answer-list">
      {order.map((id) => (
        <li key={id}>
          <RichText nodes={byId.get(id)?.text ?? []} />
        </li>
      ))}
    </ol>
  );
}

export const orderViews: KindViews<'order'> = {
  Input: OrderInput,
  Key: ({ question }) => <InOrder question={question} order={question.rubric.answer} />,
  Response: ({ question, input }) => <InOrder question={question} order={input.order} />,
  // Printed in the worksheet's shuffled order, never the right one (presentationOrder).
  Blank: ({ question, order }) => (
    <PaperChoices
      hint="Number the items in the right order (1 = first)."
      tick="___"
      options={inOrder(question.items, order).map((i) => ({
        id: i.id,
        label: <RichText nodes={i.text} />,
      }))}
    />
  ),
};
