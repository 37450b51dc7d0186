import { Page } from '../../components/page';

export function HomePage() {
  return (
    <Page title="Home">
      <p>This page is being written.</p>
    </Page>
  );
}
