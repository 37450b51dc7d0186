import { Link } from 'react-router';
import type { Lesson } from '../../domain/content';
import type { Attempt } from '../../model/learner';
import { Page } from '../../components/page';
import { RichText } from '../../components/rich-text';
import { plainText } from '../../components/plain-text';
import { paths } from '../../config/paths';
import { lessons } from '../../content';
import { statusFor } from '../../kinds/shared/scoring';
import { firstAttempt, quizResult, summarizeAttempt } from '../../scoring/quiz-summary';
import { percentText } from '../../components/words';
import { KeyText, ResponseText } from '../../kinds/views';
import { kindOf } from '../../kinds/registry';
import { EvidenceList } from '../../components/evidence';
import { StimulusView } from '../../components/stimulus';
import { CheckOffer } from '../../components/check-offer';
import { closingLesson } from '../../model/prepost';
import { discernmentWords, durationText, reviewLabel } from './words';

/**
 * The results of a finished attempt. The first attempt leads: its score and discernment are the
 * evidence. A retry is practice, shown second ("this retry", "best after retries"); the review
 * below is of the attempt just finished, in the order its questions were asked.
 */
export function Results(props: {
  lesson: Lesson;
  attempt: Attempt;
  /** Every attempt at this quiz, to find the first and the best. */
  attempts: readonly Attempt[];
  onRetry(mode: 'full' | 'missed'): void;
}) {
  const { lesson, attempt, attempts, onRetry } = props;
  const quiz = lesson.quiz;
  const summary = summarizeAttempt(quiz, attempt);
  const result = quizResult(quiz, attempts);
  const isFirst = (firstAttempt(attempts)?.id ?? attempt.id) === attempt.id;
  const first = result?.first ?? summary;
  const passed = result?.passed ?? summary.passed;
  const next = lessons[lessons.findIndex((l) => l.id === lesson.id) + 1];
  const discernment = discernmentWords(first.discernment);

  return (
    <Page title={`Results: ${quiz.title}`} focusOnMount>
      {/* Announced when the results appear, as well as shown. */}
      <section className="score-card" aria-label="Your score" role="status">
        <p className="score">
          <span className="score-number">{percentText(first.percent)}</span>{' '}
          <span className="score-label">on your first attempt</span>{' '}
          <span className={passed ? 'pass' : 'not-yet'}>
            {first.passed
              ? '✓ Passed'
              : passed
                ? '✓ Pass mark reached on a retry'
                : 'Not passed yet'}
          </span>
        </p>
        {isFirst ? null : (
          <p className="score-retry">
            This retry: {percentText(summary.percent)}. Best after retries:{' '}
            {percentText(result?.bestPercent ?? summary.percent)}.
          </p>
        )}
        <p>
          The pass mark is {quiz.passMark}%. Time spent answering: {durationText(attempt.activeMs)}.
          {attempt.mode === 'missed'
            ? ' This attempt asked again only the questions you missed; the others keep their earlier marks.'
            : ''}
        </p>
        {isFirst ? null : (
          <p>
            Retrying is practice: it can raise your best score, and your first attempt stays the
            score your teacher sees first.
          </p>
        )}
      </section>

      {closingLesson(lessons)?.id === lesson.id ? <CheckOffer place="review" /> : null}

      {discernment.length ? (
        <section aria-labelledby="discernment-heading">
          <h2 id="discernment-heading">Telling supported from unsupported</h2>
          {isFirst ? null : <p>On your first attempt:</p>}
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
        <h2 id="review-heading">
          {isFirst ? 'Review every question' : 'Review every question of this retry'}
        </h2>
        <ol className="review-list">
          {summary.outcomes.map((o) => {
            const status = statusFor(o.credit);
            const answer = attempt.answers[o.question.id];
            const lastInput = answer?.tries.at(-1)?.input ?? null;
            return (
              <li key={o.question.id} className={`review-item review-${status}`}>
                <details open={status !== 'correct'}>
                  <summary>
                    <span aria-hidden="true">{reviewLabel(o).icon} </span>
                    <strong>{reviewLabel(o).label}</strong>
                    {o.asked ? '' : ' (from your previous attempt)'}
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
