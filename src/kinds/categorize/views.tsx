import type { QuestionOf } from '../../domain/question';
import type { KindViews } from '../shared/view-types';
import { articleUnits } from '../../content';
import { RichText } from '../../components/rich-text';
import { AnswerList, SentenceLabel } from '../shared/answer-list';
import { CategorizeInput } from './input';
import { inOrder } from '../shared/in-order';
import { letter } from '../shared/letters';
import { nestQuotes } from '../../components/plain-text';
import { ScrollRegion } from '../../components/scroll-region';

/** Each item with a label: the key's, or the learner's. */
function Labelled(props: {
  question: QuestionOf<'categorize'>;
  labels: Readonly<Record<string, string>>;
  none?: string;
}) {
  const { question, labels, none } = props;
  const text = new Map(question.labels.map((l) => [l.id, l.text]));
  return (
    <AnswerList
      items={question.items.map((i) => (
        <>
          {i.sentence ? <SentenceLabel id={i.sentence} /> : <RichText nodes={i.text} />} →{' '}
          <strong>{text.get(labels[i.id] ?? '') ?? none}</strong>
        </>
      ))}
    />
  );
}

export const categorizeViews: KindViews<'categorize'> = {
  Input: CategorizeInput,
  Key: ({ question }) => <Labelled question={question} labels={question.rubric.answer} />,
  Response: ({ question, input }) => (
    <Labelled question={question} labels={input.labels} none="no label" />
  ),
  // Items lettered a, b, c… in the worksheet's shuffled order; labels A, B, C… as authored.
  Blank: ({ question, number, order }) => (
    <ScrollRegion label={`Items to sort, question ${number}`}>
      <table className="paper-grid">
        <thead>
          <tr>
            <th scope="col">Item</th>
            {question.labels.map((l, i) => (
              <th key={l.id} scope="col">
                <span className="option-letter">{letter(i)}</span> {l.text}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {inOrder(question.items, order).map((i, n) => (
            <tr key={i.id} data-id={i.id}>
              <th scope="row">
                <span className="option-letter">{letter(n).toLowerCase()}</span>{' '}
                {i.sentence ? (
                  <q>{nestQuotes(articleUnits.get(i.sentence)?.text ?? '')}</q>
                ) : (
                  <RichText nodes={i.text} />
                )}
              </th>
              {question.labels.map((l) => (
                <td key={l.id} className="box-cell">
                  ☐
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  ),
};
