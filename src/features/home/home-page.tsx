import { Link } from 'react-router';
import { Page } from '../../components/page';
import { RichText } from '../../components/rich-text';
import { paths } from '../../config/paths';
import { content, lessons } from '../../content';
import { useId } from 'react';
import { useActiveLearner, useAppStore } from '../../stores/app-store';
import { DEFAULT_LEARNER_NAME } from '../../model/persisted';
import { NameForm } from '../../components/name-form';
import { lessonStatus } from '../../model/lesson-status';
import { StatusText } from '../../components/status-text';
import { ProgressBar } from '../../components/progress-bar';

export function HomePage() {
  const learner = useActiveLearner();
  const renameLearner = useAppStore((s) => s.renameLearner);
  const nameId = useId();
  const statuses = lessons.map((l) => ({ lesson: l, status: lessonStatus(l, learner) }));
  const total = lessons.reduce((sum, l) => sum + l.minutes, 0);
  const next = statuses.find((s) => !s.status.completed)?.lesson;
  const last = learner.lastVisited;

  return (
    <Page title={content.home.title}>
      <RichText nodes={content.home.body} />

      <section className="continue-card" aria-labelledby="continue-heading">
        <h2 id="continue-heading">{last ? 'Continue where you left off' : 'Where to start'}</h2>
        <p>
          You are working as <strong>{learner.name}</strong>. Progress is saved in this browser on
          this device. <Link to={paths.progress}>Change learner or see your progress</Link>.
        </p>
        {learner.name === DEFAULT_LEARNER_NAME ? (
          <NameForm
            id={nameId}
            label="Your name (optional)"
            button="Save name"
            hint="So that your results file, and your teacher's table, show who you are."
            onSubmit={(name) => renameLearner(learner.id, name)}
          />
        ) : null}
        <div className="button-row">
          {last ? (
            <Link className="button button-primary" to={last.path}>
              Continue: {last.label}
            </Link>
          ) : (
            <Link className="button button-primary" to={paths.caseStudy}>
              Start by reading the article
            </Link>
          )}
          {next ? (
            <Link className="button" to={paths.lesson(next.id)}>
              {statuses.some((s) => s.status.started) ? 'Next unfinished:' : 'Go straight to'}{' '}
              {next.label}
            </Link>
          ) : null}
        </div>
      </section>

      <section aria-labelledby="lessons-heading">
        <h2 id="lessons-heading">The lessons</h2>
        <p>
          About {total} minutes in all. Each lesson ends with a quiz; you can stop at any point and
          come back.
        </p>
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
