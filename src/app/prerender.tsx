import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { App } from './app';

/**
 * The start page as HTML, put into index.html at build time (scripts/prerender-plugin.ts) so
 * the first heading shows as soon as the file is read, before the script has run. When the
 * learner's first render would give the same page (src/app/start.ts), React hydrates it: it
 * attaches to this HTML instead of drawing the page again. renderToString, not
 * renderToStaticMarkup: hydration needs the markers it leaves between adjacent texts.
 */
export function renderStartPage(): string {
  return renderToString(
    <MemoryRouter initialEntries={['/']}>
      <App />
    </MemoryRouter>,
  );
}
