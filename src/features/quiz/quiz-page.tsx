import { Page } from '../../components/page';

export function QuizPage() {
  return (
    <Page title="Quiz">
      <p>This page is being written.</p>
    </Page>
  );
}
