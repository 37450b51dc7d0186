import { Suspense } from 'react';
import { Outlet, useLocation, useRoutes, type RouteObject } from 'react-router';
import { RootLayout } from './root-layout';
import { ErrorBoundary } from './error-boundary';
import { NotFoundPage } from '../components/not-found-page';
import { HomePage } from '../features/home/home-page';
import { ReaderPage } from '../features/reader/reader-page';
import { LessonRoute } from './lesson-route';
import { QuizPage } from '../features/quiz/quiz-page';
import { ProgressPage } from '../features/progress/progress-page';
import { SourcesPage } from '../features/sources/sources-page';
import { GlossaryPage } from '../features/glossary/glossary-page';
import { TeacherPage } from '../features/teacher/teacher-page';
import { ClassResultsPage } from '../features/teacher/class-results-page';
import { WorksheetPage } from '../features/teacher/worksheet-page';
import { ReportPage } from '../features/progress/report-page';
import { ChooseLearnerPage } from '../features/progress/choose-learner-page';
import { CheckPage } from '../features/check/check-page';
import { CheckTakePage } from '../features/check/check-take-page';

const routes: RouteObject[] = [
  {
    Component: RootLayout,
    children: [
      {
        Component: PageErrorBoundary,
        children: [
          { index: true, Component: HomePage },
          { path: 'case-study', Component: ReaderPage },
          { path: 'lessons/:lessonId', Component: LessonRoute },
          { path: 'lessons/:lessonId/quiz', Component: QuizPage },
          { path: 'progress', Component: ProgressPage },
          { path: 'progress/report', Component: ReportPage },
          { path: 'learner', Component: ChooseLearnerPage },
          { path: 'check', Component: CheckPage },
          { path: 'check/:stage', Component: CheckTakePage },
          { path: 'sources', Component: SourcesPage },
          { path: 'glossary', Component: GlossaryPage },
          { path: 'teacher', Component: TeacherPage },
          { path: 'teacher/class-results', Component: ClassResultsPage },
          { path: 'teacher/worksheet/:lessonId', element: <WorksheetPage withAnswers={false} /> },
          { path: 'teacher/answer-key/:lessonId', element: <WorksheetPage withAnswers /> },
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
];

/**
 * A page that throws shows the error page inside the layout, so the menu stays usable.
 *
 * The Suspense boundary (nothing suspends) matters when React takes over the pre-rendered
 * start page (src/main.tsx): React then hydrates the layout first, commits, and only then
 * the page inside, in small steps, so the app is live sooner. Until then the page is the
 * pre-rendered HTML, already on screen, its links already working; a click or key press
 * inside it makes React hydrate it at once and then handle the event.
 */
function PageErrorBoundary() {
  const { pathname } = useLocation();
  return (
    <ErrorBoundary resetKey={pathname}>
      <Suspense>
        <Outlet />
      </Suspense>
    </ErrorBoundary>
  );
}

/**
 * The whole app under whichever router the caller provides (hash in the browser, memory in
 * tests and the pre-render). The outer boundary catches errors in the layout itself.
 */
export function AppRoutes() {
  const { pathname } = useLocation();
  const page = useRoutes(routes);
  return <ErrorBoundary resetKey={pathname}>{page}</ErrorBoundary>;
}
