import type { KindViews } from '../shared/view-types';
import { articleUnits, sentenceById } from '../../content';
import { AnswerList, SentenceLabel } from '../shared/answer-list';
import { PaperChoices } from '../shared/paper-choices';
import { TagSentencesInput } from './input';
import { nestQuotes } from '../../components/plain-text';

export const tagSentencesViews: KindViews<'tag-sentences'> = {
  Input: TagSentencesInput,
  Key: ({ question }) => (
    <AnswerList
      items={question.rubric.answer.map((id) => (
        <SentenceLabel key={id} id={id} />
      ))}
    />
  ),
  Response: ({ input }) => (
    <AnswerList
      items={input.sentences.map((id) => (
        <SentenceLabel key={id} id={id} />
      ))}
    />
  ),
  Blank: ({ question, order }) => (
    <PaperChoices
      hint={
        <>
          Tick every sentence that is an example of: <strong>{question.category}</strong>.
        </>
      }
      tick="☐"
      options={order.map((id) => ({
        id,
        label: (
          <>
            Sentence {sentenceById.get(id)?.number}:{' '}
            <q>{nestQuotes(articleUnits.get(id)?.text ?? '')}</q>
          </>
        ),
      }))}
    />
  ),
};
