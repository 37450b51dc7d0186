import { Page } from '../../components/page';

export function ProgressPage() {
  return (
    <Page title="Progress">
      <p>This page is being written.</p>
    </Page>
  );
}
