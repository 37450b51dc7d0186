/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { VitePWA } from 'vite-plugin-pwa';
import { lessonsPlugin } from './src/content/compile/vite-plugin.ts';
import { prerenderStartPage } from './scripts/prerender-plugin.ts';
import { contentSecurityPolicyPlugin } from './scripts/csp-plugin.ts';

// The manifest link is added from code only when served over http(s): on file:// Chromium
// logs CORS errors for it (tech-notes §6).
// Module scripts run after parsing anyway; at the end of <body> the inlined script no longer
// delays the parser reaching the pre-rendered start page (first heading sooner).
const scriptToEndOfBody: Plugin = {
  name: 'script-to-end-of-body',
  enforce: 'post',
  generateBundle(_options, bundle) {
    const html = bundle['index.html'];
    if (html?.type !== 'asset' || typeof html.source !== 'string') return;
    const script = /<script type="module"[^>]*>[\s\S]*?<\/script>\s*/.exec(html.source);
    if (!script) return;
    html.source = html.source
      .replace(script[0], '')
      .replace('</body>', `${script[0].trim()}\n</body>`);
  },
};

const stripManifestLink: Plugin = {
  name: 'strip-manifest-link',
  enforce: 'post',
  transformIndexHtml: {
    order: 'post',
    handler: (html) => html.replace(/<link rel="manifest"[^>]*>/, ''),
  },
};

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
// The install icon travels inside the manifest as a data: URL: the page's policy lets images
// come only from data: (README, "Privacy"), and browsers fetch manifest icons under it.
const iconSvg = readFileSync(new URL('./src/app/icon.svg', import.meta.url), 'utf8').trim();
const icon = `data:image/svg+xml,${encodeURIComponent(iconSvg)}`;

export default defineConfig(({ mode }) => ({
  // Recorded in exported learning records, so a teacher can see which copy produced them.
  define: { __MODULE_VERSION__: JSON.stringify(version) },
  // Relative base: the same dist/ works from file://, a web root and any subfolder.
  base: './',
  plugins: [
    // Validates and compiles lessons/ first: bad content stops the build. LESSONS_DIR lets a
    // test build from another copy of the folder.
    lessonsPlugin(process.env.LESSONS_DIR ?? 'lessons'),
    react(),
    // Everything in one index.html, because file:// blocks module scripts loaded from files.
    viteSingleFile(),
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false, // registered in src/app/service-worker.ts, http(s) only
      manifest: {
        name: 'Information-warfare claims: a case study',
        short_name: 'Case study',
        description: 'Spot unsupported claims, identify authorship and check for counter-evidence.',
        start_url: '.',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1f4e79',
        icons: [{ src: icon, sizes: 'any', type: 'image/svg+xml' }],
      },
      workbox: {
        globPatterns: ['**/*.{html,webmanifest}'],
        navigateFallback: 'index.html',
        // Not implied when injectRegister is false; without them the first page is never
        // controlled and updates wait for every tab to close.
        clientsClaim: true,
        skipWaiting: true,
        // singlefile empties assetsDir, which would make the default match everything and
        // precache index.html without a revision, so returning users would never get updates.
        dontCacheBustURLsMatching: /^assets\//,
      },
    }),
    stripManifestLink,
    scriptToEndOfBody,
    // The start page as static HTML in index.html, so its heading shows before any script runs.
    ...(mode === 'prerender' || process.env.VITEST
      ? []
      : [prerenderStartPage(fileURLToPath(import.meta.url))]),
    // Last: hashes the final inline code into a Content-Security-Policy (README, "Privacy").
    contentSecurityPolicyPlugin(),
  ],
  build: {
    // The single file is the product; a size warning at Vite's default 500 kB is noise here.
    chunkSizeWarningLimit: 2000,
    // One inlined script has nothing to preload; the polyfill would be dead weight.
    modulePreload: { polyfill: false },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    restoreMocks: true,
    // .ci/run asks for a JSON report to print a plain "N passed, M failed" line.
    ...(process.env.VITEST_JSON_REPORT
      ? {
          reporters: ['default', 'json'],
          outputFile: { json: process.env.VITEST_JSON_REPORT },
        }
      : {}),
  },
}));
