import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { CheckForm } from '../../domain/content';
import type { CheckTaking } from '../../model/learner';
import type { CheckStage } from '../../model/prepost';
import { NotFoundPage } from '../../components/not-found-page';
import { Page } from '../../components/page';
import { RichText } from '../../components/rich-text';
import { StimulusView } from '../../components/stimulus';
import { checkQuotes, checkSize } from '../../components/check-words';
import { paths } from '../../config/paths';
import { lessons } from '../../content';
import { closingLesson } from '../../model/prepost';
import { AnswerInput } from '../../kinds/views';
import { shuffle } from '../../scoring/random';
import { STAGE_NAMES, useCheck } from './use-check';

export function CheckTakePage() {
  const { stage } = useParams();
  if (stage !== 'pre' && stage !== 'post') return <NotFoundPage />;
  return <CheckTake key={stage} stage={stage} />;
}

function CheckTake({ stage }: { stage: CheckStage }) {
  const check = useCheck(stage);
  const { status, taking, form } = check;
  const [justFinished, setJustFinished] = useState(false);
  const navigate = useNavigate();
  if (!form) return <NotFoundPage />;
  const title = `${STAGE_NAMES[stage]} (${form.label})`;

  if (stage === 'post' && status.post === 'locked') {
    const closing = closingLesson(lessons);
    return (
      <Page title={title}>
        <p>
          The after-check opens when you have finished the quiz of the{' '}
          {closing ? <Link to={paths.quiz(closing.id)}>{closing.label}</Link> : 'last lesson'}.
        </p>
      </Page>
    );
  }
  if (stage === 'pre' && status.pre === 'closed') {
    return (
      <Page title={title}>
        <p>
          The before-check is closed: you have started the after-check, so it could no longer show
          where you started from. <Link to={paths.check}>Back to the check</Link>
        </p>
      </Page>
    );
  }
  if (taking?.finishedAt != null) {
    return stage === 'pre' ? (
      <Page title={title} focusOnMount={justFinished}>
        <p role={justFinished ? 'status' : undefined}>
          Your before-check is saved. You get no score or answers yet, so that it can show where you
          started. After the final review you take the after-check, and then see both results side
          by side.
        </p>
        <div className="button-row">
          {lessons[0] ? (
            <Link className="button button-primary" to={paths.lesson(lessons[0].id)}>
              Start {lessons[0].label}
            </Link>
          ) : null}
          <Link className="button" to={paths.progress}>
            Your progress
          </Link>
        </div>
      </Page>
    ) : (
      <Page title={title}>
        <p>
          You have finished the after-check. <Link to={paths.check}>See your results</Link>
        </p>
      </Page>
    );
  }
  if (!taking) return <CheckIntro title={title} stage={stage} onStart={check.start} />;
  return (
    <Runner
      title={title}
      stage={stage}
      form={form}
      taking={taking}
      onAnswer={check.answer}
      onGoTo={check.goTo}
      onFinish={() => {
        check.finish();
        if (stage === 'post') void navigate(paths.check);
        else setJustFinished(true);
      }}
    />
  );
}

function CheckIntro(props: { title: string; stage: CheckStage; onStart(): void }) {
  const { items, minutes } = checkSize();
  return (
    <Page title={props.title}>
      <p>
        You will read {items} short texts, one at a time, each with a claim. For each, decide: does
        the text, on its own, give enough to accept the claim? It takes about {minutes} minutes.
      </p>
      <ul className="facts">
        <li>Some claims are well supported by their text and some are not.</li>
        <li>
          {checkQuotes()
            ? 'Some texts are quoted exactly from real sources, with the source named; others were written for this module and say so.'
            : 'The texts were written for this module, in the styles of real outlets on every side; none is a real quote.'}
        </li>
        <li>
          {props.stage === 'pre'
            ? 'You get no score or answers now. You see them, with the after-check’s, at the end of the module.'
            : 'When you finish, you see your results for both checks and can review every answer.'}
        </li>
        <li>You can go back and change an answer until you finish.</li>
      </ul>
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={props.onStart}>
          Start
        </button>
        <Link className="button" to={paths.check}>
          Not now
        </Link>
      </div>
    </Page>
  );
}

function Runner(props: {
  title: string;
  stage: CheckStage;
  form: CheckForm;
  taking: CheckTaking;
  onAnswer: ReturnType<typeof useCheck>['answer'];
  onGoTo(index: number): void;
  onFinish(): void;
}) {
  const { title, form, taking, onAnswer, onGoTo, onFinish } = props;
  const order = shuffle(form.items, taking.seed);
  const index = Math.min(taking.current, order.length - 1);
  const item = order[index];
  const [missing, setMissing] = useState<number[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    // On arrival the page heading has focus; after Next or Previous, the item's heading.
    if (first.current) first.current = false;
    else heading.current?.focus();
  }, [index]);
  if (!item) return null;
  const { question } = item;
  const answered = order.filter((i) => taking.answers[i.question.id]).length;
  const isLast = index === order.length - 1;
  const value = taking.answers[question.id]?.input ?? { kind: 'single-choice', choice: null };

  const finish = () => {
    const unanswered = order.flatMap((i, k) => (taking.answers[i.question.id] ? [] : [k]));
    setMissing(unanswered);
    if (!unanswered.length) onFinish();
  };
  const go = (k: number) => {
    setMissing([]);
    onGoTo(k);
  };

  return (
    <Page title={title}>
      <div className="quiz-progress">
        <label htmlFor="check-progress">
          {answered} of {order.length} answered
        </label>
        <progress id="check-progress" max={order.length} value={answered} />
      </div>
      <section className="question-card check-item" aria-labelledby="check-item-heading">
        <h2 id="check-item-heading" className="question-heading" tabIndex={-1} ref={heading}>
          Text {index + 1} of {order.length}
        </h2>
        {question.stimulus ? <StimulusView stimulus={question.stimulus} /> : null}
        <div className="check-claim" id={`check-claim-${question.id}`}>
          <p className="check-claim-label">The claim</p>
          <RichText nodes={question.prompt} />
        </div>
        <fieldset className="question-fieldset" aria-describedby={`check-claim-${question.id}`}>
          <legend className="question-prompt">
            Does the text above give enough to accept this claim?
          </legend>
          <AnswerInput
            question={question}
            order={question.options.map((o) => o.id)}
            value={value}
            onChange={(input) => onAnswer(question.id, input)}
            onSubmit={() => (isLast ? finish() : go(index + 1))}
            locked={false}
            reveal={null}
            uid={`check-${question.id}`}
          />
        </fieldset>
      </section>
      {missing.length ? (
        <div className="input-problem" role="alert">
          <p>
            {missing.length === 1 ? 'One text has' : `${missing.length} texts have`} no answer yet.
            Choose the answer that seems closer, even if you are unsure:
          </p>
          <div className="button-row">
            {missing.map((k) => (
              <button key={k} type="button" className="button" onClick={() => go(k)}>
                Go to text {k + 1}
              </button>
            ))}
          </div>
        </div>
      ) : null}
      <nav className="quiz-nav" aria-label="Check">
        {index > 0 ? (
          <button type="button" className="button" onClick={() => go(index - 1)}>
            Previous text
          </button>
        ) : null}
        {isLast ? (
          <button type="button" className="button button-primary" onClick={finish}>
            Finish the {props.stage === 'pre' ? 'before-check' : 'after-check'}
          </button>
        ) : (
          <button type="button" className="button button-primary" onClick={() => go(index + 1)}>
            Next text
          </button>
        )}
      </nav>
      <p className="hint">
        Your answers are saved as you go. No answers are marked until the end of the module.
      </p>
    </Page>
  );
}
