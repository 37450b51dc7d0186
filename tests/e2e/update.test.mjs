// A hosted copy that is updated on the server: the learner's open page picks up the new
// version and says so ("a new version is available").
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { launch } from './browser.mjs';
import { DIST, startServer, waitForHeading } from './helpers.mjs';

let browser;
let site;
before(async () => {
  browser = await launch();
  site = mkdtempSync(join(tmpdir(), 'casestudy-site-'));
  cpSync(DIST, site, { recursive: true });
});
after(async () => {
  await browser?.close();
  rmSync(site, { recursive: true, force: true });
});

test('tells the learner when a new version has been installed', async () => {
  const server = await startServer(site);
  const page = await browser.context.newPage();
  try {
    await page.goto(server.url);
    await waitForHeading(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((ok) =>
          navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }),
        );
      }
    });

    // Publish a new version the way a teacher would: build again (here with one changed line
    // in index.html) and copy the result over the old one. The service worker that build
    // generates lists a new revision for index.html.
    const swBefore = readFileSync(join(site, 'sw.js'), 'utf8');
    await build({
      configFile: resolve('vite.config.ts'),
      logLevel: 'silent',
      build: { outDir: site, emptyOutDir: true },
      plugins: [
        {
          name: 'mark-new-version',
          transformIndexHtml: (html) => html.replace('</body>', '<!-- v2 --></body>'),
        },
      ],
    });
    assert.notEqual(readFileSync(join(site, 'sw.js'), 'utf8'), swBefore);

    // The app asks for updates when the tab becomes visible again.
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await page.getByText('A new version of this module is available.').waitFor({ timeout: 15000 });
    await page.getByRole('button', { name: 'Reload now' }).click();
    await waitForHeading(page);
    assert.match(await page.content(), /<!-- v2 -->/);
  } finally {
    await server.stop();
    await page.close();
  }
});
