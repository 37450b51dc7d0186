import { Link } from 'react-router';
import { Page } from './page';
import { paths } from '../config/paths';

export function NotFoundPage() {
  return (
    <Page title="Page not found">
      <p>There is no page at this address. It may have been mistyped or moved.</p>
      <p>
        <Link to={paths.home}>Go to the start page</Link> or choose a page from the menu.
      </p>
    </Page>
  );
}
