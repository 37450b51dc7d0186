import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { AppRoutes } from './routes';

/**
 * The start page as static HTML, put into index.html at build time (scripts/prerender-plugin.ts)
 * so the first heading shows as soon as the file is read, before the script has run. React then
 * renders over it (it does not hydrate: a returning learner's page differs from the default).
 */
export function renderStartPage(): string {
  return renderToStaticMarkup(
    <MemoryRouter initialEntries={['/']}>
      <AppRoutes />
    </MemoryRouter>,
  );
}
