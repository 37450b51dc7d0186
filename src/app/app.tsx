import { StrictMode } from 'react';
import { AppRoutes } from './routes';
import { AppReady } from './app-ready';

/**
 * The whole app, under whichever router the caller provides: a hash router in the browser
 * (src/main.tsx), a memory router in the build's pre-render (prerender.tsx). Both render this
 * same tree, so React can take over the pre-rendered start page as it is (hydration) instead
 * of drawing it again.
 */
export function App() {
  return (
    <StrictMode>
      <AppRoutes />
      <AppReady />
    </StrictMode>
  );
}
