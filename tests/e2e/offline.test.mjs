// Served over http from 127.0.0.1 (at the root and from a subfolder): after one visit the
// service worker keeps every route working offline, also with the server gone, and a deep
// link opened in a new tab still loads.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, watchPage } from './browser.mjs';
import { DIST, discoverRoutes, startServer, waitForHeading } from './helpers.mjs';

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

for (const [label, prefix] of [
  ['the web root', ''],
  ['a subfolder', 'dist/'],
]) {
  test(`works offline after one visit when hosted at ${label}`, async () => {
    const server = await startServer(DIST);
    const base = `${server.url}${prefix}`;
    const page = await browser.context.newPage();
    const problems = watchPage(page);
    try {
      await page.goto(base);
      await waitForHeading(page);
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller) {
          await new Promise((ok) =>
            navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }),
          );
        }
      });
      assert.equal(
        await page.evaluate(() => document.querySelector('link[rel="manifest"]') !== null),
        true,
      );
      const routes = await discoverRoutes(page);

      await browser.context.setOffline(true);
      await server.stop();
      for (const route of routes) {
        await page.goto(`${base}#${route}`);
        await waitForHeading(page);
        const heading = await page.locator('#main h1').first().textContent();
        assert.notEqual(heading, 'Page not found', `${route} did not load offline`);
      }
      const fresh = await browser.context.newPage();
      await fresh.goto(`${base}#/glossary`);
      await fresh.getByRole('heading', { level: 1, name: 'Glossary' }).waitFor();
      // Proof that the network really is gone: an uncached file cannot be fetched.
      const fetched = await fresh.evaluate(() =>
        fetch('./not-cached.txt').then(
          () => 'fetched',
          () => 'failed',
        ),
      );
      assert.equal(fetched, 'failed');
      await fresh.close();
    } finally {
      await browser.context.setOffline(false);
      await server.stop();
      await page.close();
    }
    assert.deepEqual(
      problems.filter((p) => !p.includes('not-cached.txt')),
      [],
    );
  });
}
