// Start-up from file://: the pre-rendered start page is taken over (hydrated) on a first visit
// and drawn afresh for a returning learner, and every page opens without an error on a slow
// machine (4× CPU slowdown). How fast is `npm run bench`'s business, not a test's.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, watchPage } from './browser.mjs';
import { discoverRoutes, fileUrl, waitForHeading } from './helpers.mjs';

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

/** Keeps the h1 the HTML parser creates, before any of the app's code runs. */
function keepParsedHeading() {
  new MutationObserver((_, observer) => {
    const h1 = document.querySelector('#main h1');
    if (!h1) return;
    window.__parsedHeading = h1;
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
}

const sameHeading = (page) =>
  page.evaluate(() => document.querySelector('#main h1') === window.__parsedHeading);

test('a first visit keeps the pre-rendered start page (hydrated, not drawn again), and it works', async () => {
  const page = await browser.context.newPage();
  const problems = watchPage(page);
  await page.addInitScript(keepParsedHeading);
  await page.goto(fileUrl('/'));
  await waitForHeading(page);
  assert.equal(await sameHeading(page), true, 'the start page was drawn again');

  // The layout is live: the Display menu opens.
  await page.getByRole('button', { name: 'Display' }).click();
  await page.getByRole('radio', { name: 'Dark' }).check();
  assert.equal(await page.locator('html').getAttribute('data-theme'), 'dark');
  await page.getByRole('button', { name: 'Done' }).click();
  // So is the page inside it (hydrated after the layout): the name form saves a name.
  await page.getByLabel('Your name (optional)').fill('Ana');
  await page.getByRole('button', { name: 'Save name' }).click();
  await page.locator('.learner-name', { hasText: 'Ana' }).waitFor();
  // And its links go where they say.
  await page.getByRole('link', { name: /^Start with/ }).click();
  await page.getByRole('heading', { level: 1, name: /^Lesson 1/ }).waitFor();
  assert.deepEqual(problems, []);
  await page.evaluate(() => localStorage.clear());
  await page.close();
});

test('a returning learner gets the start page drawn afresh, with their own progress', async () => {
  const page = await browser.context.newPage();
  const problems = watchPage(page);
  await page.addInitScript(keepParsedHeading);
  await page.goto(fileUrl('/lessons/authorship'));
  await waitForHeading(page);
  await page.goto(fileUrl('/'));
  await waitForHeading(page);
  await page.getByRole('link', { name: /^Continue: Lesson 2/ }).waitFor();
  assert.equal(await sameHeading(page), false, 'the first-visit page was kept');
  assert.equal(await page.getByRole('link', { name: /^Start with/ }).count(), 0);
  assert.deepEqual(problems, []);
  await page.evaluate(() => localStorage.clear());
  await page.close();
});

test('every page opens straight from its address at 4× CPU slowdown, with no error', async () => {
  const probe = await browser.context.newPage();
  await probe.goto(fileUrl('/'));
  await waitForHeading(probe);
  const routes = await discoverRoutes(probe);
  await probe.close();
  assert.ok(routes.length >= 10, `expected the full navigation, found ${routes.join(', ')}`);
  for (const route of routes) {
    const page = await browser.context.newPage();
    const problems = watchPage(page);
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(fileUrl(route));
    await waitForHeading(page);
    const heading = await page.locator('#main h1').first().textContent();
    assert.notEqual(heading, 'Page not found', `${route} is a dead link`);
    assert.notEqual(heading, 'Something went wrong', `${route} crashed`);
    // The pre-rendered start page never shows through on another page.
    assert.equal(await page.locator('html.deep-link').count(), 0);
    assert.deepEqual(problems, [], route);
    await page.close();
  }
});
