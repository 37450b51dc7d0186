import { Page } from '../../components/page';

export function TeacherPage() {
  return (
    <Page title="Teacher">
      <p>This page is being written.</p>
    </Page>
  );
}
