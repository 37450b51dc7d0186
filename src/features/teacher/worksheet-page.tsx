import { useParams } from 'react-router';
import type { Lesson } from '../../domain/content';
import { NotFoundPage } from '../../components/not-found-page';
import { Page } from '../../components/page';
import { RichText, SentenceQuote } from '../../components/rich-text';
import { BlankAnswer, KeyText } from '../../kinds/views';
import { EvidenceList } from '../../components/evidence';
import { StimulusView } from '../../components/stimulus';
import { lessonById } from '../../content';

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
            {q.stimulus ? <StimulusView stimulus={q.stimulus} /> : null}
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
