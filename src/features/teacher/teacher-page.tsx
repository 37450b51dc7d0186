import { Link } from 'react-router';
import { Page } from '../../components/page';
import { TeacherNotesView } from '../../components/teacher-notes';
import { paths } from '../../config/paths';
import { lessonHeading, lessons } from '../../content';
import { useAppStore } from '../../stores/app-store';

/**
 * Everything a teacher needs in one place: the teacher-mode switch, lesson plans with
 * timings, printable worksheets and answer keys, and the class results page.
 */
export function TeacherPage() {
  const teacherMode = useAppStore((s) => s.settings.teacherMode);
  const updateSettings = useAppStore((s) => s.updateSettings);
  return (
    <Page
      title="For teachers"
      lead="Lesson plans for 45–50 minute periods, printable worksheets and answer keys, and a way to see a class's results without accounts or a server."
    >
      <section className="teacher-mode" aria-labelledby="mode-heading">
        <h2 id="mode-heading">Teacher mode</h2>
        <label className="switch">
          <input
            type="checkbox"
            checked={teacherMode}
            onChange={(e) => updateSettings({ teacherMode: e.target.checked })}
          />
          Teacher mode is {teacherMode ? 'on' : 'off'}
        </label>
        <p>
          Teacher mode shows answer keys inside quizzes and teacher notes on lesson pages. It is a
          convenience, <strong>not a lock</strong>: anyone using this browser can switch it on or
          off. Switch it off before handing a device to a learner.
        </p>
      </section>

      <section aria-labelledby="class-heading">
        <h2 id="class-heading">Class results</h2>
        <p>
          Learners download their results (Progress → “Download my results”) and give you the files,
          for example on a USB stick or through your school’s usual channel. Open them all at once
          here to see a table of the class, the questions most often missed and the class’s
          discernment. Nothing is uploaded: the files are read in this browser only.
        </p>
        <Link className="button button-primary" to={paths.classResults}>
          Open class results
        </Link>
      </section>

      <section aria-labelledby="print-heading">
        <h2 id="print-heading">Printables</h2>
        <ul className="printables">
          <li>
            <Link to={paths.caseStudy}>The article</Link> (with or without the expert notes: use the
            print buttons above the article)
          </li>
          {lessons.map((l) => (
            <li key={l.id}>
              <strong>{lessonHeading(l)}</strong> — <Link to={paths.lesson(l.id)}>lesson page</Link>{' '}
              · <Link to={paths.worksheet(l.id)}>blank quiz worksheet</Link> ·{' '}
              <Link to={paths.answerKey(l.id)}>answer key</Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="plans-heading">
        <h2 id="plans-heading">Lesson plans</h2>
        {lessons.map((l) =>
          l.teacher ? (
            <details key={l.id} className="plan-block">
              <summary>
                {lessonHeading(l)} ({l.teacher.minutes} minutes)
              </summary>
              <TeacherNotesView notes={l.teacher} headingLevel={3} />
            </details>
          ) : null,
        )}
      </section>
    </Page>
  );
}
