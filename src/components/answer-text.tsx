import type { ReactNode } from 'react';
import type { Input, Question } from '../domain/question';
import { RichText } from './rich-text';
import { articleUnits, sentenceById } from '../content';
import { nestQuotes } from './plain-text';

function sentenceLabel(id: string): ReactNode {
  const s = sentenceById.get(id);
  return (
    <>
      {s ? `Sentence ${s.number}: ` : null}
      <q>{nestQuotes(articleUnits.get(id)?.text ?? id)}</q>
    </>
  );
}

function list(items: ReactNode[]): ReactNode {
  if (items.length === 0) return <em>none</em>;
  return (
    <ul className="answer-list">
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}

/** The right answer, written out (answer keys, results review, printed key). */
export function KeyText({ question }: { question: Question }) {
  switch (question.kind) {
    case 'single-choice': {
      const o = question.options.find((x) => x.id === question.rubric.answer);
      return o ? <RichText nodes={o.text} /> : null;
    }
    case 'multiple-choice':
      return list(
        question.options
          .filter((o) => question.rubric.answer.includes(o.id))
          .map((o) => <RichText key={o.id} nodes={o.text} />),
      );
    case 'tag-sentences':
      return list(question.rubric.answer.map(sentenceLabel));
    case 'categorize': {
      const label = new Map(question.labels.map((l) => [l.id, l.text]));
      return list(
        question.items.map((i) => (
          <>
            {i.sentence ? sentenceLabel(i.sentence) : <RichText nodes={i.text} />} →{' '}
            <strong>{label.get(question.rubric.answer[i.id] ?? '')}</strong>
          </>
        )),
      );
    }
    case 'order': {
      const byId = new Map(question.items.map((i) => [i.id, i]));
      return (
        <ol className="answer-list">
          {question.rubric.answer.map((id) => (
            <li key={id}>
              <RichText nodes={byId.get(id)?.text ?? []} />
            </li>
          ))}
        </ol>
      );
    }
    case 'short-answer':
      return (
        <>
          <RichText nodes={question.modelAnswer} />
          <p>Checklist:</p>
          {list(question.checklist)}
        </>
      );
  }
}

/** What the learner answered, written out. */
export function ResponseText({ question, input }: { question: Question; input: Input | null }) {
  if (!input) return <em>no answer</em>;
  switch (input.kind) {
    case 'single-choice': {
      if (question.kind !== 'single-choice') return null;
      const o = question.options.find((x) => x.id === input.choice);
      return o ? <RichText nodes={o.text} /> : <em>no answer</em>;
    }
    case 'multiple-choice':
      if (question.kind !== 'multiple-choice') return null;
      return list(
        question.options
          .filter((o) => input.choices.includes(o.id))
          .map((o) => <RichText key={o.id} nodes={o.text} />),
      );
    case 'tag-sentences':
      return list(input.sentences.map(sentenceLabel));
    case 'categorize': {
      if (question.kind !== 'categorize') return null;
      const label = new Map(question.labels.map((l) => [l.id, l.text]));
      return list(
        question.items.map((i) => (
          <>
            {i.sentence ? sentenceLabel(i.sentence) : <RichText nodes={i.text} />} →{' '}
            <strong>{label.get(input.labels[i.id] ?? '') ?? 'no label'}</strong>
          </>
        )),
      );
    }
    case 'order': {
      if (question.kind !== 'order') return null;
      const byId = new Map(question.items.map((i) => [i.id, i]));
      return (
        <ol className="answer-list">
          {input.order.map((id) => (
            <li key={id}>
              <RichText nodes={byId.get(id)?.text ?? []} />
            </li>
          ))}
        </ol>
      );
    }
    case 'short-answer':
      if (question.kind !== 'short-answer') return null;
      return (
        <>
          <blockquote className="learner-text">{input.text}</blockquote>
          <p>
            Points you ticked: {input.ticked.length} of {question.checklist.length}
          </p>
        </>
      );
  }
}
