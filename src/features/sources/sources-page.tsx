import { Page } from '../../components/page';

export function SourcesPage() {
  return (
    <Page title="Sources">
      <p>This page is being written.</p>
    </Page>
  );
}
