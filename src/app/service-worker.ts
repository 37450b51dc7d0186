import { useNoticeStore } from '../stores/notice-store';

/**
 * Registers the service worker only when served over http(s): on file:// registration is
 * impossible and the manifest link would log CORS errors (tech-notes §1.2).
 *
 * The worker is generated with skipWaiting + clientsClaim, so a new version takes control as
 * soon as it is installed; a controller change on a page that already had a controller
 * therefore means "a new version is ready", and the learner is told to reload.
 */
export function registerServiceWorker() {
  if (!('serviceWorker' in navigator) || !location.protocol.startsWith('http')) return;
  const link = document.createElement('link');
  link.rel = 'manifest';
  link.href = './manifest.webmanifest';
  document.head.append(link);

  // The first controller of a first visit is not an update; any later change is.
  let controlled = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (controlled) useNoticeStore.getState().setUpdateReady();
    controlled = true;
  });

  // After the page has loaded, so installing never competes with the first render; at once if
  // the app's code ever runs after the load event (it did while content was unpacked async).
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

function register() {
  navigator.serviceWorker
    .register('./sw.js', { scope: './' })
    .then((registration) => {
      // Browsers defer update checks; ask again whenever the learner comes back to the tab.
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') registration.update().catch(() => {});
      });
    })
    .catch(() => {
      // Offline use still works from the browser cache or file://; nothing to tell the learner.
    });
}
