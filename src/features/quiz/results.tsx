import { Link } from 'react-router';
import type { Lesson } from '../../domain/content';
import type { Attempt } from '../../model/learner';
import { Page } from '../../components/page';
import { RichText } from '../../components/rich-text';
import { plainText } from '../../components/plain-text';
import { paths } from '../../config/paths';
import { lessons } from '../../content';
import { statusFor } from '../../kinds/shared/scoring';
import { summarizeAttempt } from '../../scoring/quiz-summary';
import { KeyText, ResponseText } from '../../kinds/views';
import { kindOf } from '../../kinds/registry';
import { EvidenceList } from '../../components/evidence';
import { StimulusView } from '../../components/stimulus';
import { CheckOffer } from '../../components/check-offer';
import { closingLesson } from '../../model/prepost';
import { discernmentWords, durationText, STATUS_WORDS } from './words';

/** The results of one finished attempt: score, pass mark, time, discernment, and a review. */
export function Results(props: {
  lesson: Lesson;
  attempt: Attempt;
  onRetry(mode: 'full' | 'missed'): void;
}) {
  const { lesson, attempt, onRetry } = props;
  const quiz = lesson.quiz;
  const summary = summarizeAttempt(quiz, attempt);
  const next = lessons[lessons.findIndex((l) => l.id === lesson.id) + 1];
  const discernment = discernmentWords(summary.discernment);

  return (
    <Page title={`Results: ${quiz.title}`} focusOnMount>
      {/* Announced when the results appear, as well as shown. */}
      <section className="score-card" aria-label="Your score" role="status">
        <p className="score">
          <span className="score-number">{summary.percent}%</span>{' '}
          <span className={summary.passed ? 'pass' : 'not-yet'}>
            {summary.passed ? '✓ Passed' : 'Not passed yet'}
          </span>
        </p>
        <p>
          The pass mark is {quiz.passMark}%. Time spent answering: {durationText(attempt.activeMs)}.
          {attempt.mode === 'missed'
            ? ' This attempt asked again only the questions you missed; the others keep their earlier marks.'
            : ''}
        </p>
      </section>

      {closingLesson(lessons)?.id === lesson.id ? <CheckOffer place="review" /> : null}

      {discernment.length ? (
        <section aria-labelledby="discernment-heading">
          <h2 id="discernment-heading">Telling supported from unsupported</h2>
          {discernment.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </section>
      ) : null}

      <div className="button-row no-print">
        {summary.missed.length ? (
          <button type="button" className="button button-primary" onClick={() => onRetry('missed')}>
            Retry only the {summary.missed.length} I missed
          </button>
        ) : null}
        <button type="button" className="button" onClick={() => onRetry('full')}>
          Retry the whole quiz
        </button>
        {next ? (
          <Link className="button" to={paths.lesson(next.id)}>
            Go on to {next.label}
          </Link>
        ) : null}
        <Link className="button" to={paths.lesson(lesson.id)}>
          Back to {lesson.label}
        </Link>
        <button type="button" className="button" onClick={() => window.print()}>
          Print these results
        </button>
      </div>

      <section aria-labelledby="review-heading">
        <h2 id="review-heading">Review every question</h2>
        <ol className="review-list">
          {summary.outcomes.map((o) => {
            const status = statusFor(o.credit);
            const answer = attempt.answers[o.question.id];
            const lastInput = answer?.tries.at(-1)?.input ?? null;
            return (
              <li key={o.question.id} className={`review-item review-${status}`}>
                <details open={status !== 'correct'}>
                  <summary>
                    <span aria-hidden="true">{STATUS_WORDS[status].icon} </span>
                    <strong>{STATUS_WORDS[status].label}</strong>
                    {o.asked ? '' : ' (from your previous attempt)'}
                    {o.tries.length > 1 && o.tries.at(-1)?.valid && o.credit > 0
                      ? ` (on try ${o.tries.length})`
                      : ''}
                    {' — '}
                    <span className="review-prompt">{plainText(o.question.prompt)}</span>
                  </summary>
                  {o.question.stimulus ? <StimulusView stimulus={o.question.stimulus} /> : null}
                  {o.asked ? (
                    <div className="review-answer">
                      <h3>Your answer</h3>
                      <ResponseText question={o.question} input={lastInput} />
                    </div>
                  ) : null}
                  <div className="review-answer">
                    <h3>
                      {kindOf(o.question.kind).selfAssessed ? 'Model answer' : 'Right answer'}
                    </h3>
                    <KeyText question={o.question} />
                  </div>
                  <div className="explanation">
                    <h3>Why</h3>
                    <RichText nodes={o.question.explanation} />
                  </div>
                  <EvidenceList evidence={o.question.evidence} level={3} />
                </details>
              </li>
            );
          })}
        </ol>
      </section>
    </Page>
  );
}
