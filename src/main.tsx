import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter } from 'react-router';
import { AppRoutes } from './app/routes';
import { AppReady } from './app/app-ready';
import { registerServiceWorker } from './app/service-worker';
import { watchSettings } from './app/watch-settings';
import { openDetailsWhilePrinting } from './app/print-details';
import { startLms } from './lms/discover';
import './styles/index.css';

watchSettings();
openDetailsWhilePrinting();
// Under an LMS (SCORM), report progress to it; the adapter loads only if an LMS is found.
const underLms = startLms();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// Hash URLs are the only kind that work from file://, any web folder and offline alike. The
// component router, not the data router: the app uses no loaders or actions, and the data
// router would add 16 kB gzip (53 kB raw) of script (README, "Architecture").
// #root holds the pre-rendered start page (scripts/prerender-plugin.ts); React draws over it.
// (Rendering it as a transition, or unpacking the content in a task of its own, shortens the
// longest task but made the page usable 300–500 ms later at 4× CPU slowdown: measured, dropped.)
createRoot(root).render(
  <StrictMode>
    <HashRouter>
      <AppRoutes />
      <AppReady />
    </HashRouter>
  </StrictMode>,
);

// An LMS serves (and updates) the module itself: no service worker inside it.
if (!underLms) registerServiceWorker();
