import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { Activity } from '../../domain/content';
import { NotFoundPage } from '../../components/not-found-page';
import { Page } from '../../components/page';
import { RichText } from '../../components/rich-text';
import { paths } from '../../config/paths';
import { lessonById } from '../../content';

/** Activities are rendered by the quiz feature; the app passes them in (features never import each other). */
export function LessonPage({ renderActivity }: { renderActivity(activity: Activity): ReactNode }) {
  const { lessonId = '' } = useParams();
  const lesson = lessonById.get(lessonId);
  if (!lesson) return <NotFoundPage />;
  const options = {
    activity: (id: string) => {
      const activity = lesson.activities.find((a) => a.id === id);
      return activity ? renderActivity(activity) : null;
    },
  };
  return (
    <Page title={`${lesson.label}: ${lesson.title}`} lead={lesson.summary}>
      <section aria-labelledby="objectives">
        <h2 id="objectives">By the end you can</h2>
        <ul>
          {lesson.objectives.map((o) => (
            <li key={o}>{o}</li>
          ))}
        </ul>
      </section>
      <RichText nodes={lesson.intro} options={options} />
      {lesson.sections.map((s) => (
        <section key={s.id} aria-labelledby={`section-${s.id}`}>
          <h2 id={`section-${s.id}`}>{s.title}</h2>
          <RichText nodes={s.body} options={options} />
        </section>
      ))}
      <p>
        <Link className="button button-primary" to={paths.quiz(lesson.id)}>
          Take the quiz
        </Link>
      </p>
    </Page>
  );
}
