import { useEffect, useRef, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { Activity, Lesson } from '../../domain/content';
import { NotFoundPage } from '../../components/not-found-page';
import { Page } from '../../components/page';
import { RichText } from '../../components/rich-text';
import { StatusText } from '../../components/status-text';
import { TeacherNotesView } from '../../components/teacher-notes';
import { useScrollTarget } from '../../components/use-scroll-target';
import { paths } from '../../config/paths';
import { lessonById, lessonHeading, lessons } from '../../content';
import { useActiveLearner, useAppStore } from '../../stores/app-store';
import { lessonStatus } from '../../model/lesson-status';
import { markSectionRead, setLastVisited, touchLesson } from '../../model/progress';

/** Activities are rendered by the quiz feature; the app passes them in (features never import each other). */
export function LessonPage({ renderActivity }: { renderActivity(activity: Activity): ReactNode }) {
  const { lessonId = '' } = useParams();
  const lesson = lessonById.get(lessonId);
  if (!lesson) return <NotFoundPage />;
  return <LessonView key={lesson.id} lesson={lesson} renderActivity={renderActivity} />;
}

function LessonView({
  lesson,
  renderActivity,
}: {
  lesson: Lesson;
  renderActivity(a: Activity): ReactNode;
}) {
  const learner = useActiveLearner();
  const update = useAppStore((s) => s.updateLearner);
  const teacherMode = useAppStore((s) => s.settings.teacherMode);
  const status = lessonStatus(lesson, learner);
  const read = new Set(learner.lessons[lesson.id]?.sectionsRead ?? []);
  useScrollTarget('section', 'section-');

  useEffect(() => update((l, now) => touchLesson(l, lesson.id, now)), [lesson.id, update]);
  useSectionsRead(lesson, (sectionId) => {
    const title = lesson.sections.find((s) => s.id === sectionId)?.title ?? lesson.title;
    update((l, now) =>
      setLastVisited(
        markSectionRead(l, lesson.id, sectionId, now),
        paths.lessonSection(lesson.id, sectionId),
        `${lesson.label}: ${title}`,
        now,
      ),
    );
  });

  const options = {
    activity: (id: string) => {
      const activity = lesson.activities.find((a) => a.id === id);
      return activity ? renderActivity(activity) : null;
    },
  };
  const index = lessons.findIndex((l) => l.id === lesson.id);
  const previous = lessons[index - 1];
  const next = lessons[index + 1];

  return (
    <Page title={lessonHeading(lesson)} lead={lesson.summary}>
      <p className="lesson-meta">
        About {lesson.minutes} minutes ·{' '}
        <StatusText status={status} passMark={lesson.quiz.passMark} />
      </p>

      {teacherMode && lesson.teacher ? (
        <details className="teacher-panel">
          <summary>Teacher notes for this lesson (teacher mode)</summary>
          <TeacherNotesView notes={lesson.teacher} headingLevel={2} />
        </details>
      ) : null}

      <div className="lesson-overview">
        <section aria-labelledby="objectives">
          <h2 id="objectives">By the end you can</h2>
          <ul>
            {lesson.objectives.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
        </section>
        {lesson.sections.length ? (
          <nav aria-labelledby="contents" className="lesson-contents">
            <h2 id="contents">In this lesson</h2>
            <ol>
              {lesson.sections.map((s) => (
                <li key={s.id}>
                  <Link to={paths.lessonSection(lesson.id, s.id)}>{s.title}</Link>
                  {read.has(s.id) ? <span className="read-mark"> ✓ read</span> : null}
                </li>
              ))}
              <li>
                <Link to={paths.quiz(lesson.id)}>Quiz</Link>
                {status.passed ? <span className="read-mark"> ✓ passed: lesson done</span> : null}
              </li>
            </ol>
          </nav>
        ) : null}
      </div>

      <RichText nodes={lesson.intro} options={options} />
      {lesson.sections.map((s) => (
        <section
          key={s.id}
          className="lesson-section"
          aria-labelledby={`section-${s.id}`}
          data-section={s.id}
        >
          <h2 id={`section-${s.id}`} tabIndex={-1}>
            {s.title}
          </h2>
          <RichText nodes={s.body} options={options} />
        </section>
      ))}

      <section className="quiz-call" aria-labelledby="quiz-call-heading">
        <h2 id="quiz-call-heading">
          {lesson.kind === 'review' ? 'The review quiz' : 'Check what you learned'}
        </h2>
        <p>
          {lesson.quiz.questions.length} questions · pass mark {lesson.quiz.passMark}% · feedback
          after every answer, with the evidence.
        </p>
        <Link className="button button-primary" to={paths.quiz(lesson.id)}>
          {status.completed ? 'Go to the quiz again' : 'Take the quiz'}
        </Link>
      </section>

      <nav className="lesson-pager" aria-label="Lessons">
        {previous ? (
          <Link to={paths.lesson(previous.id)}>← {lessonHeading(previous)}</Link>
        ) : (
          <span />
        )}
        {next ? <Link to={paths.lesson(next.id)}>{lessonHeading(next)} →</Link> : null}
      </nav>
    </Page>
  );
}

/**
 * Marks a section as read once the reader has reached it: its heading scrolled into the upper
 * part of the screen, or the section opened from the contents (which scrolls it there). What
 * makes a lesson done is passing its quiz (model/lesson-status.ts); this only measures the way.
 */
function useSectionsRead(lesson: Lesson, onRead: (sectionId: string) => void) {
  const callback = useRef(onRead);
  useEffect(() => {
    callback.current = onRead;
  });
  useEffect(() => {
    if (typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const id = entry.target.getAttribute('data-section');
          if (entry.isIntersecting && id) {
            callback.current(id);
            observer.unobserve(entry.target);
          }
        }
      },
      // The top 60% of the screen: a section counts once its start has come that far up.
      { rootMargin: '0px 0px -40% 0px' },
    );
    document.querySelectorAll('[data-section]').forEach((el) => observer.observe(el));
    return () => observer.disconnect();
  }, [lesson.id]);
}
