import type { KindViews } from '../shared/view-types';
import { RichText } from '../../components/rich-text';
import { AnswerList } from '../shared/answer-list';
import { ShortAnswerInput } from './input';

export const shortAnswerViews: KindViews<'short-answer'> = {
  Input: ShortAnswerInput,
  Key: ({ question }) => (
    <>
      <RichText nodes={question.modelAnswer} />
      <p>Checklist:</p>
      <AnswerList items={question.checklist} />
    </>
  ),
  Response: ({ question, input }) => (
    <>
      <blockquote className="learner-text">{input.text}</blockquote>
      <p>
        Points you ticked: {input.ticked.length} of {question.checklist.length}
      </p>
    </>
  ),
  Blank: () => (
    <>
      <p className="hint">Write your answer here.</p>
      <div className="write-space" aria-hidden="true" />
    </>
  ),
};
