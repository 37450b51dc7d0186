import { Page } from '../../components/page';

export function LessonPage() {
  return (
    <Page title="Lesson">
      <p>This page is being written.</p>
    </Page>
  );
}
