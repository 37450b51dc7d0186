import { useEffect, useRef } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import type { Lesson } from '../../domain/content';
import { NotFoundPage } from '../../components/not-found-page';
import { Page } from '../../components/page';
import { RichText } from '../../components/rich-text';
import { paths } from '../../config/paths';
import { lessonById } from '../../content';
import { QuestionCard } from './question-card';
import { optionOrder } from '../../scoring/presentation';
import { useQuiz } from './use-quiz';
import { quizResult, summarizeAttempt } from '../../scoring/quiz-summary';
import { percentText } from '../../components/words';
import { Results } from './results';

export function QuizPage() {
  const { lessonId = '' } = useParams();
  const lesson = lessonById.get(lessonId);
  if (!lesson) return <NotFoundPage />;
  return <Quiz key={lesson.id} lesson={lesson} />;
}

function Quiz({ lesson }: { lesson: Lesson }) {
  const quiz = lesson.quiz;
  const session = useQuiz(quiz);
  const [params, setParams] = useSearchParams();
  const title = lesson.kind === 'review' ? quiz.title : `${lesson.label} quiz: ${quiz.title}`;
  const startMissed = params.get('start') === 'missed' && !session.open;

  // "Retry the ones I missed" from the Progress page arrives as ?start=missed.
  useEffect(() => {
    if (!startMissed) return;
    if (session.lastFinished) session.start('missed');
    setParams({}, { replace: true });
  }, [startMissed, session, setParams]);

  if (session.open)
    return (
      <Runner
        lesson={lesson}
        title={title}
        session={session}
        onFinished={() => setParams({ view: 'results' })}
      />
    );

  if (params.get('view') === 'results' && session.lastFinished) {
    return (
      <Results
        lesson={lesson}
        attempt={session.lastFinished}
        attempts={session.attempts}
        onRetry={(mode) => {
          session.start(mode);
          setParams({});
        }}
      />
    );
  }

  const last = session.lastFinished ? summarizeAttempt(quiz, session.lastFinished) : null;
  const result = quizResult(quiz, session.attempts);
  return (
    <Page title={title}>
      {quiz.intro.length ? <RichText nodes={quiz.intro} /> : null}
      <ul className="facts">
        <li>{quiz.questions.length} questions</li>
        <li>Pass mark: {quiz.passMark}%</li>
        <li>
          {quiz.tries === 1
            ? 'One try per question.'
            : `Up to ${quiz.tries} tries per question; a second try earns at most half the marks.`}
        </li>
        <li>
          Your first attempt is the score your teacher sees first. Retrying afterwards is practice:
          it can raise your best score.
        </li>
        <li>Your answers are saved as you go, on this device.</li>
      </ul>
      {result ? (
        <div className="last-result">
          <p>
            Your first attempt: <strong>{percentText(result.first.percent)}</strong>
            {result.first.passed ? ' (passed)' : ' (not passed yet)'}.
            {result.attempts > 1
              ? ` Best after retries: ${percentText(result.bestPercent)}${result.passed ? ' (passed)' : ''}.`
              : ''}
          </p>
        </div>
      ) : null}
      <div className="button-row">
        {last ? (
          <>
            <button
              type="button"
              className="button button-primary"
              onClick={() => session.start('full')}
            >
              Retry the whole quiz
            </button>
            {last.missed.length ? (
              <button type="button" className="button" onClick={() => session.start('missed')}>
                Retry only the {last.missed.length} I missed
              </button>
            ) : null}
            <Link className="button" to={`?view=results`}>
              See my last results
            </Link>
          </>
        ) : (
          <button
            type="button"
            className="button button-primary"
            onClick={() => session.start('full')}
          >
            Start the quiz
          </button>
        )}
      </div>
      <p>
        <Link to={paths.lesson(lesson.id)}>Back to {lesson.label}</Link>
      </p>
    </Page>
  );
}

function Runner(props: {
  lesson: Lesson;
  title: string;
  session: ReturnType<typeof useQuiz>;
  onFinished(): void;
}) {
  const { lesson, title, session, onFinished } = props;
  const attempt = session.open;
  const quiz = lesson.quiz;
  const byId = new Map(quiz.questions.map((q) => [q.id, q]));
  const ids = (attempt?.questionIds ?? []).filter((id) => byId.has(id));
  const index = Math.min(attempt?.current ?? 0, Math.max(0, ids.length - 1));
  const question = byId.get(ids[index] ?? '');
  const answer = question ? attempt?.answers[question.id] : undefined;
  // After Start, Next or Previous, focus the question's heading: the button pressed is gone.
  // (On arrival from another page, navigation has already focused the page heading.)
  const arrivedByNavigation = useRef(document.activeElement?.tagName === 'H1');
  useEffect(() => {
    if (arrivedByNavigation.current) {
      arrivedByNavigation.current = false;
      return;
    }
    document.querySelector<HTMLElement>('.question-heading')?.focus();
  }, [index, attempt?.id]);

  if (!attempt || !question) return null;
  const isLast = index === ids.length - 1;
  const answered = ids.filter((id) => (attempt.answers[id]?.tries.length ?? 0) > 0).length;

  const finish = () => {
    session.finish();
    onFinished();
  };

  return (
    <Page title={title}>
      <div className="quiz-progress">
        <label htmlFor="quiz-progress">
          {attempt.mode === 'missed' ? 'Retrying the questions you missed: ' : ''}
          {answered} of {ids.length} answered
        </label>
        <progress id="quiz-progress" max={ids.length} value={answered} />
      </div>
      <QuestionCard
        key={`${attempt.id}:${question.id}`}
        question={question}
        order={optionOrder(question, attempt.seed)}
        tries={answer?.tries ?? []}
        maxTries={quiz.tries}
        draft={answer?.draft}
        onDraft={(input) => session.draft(question.id, input)}
        onTry={(input, points) => session.tryAnswer(question.id, input, points)}
        heading={`Question ${index + 1} of ${ids.length}`}
        headingLevel={2}
        after={
          <div className="button-row">
            {isLast ? (
              <button type="button" className="button button-primary" onClick={finish}>
                See my results
              </button>
            ) : (
              <button
                type="button"
                className="button button-primary"
                onClick={() => session.goTo(index + 1)}
              >
                Next question
              </button>
            )}
          </div>
        }
      />
      <nav className="quiz-nav" aria-label="Quiz">
        {index > 0 ? (
          <button type="button" className="button" onClick={() => session.goTo(index - 1)}>
            Previous question
          </button>
        ) : null}
        {answered === ids.length && !isLast ? (
          <button type="button" className="button" onClick={finish}>
            Finish the quiz
          </button>
        ) : null}
      </nav>
    </Page>
  );
}
