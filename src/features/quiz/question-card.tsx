import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { Input, Question } from '../../domain/question';
import type { Try } from '../../model/learner';
import { useAppStore } from '../../stores/app-store';
import { scoreAnswer } from '../../scoring/score';
import { canTryAgain } from '../../scoring/attempt';
import type { Scored } from '../../domain/score';
import { RichText, SentenceQuote } from '../../components/rich-text';
import { EvidenceList } from '../../components/evidence';
import { StimulusView } from '../../components/stimulus';
import { AnswerInput, KeyText } from '../../kinds/views';
import { kindOf } from '../../kinds/registry';
import { emptyInput } from './presentation';
import { INVALID_WORDS, pointsText, STATUS_WORDS, tryVerdict } from './words';

export interface QuestionCardProps {
  question: Question;
  /** Option and item order for this question (see presentation.ts). */
  order: string[];
  tries: readonly Try[];
  maxTries: number;
  draft: Input | undefined;
  onDraft(input: Input): void;
  onTry(input: Input, points: number): void;
  /** "Question 3 of 10", or the activity's own heading. */
  heading: string;
  /**
   * The id of the heading this card sits under (a practice activity's title). It is read before
   * the card's own heading, so cards in different activities on one page have distinct names.
   */
  contextId?: string;
  headingLevel: 2 | 3 | 4;
  /** Rendered under the feedback once the question is finished (Next, Finish…). */
  after?: ReactNode;
  /** Practice only: start this question over. */
  onRestart?: () => void;
}

/**
 * One question: read, answer, Check, feedback that points to the evidence, and (while tries
 * remain) Try again. After the last try the solution is shown. Scoring is the pure module's.
 */
export function QuestionCard(props: QuestionCardProps) {
  const { question, order, tries, draft, onDraft, onTry, heading, headingLevel } = props;
  // A self-assessed answer is placed once; trying again would only move it to another level.
  const { selfAssessed } = kindOf(question.kind);
  const maxTries = selfAssessed ? 1 : props.maxTries;
  const uid = useId().replace(/:/g, '');
  const teacherMode = useAppStore((s) => s.settings.teacherMode);
  const [retrying, setRetrying] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const feedbackRef = useRef<HTMLDivElement>(null);
  const cardRef = useRef<HTMLElement>(null);
  // Where focus goes once the next render is committed: to the feedback after Check, back to
  // the answer after Try again. Done in a layout effect, so a fast Tab cannot race it.
  const focusNext = useRef<'feedback' | 'answer' | null>(null);
  useLayoutEffect(() => {
    if (focusNext.current === 'feedback') feedbackRef.current?.focus();
    if (focusNext.current === 'answer') {
      cardRef.current
        ?.querySelector<HTMLElement>('input:not([disabled]), textarea, button:not([disabled])')
        ?.focus();
    }
    focusNext.current = null;
  });

  const scored: Scored[] = tries.map((t) => scoreAnswer(question, t.input));
  const last = scored.at(-1);
  const lastTry = tries.at(-1);
  const done = tries.length > 0 && !canTryAgain(scored, maxTries);
  const showingFeedback = tries.length > 0 && (done || !retrying);
  const value: Input = showingFeedback
    ? (lastTry?.input ?? emptyInput(question, order))
    : (draft ?? lastTry?.input ?? emptyInput(question, order));
  const reveal = showingFeedback && last?.valid ? { marks: last.items, solution: done } : null;

  const check = () => {
    const result = scoreAnswer(question, value);
    if (!result.valid) {
      setProblem(INVALID_WORDS[result.code]);
      setAnnouncement(INVALID_WORDS[result.code]);
      return;
    }
    setProblem(null);
    setRetrying(false);
    focusNext.current = 'feedback';
    onTry(value, result.points);
    setAnnouncement(
      selfAssessed
        ? `Self-assessed: ${pointsText(result.points)}.`
        : tryVerdict([...scored, result]),
    );
  };

  const tryAgain = () => {
    focusNext.current = 'answer';
    setRetrying(true);
    setAnnouncement('');
  };

  const change = (input: Input) => {
    setProblem(null);
    onDraft(input);
  };

  const H = (['h2', 'h3', 'h4'] as const)[headingLevel - 2] ?? 'h2';
  const Sub = (['h3', 'h4', 'h5'] as const)[headingLevel - 2] ?? 'h3';
  const locked = showingFeedback;
  const triesLeft = maxTries - tries.length;

  return (
    <section
      className="question-card"
      ref={cardRef}
      aria-labelledby={props.contextId ? `${props.contextId} ${uid}-heading` : `${uid}-heading`}
    >
      <H id={`${uid}-heading`} className="question-heading" tabIndex={-1}>
        {heading}
      </H>
      {question.stimulus ? <StimulusView stimulus={question.stimulus} /> : null}
      {question.context.map((id) => (
        <SentenceQuote key={id} id={id} />
      ))}
      <fieldset
        className="question-fieldset"
        aria-describedby={problem ? `${uid}-problem` : undefined}
      >
        <legend className="question-prompt">
          <RichText nodes={question.prompt} />
        </legend>
        <AnswerInput
          question={question}
          order={order}
          value={value}
          onChange={change}
          onSubmit={check}
          locked={locked}
          reveal={reveal}
          uid={uid}
        />
      </fieldset>

      {teacherMode && !done ? (
        <details className="answer-key">
          <summary>Answer key (teacher mode)</summary>
          <KeyText question={question} />
          <RichText nodes={question.explanation} />
        </details>
      ) : null}

      {problem ? (
        <p id={`${uid}-problem`} className="input-problem">
          {problem}
        </p>
      ) : null}

      {!showingFeedback && !selfAssessed ? (
        <div className="button-row">
          <button type="button" className="button button-primary" onClick={check}>
            Check
          </button>
        </div>
      ) : null}

      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>

      {showingFeedback && last?.valid ? (
        <div className={`feedback feedback-${last.status}`} ref={feedbackRef} tabIndex={-1}>
          <p className="verdict">
            <span aria-hidden="true" className="verdict-icon">
              {STATUS_WORDS[last.status].icon}
            </span>{' '}
            {selfAssessed ? (
              <>
                <strong>Self-assessed</strong> — {pointsText(last.points)}.
              </>
            ) : (
              <strong>{tryVerdict(scored)}</strong>
            )}
          </p>
          {!done ? (
            <>
              <p>
                {kindOf(question.kind).retryHint(question, last)}{' '}
                {triesLeft === 1 ? 'You have one more try.' : `You have ${triesLeft} more tries.`}
                {tries.length === 1 ? ' A second try can earn half the marks.' : ''}
              </p>
              <div className="button-row">
                <button type="button" className="button button-primary" onClick={tryAgain}>
                  Try again
                </button>
              </div>
            </>
          ) : (
            <>
              {last.status !== 'correct' && !selfAssessed ? (
                <p>The right answer is marked above.</p>
              ) : null}
              <div className="explanation">
                <Sub>Why</Sub>
                <RichText nodes={question.explanation} />
              </div>
              <EvidenceList
                evidence={question.evidence}
                level={headingLevel + 1}
                shown={
                  new Set([...question.context, ...kindOf(question.kind).quotedSentences(question)])
                }
              />
              {props.onRestart ? (
                <div className="button-row">
                  <button type="button" className="button" onClick={props.onRestart}>
                    Start this question again
                  </button>
                </div>
              ) : null}
              {props.after}
            </>
          )}
        </div>
      ) : null}
    </section>
  );
}
