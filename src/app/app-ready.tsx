import { useLayoutEffect } from 'react';

/** Runs once React has committed the first page, before the browser paints it. */
export function AppReady() {
  useLayoutEffect(() => {
    // A deep link kept the pre-rendered start page hidden until now (index.html).
    document.documentElement.classList.remove('deep-link');
    // From here on the page is the live app, not the pre-rendered copy (tests wait for this).
    document.documentElement.dataset.app = 'ready';
    if (performance.getEntriesByName('app: render').length) {
      performance.measure('app: first render', 'app: render');
    }
  }, []);
  return null;
}
