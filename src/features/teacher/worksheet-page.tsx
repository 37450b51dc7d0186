import { useParams } from 'react-router';
import type { Lesson } from '../../domain/content';
import type { Question } from '../../domain/question';
import { NotFoundPage } from '../../components/not-found-page';
import { Page } from '../../components/page';
import { RichText, SentenceQuote } from '../../components/rich-text';
import { KeyText } from '../../components/answer-text';
import { EvidenceList } from '../../components/evidence';
import { nestQuotes } from '../../components/plain-text';
import { articleUnits, lessonById, sentenceById } from '../../content';

/** A lesson's quiz on paper: blank for learners, or with answers for the teacher. */
export function WorksheetPage({ withAnswers }: { withAnswers: boolean }) {
  const { lessonId = '' } = useParams();
  const lesson = lessonById.get(lessonId);
  if (!lesson) return <NotFoundPage />;
  return <Worksheet lesson={lesson} withAnswers={withAnswers} />;
}

function Worksheet({ lesson, withAnswers }: { lesson: Lesson; withAnswers: boolean }) {
  const title = `${lesson.kind === 'review' ? lesson.title : `${lesson.label} quiz`} — ${withAnswers ? 'answer key' : 'worksheet'}`;
  return (
    <Page title={title}>
      <div className="button-row no-print">
        <button type="button" className="button button-primary" onClick={() => window.print()}>
          Print
        </button>
      </div>
      <p className="worksheet-meta">
        {lesson.title}. {lesson.quiz.questions.length} questions. Pass mark {lesson.quiz.passMark}%.
      </p>
      {!withAnswers ? (
        <p className="name-line">Name: ______________________________ Date: ______________</p>
      ) : null}
      <ol className="worksheet">
        {lesson.quiz.questions.map((q, i) => (
          <li key={q.id} className="worksheet-question">
            <h2 className="worksheet-number">Question {i + 1}</h2>
            <div className="worksheet-prompt">
              <RichText nodes={q.prompt} />
            </div>
            {q.context.map((id) => (
              <SentenceQuote key={id} id={id} />
            ))}
            {withAnswers ? (
              <div className="worksheet-answer">
                <p className="answer-label">Answer</p>
                <KeyText question={q} />
                <p className="answer-label">Why</p>
                <RichText nodes={q.explanation} />
                <EvidenceList evidence={q.evidence} level={3} />
              </div>
            ) : (
              <BlankAnswer question={q} number={i + 1} />
            )}
          </li>
        ))}
      </ol>
    </Page>
  );
}

function BlankAnswer({ question: q, number }: { question: Question; number: number }) {
  switch (q.kind) {
    case 'single-choice':
    case 'multiple-choice':
      return (
        <>
          <p className="hint">
            {q.kind === 'single-choice' ? 'Tick one.' : 'Tick all that apply.'}
          </p>
          <ul className="paper-options">
            {q.options.map((o) => (
              <li key={o.id}>
                <span className="tick" aria-hidden="true">
                  {q.kind === 'single-choice' ? '○' : '☐'}
                </span>{' '}
                <RichText nodes={o.text} />
              </li>
            ))}
          </ul>
        </>
      );
    case 'tag-sentences':
      return (
        <>
          <p className="hint">
            Tick every sentence that is an example of: <strong>{q.category}</strong>.
          </p>
          <ul className="paper-options">
            {q.candidates.map((id) => (
              <li key={id}>
                <span className="tick" aria-hidden="true">
                  ☐
                </span>{' '}
                Sentence {sentenceById.get(id)?.number}:{' '}
                <q>{nestQuotes(articleUnits.get(id)?.text ?? '')}</q>
              </li>
            ))}
          </ul>
        </>
      );
    case 'categorize':
      return (
        <div
          className="table-scroll"
          role="region"
          aria-label={`Items to sort, question ${number}`}
          tabIndex={0}
        >
          <table className="paper-grid">
            <thead>
              <tr>
                <th scope="col">Item</th>
                {q.labels.map((l) => (
                  <th key={l.id} scope="col">
                    {l.text}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {q.items.map((i) => (
                <tr key={i.id}>
                  <th scope="row">
                    {i.sentence ? (
                      <q>{nestQuotes(articleUnits.get(i.sentence)?.text ?? '')}</q>
                    ) : (
                      <RichText nodes={i.text} />
                    )}
                  </th>
                  {q.labels.map((l) => (
                    <td key={l.id} className="box-cell">
                      ☐
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case 'order':
      return (
        <>
          <p className="hint">Number the items in the right order (1 = first).</p>
          <ul className="paper-options">
            {[...q.items]
              .sort((a, b) => a.id.localeCompare(b.id))
              .map((i) => (
                <li key={i.id}>
                  <span className="tick" aria-hidden="true">
                    ___
                  </span>{' '}
                  <RichText nodes={i.text} />
                </li>
              ))}
          </ul>
        </>
      );
    case 'short-answer':
      return (
        <>
          <p className="hint">Write your answer here.</p>
          <div className="write-space" aria-hidden="true" />
        </>
      );
  }
}
