import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../components/not-found-page';
import { Page } from '../../components/page';
import { RichText } from '../../components/rich-text';
import { paths } from '../../config/paths';
import { lessonById } from '../../content';

export function LessonPage() {
  const { lessonId = '' } = useParams();
  const lesson = lessonById.get(lessonId);
  if (!lesson) return <NotFoundPage />;
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
      <RichText nodes={lesson.intro} />
      {lesson.sections.map((s) => (
        <section key={s.id} aria-labelledby={`section-${s.id}`}>
          <h2 id={`section-${s.id}`}>{s.title}</h2>
          <RichText nodes={s.body} />
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
