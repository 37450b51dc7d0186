import { createRoot, hydrateRoot } from 'react-dom/client';
import { HashRouter } from 'react-router';
import { App } from './app/app';
import { rendersPrerenderedPage } from './app/start';
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
const app = (
  <HashRouter>
    <App />
  </HashRouter>
);
// #root holds the pre-rendered start page (scripts/prerender-plugin.ts). On a first visit to
// the start page React takes it over as it is; otherwise it draws the right page over it.
// From here to the first commit is the "first render" in `npm run bench` (app-ready.tsx).
performance.mark('app: render');
if (rendersPrerenderedPage(underLms)) hydrateRoot(root, app);
else createRoot(root).render(app);

// An LMS serves (and updates) the module itself: no service worker inside it.
if (!underLms) registerServiceWorker();
