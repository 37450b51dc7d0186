import { Link } from 'react-router';
import { Page } from '../../components/page';
import { StatusText } from '../../components/status-text';
import { ProgressBar } from '../../components/progress-bar';
import { CheckProgress } from '../../components/check-offer';
import { downloadText } from '../../components/download';
import { paths } from '../../config/paths';
import { MODULE_INFO } from '../../config/module';
import { content, lessonHeading, lessons } from '../../content';
import { useActiveLearner } from '../../stores/app-store';
import { lessonStatus } from '../../model/lesson-status';
import { buildRecord } from '../../model/record';
import { finishedAttempts, quizResult, summarizeAttempt } from '../../scoring/quiz-summary';
import { discernmentClause, percentText } from '../../components/words';
import { LearnerPanel } from './learner-panel';
import { ImportRecord } from './import-record';
import { ScoreChart } from './score-chart';
import { scoreRows } from './scores';

export function ProgressPage() {
  const learner = useActiveLearner();
  const scores = scoreRows(lessons, learner);

  const download = () => {
    const record = buildRecord(learner, content, MODULE_INFO, new Date());
    const safeName =
      learner.name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'learner';
    downloadText(
      `results-${safeName}-${new Date().toISOString().slice(0, 10)}.json`,
      JSON.stringify(record, null, 2),
      'application/json',
    );
  };

  return (
    <Page title="Your progress">
      <LearnerPanel />

      <section aria-labelledby="scores-heading">
        <h2 id="scores-heading">Quiz scores</h2>
        {scores.some((s) => s.first !== null) ? (
          <ScoreChart rows={scores} />
        ) : (
          <p>When you finish a quiz, your first try and your best score appear here as a chart.</p>
        )}
      </section>

      <CheckProgress />

      <section aria-labelledby="lessons-progress">
        <h2 id="lessons-progress">Lessons</h2>
        <p>
          A lesson is <strong>done</strong> when you pass its quiz, and its bar is then full. Until
          then the bar shows how far you have come: the sections you have read (a section counts
          once you have scrolled to it or opened it from the lesson’s contents) and the practice you
          have finished.
        </p>
        <ul className="progress-list">
          {lessons.map((lesson) => {
            const status = lessonStatus(lesson, learner);
            const attempts = learner.quizzes[lesson.id]?.attempts ?? [];
            const last = finishedAttempts(attempts).at(-1);
            const missed = last ? summarizeAttempt(lesson.quiz, last).missed.length : 0;
            const judged = quizResult(lesson.quiz, attempts)?.first.discernment;
            return (
              <li key={lesson.id} className="progress-item">
                <h3>
                  <Link to={paths.lesson(lesson.id)}>{lessonHeading(lesson)}</Link>
                </h3>
                <ProgressBar label={`${lesson.label} progress`} fraction={status.fraction} />
                <p>
                  <StatusText status={status} passMark={lesson.quiz.passMark} />
                </p>
                <ul className="progress-facts">
                  <li>
                    Sections read: {status.sectionsRead} of {status.sectionsTotal}
                  </li>
                  {status.practiceTotal ? (
                    <li>
                      Practice done: {status.practiceDone} of {status.practiceTotal}
                    </li>
                  ) : null}
                  <li>
                    Quiz attempts: {status.attempts}
                    {status.firstPercent !== null
                      ? ` · first ${percentText(status.firstPercent)}${
                          status.attempts > 1 && status.bestPercent !== null
                            ? ` · best after retries ${percentText(status.bestPercent)}`
                            : ''
                        }`
                      : ''}
                  </li>
                  {judged && judged.flagItems + judged.trustItems ? (
                    <li>On your first attempt you {discernmentClause(judged)}.</li>
                  ) : null}
                </ul>
                <div className="button-row">
                  <Link className="button" to={paths.lesson(lesson.id)}>
                    {status.started ? 'Continue the lesson' : 'Start the lesson'}
                  </Link>
                  {missed ? (
                    <Link className="button" to={`${paths.quiz(lesson.id)}?start=missed`}>
                      Retry the {missed} I missed
                    </Link>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="records">
        <h2 id="records">Keep or share your results</h2>
        <p>
          Your progress stays in this browser on this device. To keep a copy, move to another
          device, or give your results to a teacher, download them as a file. Nothing is uploaded
          anywhere.
        </p>
        <div className="button-row">
          <button type="button" className="button button-primary" onClick={download}>
            Download my results
          </button>
          <Link className="button" to={paths.report}>
            Printable report
          </Link>
        </div>
        <ImportRecord />
      </section>
    </Page>
  );
}
