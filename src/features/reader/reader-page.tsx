import { Page } from '../../components/page';

export function ReaderPage() {
  return (
    <Page title="Case study">
      <p>This page is being written.</p>
    </Page>
  );
}
