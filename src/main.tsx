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
createRoot(root).render(
  <StrictMode>
    <RouterProvider router={createHashRouter(routes)} />
  </StrictMode>,
);

registerServiceWorker();
