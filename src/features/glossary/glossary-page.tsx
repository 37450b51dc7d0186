import { Page } from '../../components/page';

export function GlossaryPage() {
  return (
    <Page title="Glossary">
      <p>This page is being written.</p>
    </Page>
  );
}
