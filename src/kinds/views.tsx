/**
 * Every question kind's React views, by kind (see KindViews), and the components the app uses
 * to show any question: its answer widget, its key, a learner's answer, its worksheet space.
 */
import type { Input, Question, QuestionKind } from '../domain/question';
import type { KindViews } from './shared/view-types';
import type { InputProps } from './shared/input-props';
import { singleChoiceViews } from './single-choice/views';
import { multipleChoiceViews } from './multiple-choice/views';
import { tagSentencesViews } from './tag-sentences/views';
import { categorizeViews } from './categorize/views';
import { orderViews } from './order/views';
import { shortAnswerViews } from './short-answer/views';

const views: { [K in QuestionKind]: KindViews<K> } = {
  'single-choice': singleChoiceViews,
  'multiple-choice': multipleChoiceViews,
  'tag-sentences': tagSentencesViews,
  categorize: categorizeViews,
  order: orderViews,
  'short-answer': shortAnswerViews,
};

/** The views of one kind; used with a question's own kind (see kindOf in registry.ts). */
function viewsOf<K extends QuestionKind>(kind: K): KindViews<K> {
  return views[kind];
}

/** The answer widget of any question (nothing if the value belongs to another kind). */
export function AnswerInput(props: InputProps<QuestionKind> & { question: Question }) {
  const { Input: Widget } = viewsOf(props.question.kind);
  return props.value.kind === props.question.kind ? <Widget {...props} /> : null;
}

/** The right answer, written out (answer keys, results review, printed key). */
export function KeyText({ question }: { question: Question }) {
  const { Key } = viewsOf(question.kind);
  return <Key question={question} />;
}

/** What the learner answered, written out. */
export function ResponseText({ question, input }: { question: Question; input: Input | null }) {
  if (!input) return <em>no answer</em>;
  const { Response } = viewsOf(question.kind);
  return input.kind === question.kind ? <Response question={question} input={input} /> : null;
}

/** The space to answer a question on a paper worksheet, its parts in printed order. */
export function BlankAnswer(props: {
  question: Question;
  number: number;
  order: readonly string[];
}) {
  const { Blank } = viewsOf(props.question.kind);
  return <Blank question={props.question} number={props.number} order={props.order} />;
}
