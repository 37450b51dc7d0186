import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHashRouter, RouterProvider } from 'react-router';
import { routes } from './app/routes';
import { registerServiceWorker } from './app/service-worker';
import { watchSettings } from './app/watch-settings';
import { openDetailsWhilePrinting } from './app/print-details';
import './styles/index.css';

watchSettings();
openDetailsWhilePrinting();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// Hash URLs are the only kind that work from file://, any web folder and offline alike.
// #root holds the pre-rendered start page (scripts/prerender-plugin.ts); React draws over it.
createRoot(root).render(
  <StrictMode>
    <RouterProvider router={createHashRouter(routes)} />
  </StrictMode>,
);
requestAnimationFrame(() => {
  document.documentElement.classList.remove('deep-link');
  // From here on the page is the live app, not the pre-rendered copy (tests wait for this).
  document.documentElement.dataset.app = 'ready';
});

registerServiceWorker();
