import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';

// Node-environment tests (build pipeline) share this file; they have no DOM.
const dom = typeof window !== 'undefined';

beforeEach(() => {
  if (dom) localStorage.clear();
});

afterEach(() => {
  cleanup();
});

// jsdom has no matchMedia; the app asks it for the device's colour scheme.
if (dom && !window.matchMedia) {
  window.matchMedia = (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener: () => {},
    removeEventListener: () => {},
    addListener: () => {},
    removeListener: () => {},
    dispatchEvent: () => false,
  });
}
// jsdom does not implement scrolling.
if (dom) Element.prototype.scrollIntoView ??= function scrollIntoView() {};
