import { useId } from 'react';
import { Link } from 'react-router';
import { Page } from '../../components/page';
import { RichText } from '../../components/rich-text';
import { paths } from '../../config/paths';
import { content, lessons } from '../../content';
import { useActiveLearner, useAppStore } from '../../stores/app-store';
import { DEFAULT_LEARNER_NAME } from '../../model/persisted';
import { NameForm } from '../../components/name-form';
import { lessonStatus } from '../../model/lesson-status';
import { StatusText } from '../../components/status-text';
import { ProgressBar } from '../../components/progress-bar';
import { CheckOffer } from '../../components/check-offer';
import { timeText } from './home-text';

/**
 * The first screen says what this is (the introduction's first paragraph), how long it takes
 * (the lessons' minutes, added up) and where to start; the rest of the introduction follows.
 */
export function HomePage() {
  const learner = useActiveLearner();
  const renameLearner = useAppStore((s) => s.renameLearner);
  const nameId = useId();
  const statuses = lessons.map((l) => ({ lesson: l, status: lessonStatus(l, learner) }));
  const first = lessons[0];
  const next = statuses.find((s) => !s.status.completed)?.lesson;
  const last = learner.lastVisited;
  const [opening, ...rest] = content.home.body;
  const lead = typeof opening === 'object' && opening.t === 'p' ? [opening] : [];
  const introduction = lead.length ? rest : content.home.body;

  return (
    <Page title={content.home.title}>
      <div className="home-start">
        <div className="home-lead">
          <RichText nodes={lead} />
        </div>
        <p className="home-time">{timeText()}</p>
        <div className="button-row">
          {last ? (
            <Link className="button button-primary button-large" to={last.path}>
              Continue: {last.label}
            </Link>
          ) : first ? (
            <Link className="button button-primary button-large" to={paths.lesson(first.id)}>
              Start with {first.label}
            </Link>
          ) : null}
          {last && next ? (
            <Link className="button" to={paths.lesson(next.id)}>
              {statuses.some((s) => s.status.started) ? 'Next unfinished:' : 'Go to'} {next.label}
            </Link>
          ) : null}
          {last ? null : (
            <Link className="button" to={paths.caseStudy}>
              Read the article first
            </Link>
          )}
        </div>
        {learner.name === DEFAULT_LEARNER_NAME ? (
          <NameForm
            id={nameId}
            label="Your name (optional)"
            button="Save name"
            hint="So that your results file, and your teacher's table, show who you are."
            onSubmit={(name) => renameLearner(learner.id, name)}
          />
        ) : null}
      </div>

      <CheckOffer place="home" />

      <RichText nodes={introduction} />

      <section aria-labelledby="lessons-heading">
        <h2 id="lessons-heading">The lessons</h2>
        <p>Each lesson ends with a quiz; you can stop at any point and come back.</p>
        <ol className="lesson-cards">
          <li className="lesson-card">
            <h3>
              <Link to={paths.caseStudy}>The case study</Link>
            </h3>
            <p>The article, exactly as published, with expert notes you can switch on.</p>
          </li>
          {statuses.map(({ lesson, status }) => (
            <li key={lesson.id} className="lesson-card">
              <h3>
                <Link to={paths.lesson(lesson.id)}>
                  {lesson.title === lesson.label ? (
                    lesson.title
                  ) : (
                    <>
                      <span className="lesson-card-label">{lesson.label}: </span>
                      {lesson.title}
                    </>
                  )}
                </Link>
              </h3>
              <p>{lesson.summary}</p>
              <p className="lesson-card-meta">
                About {lesson.minutes} minutes ·{' '}
                <StatusText status={status} passMark={lesson.quiz.passMark} />
              </p>
              <ProgressBar label={`${lesson.label} progress`} fraction={status.fraction} />
            </li>
          ))}
        </ol>
      </section>
    </Page>
  );
}
