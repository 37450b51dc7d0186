import { useId, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { Lesson } from '../../domain/content';
import { NotFoundPage } from '../../components/not-found-page';
import { Page } from '../../components/page';
import { RichText, SentenceQuote } from '../../components/rich-text';
import { BlankAnswer, KeyText } from '../../kinds/views';
import { EvidenceRefs } from '../../components/evidence';
import { StimulusView } from '../../components/stimulus';
import { lessonById } from '../../content';
import { paths } from '../../config/paths';
import { kindOf } from '../../kinds/registry';
import { newSeed } from '../../scoring/random';
import {
  keyEntry,
  newWorksheetVersion,
  optionOrder,
  worksheetVersion,
  WORKSHEET_VERSIONS,
} from '../../scoring/presentation';

/**
 * A lesson's quiz on paper: blank for learners, or the answer key for the teacher. Options and
 * items are shuffled by the version number (`?seed=`), printed on both, so a key matches its
 * sheet and the right answer is not always in the same place.
 */
export function WorksheetPage({ withAnswers }: { withAnswers: boolean }) {
  const { lessonId = '' } = useParams();
  const [params] = useSearchParams();
  const lesson = lessonById.get(lessonId);
  if (!lesson) return <NotFoundPage />;
  const version = worksheetVersion(params.get('seed'));
  return (
    <Worksheet
      key={`${lesson.id}:${version}`}
      lesson={lesson}
      version={version}
      withAnswers={withAnswers}
    />
  );
}

function Worksheet(props: { lesson: Lesson; version: number; withAnswers: boolean }) {
  const { lesson, version, withAnswers } = props;
  const name = lesson.kind === 'review' ? lesson.title : `${lesson.label} quiz`;
  const title = `${name} — ${withAnswers ? 'answer key' : 'worksheet'}`;
  return (
    <Page title={title}>
      <VersionControls lesson={lesson} version={version} withAnswers={withAnswers} />
      <p className="worksheet-meta">
        {lesson.title}. {lesson.quiz.questions.length} questions. Pass mark {lesson.quiz.passMark}%.{' '}
        <strong className="worksheet-version">Version {version}</strong>
      </p>
      {withAnswers ? (
        <AnswerKey lesson={lesson} version={version} />
      ) : (
        <>
          <p className="name-line">Name: ______________________________ Date: ______________</p>
          <ol className="worksheet">
            {lesson.quiz.questions.map((q, i) => (
              <li key={q.id} className="worksheet-question" data-question-id={q.id}>
                {/* The number is printed once; "Question" is for screen readers. */}
                <h2 className="worksheet-number">
                  <span className="visually-hidden">Question </span>
                  {i + 1}
                </h2>
                <div className="worksheet-body">
                  {q.stimulus ? <StimulusView stimulus={q.stimulus} /> : null}
                  <div className="worksheet-prompt">
                    <RichText nodes={q.prompt} />
                  </div>
                  {q.context.map((id) => (
                    <SentenceQuote key={id} id={id} />
                  ))}
                  <BlankAnswer question={q} number={i + 1} order={optionOrder(q, version)} />
                </div>
              </li>
            ))}
          </ol>
        </>
      )}
    </Page>
  );
}

/** The compact key ("1 B · 2 A, C · …"), then each question's explanation by number. */
function AnswerKey({ lesson, version }: { lesson: Lesson; version: number }) {
  const questions = lesson.quiz.questions;
  return (
    <>
      <section aria-labelledby="key-heading">
        <h2 id="key-heading">Key</h2>
        <ol className="compact-key">
          {questions.map((q, i) => (
            <li key={q.id} data-question-id={q.id}>
              <span className="key-number">{i + 1}</span>{' '}
              <span className="key-entry">{keyEntry(q, version)}</span>
            </li>
          ))}
        </ol>
        <p className="hint">
          Letters are those printed on worksheet version {version}. Sorting: each item (a, b, c…)
          with the letter of its column. Ordering: each item’s letter with its place (1 = first).
        </p>
      </section>
      <section aria-labelledby="why-heading">
        <h2 id="why-heading">Explanations</h2>
        <ol className="key-explanations">
          {questions.map((q, i) => (
            <li key={q.id}>
              <span className="key-number">{i + 1}</span>
              <div>
                {q.stimulus ? <StimulusView stimulus={q.stimulus} /> : null}
                <div className="key-prompt">
                  <RichText nodes={q.prompt} />
                </div>
                {/* A self-assessed answer has no letter to give: its model answer is here. */}
                {kindOf(q.kind).selfAssessed ? (
                  <div className="key-model">
                    <p className="key-label">Model answer</p>
                    <KeyText question={q} />
                  </div>
                ) : null}
                <div className="key-why">
                  <RichText nodes={q.explanation} />
                </div>
                <EvidenceRefs evidence={q.evidence} />
              </div>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

/** On screen only: the version, another version, and the matching key or sheet. */
function VersionControls(props: { lesson: Lesson; version: number; withAnswers: boolean }) {
  const { lesson, version, withAnswers } = props;
  const navigate = useNavigate();
  const inputId = useId();
  const [typed, setTyped] = useState(String(version));
  const here = withAnswers ? paths.answerKey : paths.worksheet;
  const other = withAnswers ? paths.worksheet : paths.answerKey;
  return (
    <div className="no-print worksheet-controls">
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={() => window.print()}>
          Print
        </button>
        <button
          type="button"
          className="button"
          onClick={() => navigate(here(lesson.id, newWorksheetVersion(newSeed())))}
        >
          New version (shuffle again)
        </button>
        <Link className="button" to={other(lesson.id, version)}>
          {withAnswers ? 'Worksheet' : 'Answer key'} for version {version}
        </Link>
      </div>
      <form
        className="field-row"
        onSubmit={(e) => {
          e.preventDefault();
          navigate(here(lesson.id, worksheetVersion(typed)));
        }}
      >
        <label htmlFor={inputId}>Version printed on a sheet</label>
        <input
          id={inputId}
          type="text"
          inputMode="numeric"
          pattern="[0-9]*"
          maxLength={String(WORKSHEET_VERSIONS.max).length}
          size={6}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
        />
        <button type="submit" className="button">
          Show this version
        </button>
      </form>
      <p className="hint">
        Each version shuffles the options in its own way; the answer key of the same version matches
        it. Give neighbours different versions.
      </p>
    </div>
  );
}
