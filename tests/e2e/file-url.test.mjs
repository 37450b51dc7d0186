// The built index.html opened by double-click (file://): every route renders, survives a
// reload, logs no error and asks the network for nothing.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, watchPage } from './browser.mjs';
import { discoverRoutes, fileUrl, waitForHeading } from './helpers.mjs';

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

test('every route renders from file://, also after a reload, with no errors or requests', async () => {
  const page = await browser.context.newPage();
  const problems = watchPage(page);
  await page.goto(fileUrl('/'));
  await waitForHeading(page);
  const routes = await discoverRoutes(page);
  assert.ok(routes.length >= 10, `expected the full navigation, found ${routes.join(', ')}`);
  for (const route of routes) {
    await page.goto(fileUrl(route));
    await waitForHeading(page);
    const heading = await page.locator('#main h1').first().textContent();
    assert.notEqual(heading, 'Page not found', `${route} is a dead link`);
    assert.notEqual(heading, 'Something went wrong', `${route} crashed`);
    await page.reload();
    await waitForHeading(page);
    assert.equal(await page.locator('#main h1').first().textContent(), heading);
    assert.match(await page.title(), new RegExp(`^${escape(heading)} · `));
  }
  assert.deepEqual(problems, []);
});

test('clicking through the navigation moves focus to each new heading', async () => {
  const page = await browser.context.newPage();
  const problems = watchPage(page);
  await page.goto(fileUrl('/'));
  await waitForHeading(page);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /^Glossary/ })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Glossary' }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');
  await page.goBack();
  await waitForHeading(page);
  assert.equal(new URL(page.url()).hash, '#/');
  assert.deepEqual(problems, []);
});

test('an unknown address shows the not-found page', async () => {
  const page = await browser.context.newPage();
  await page.goto(fileUrl('/there-is-no-such-page'));
  await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
});

test('display settings survive a reload', async () => {
  const page = await browser.context.newPage();
  const problems = watchPage(page);
  await page.goto(fileUrl('/'));
  await waitForHeading(page);
  await page.getByRole('button', { name: 'Display' }).click();
  await page.getByRole('radio', { name: 'Dark' }).check();
  await page.getByRole('radio', { name: 'Larger' }).check();
  await page.reload();
  await waitForHeading(page);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  assert.equal(await page.evaluate(() => document.documentElement.style.fontSize), '125%');
  assert.deepEqual(problems, []);
});

test('garbage in storage does not stop the app: it starts, says so once, keeps a backup', async () => {
  const page = await browser.context.newPage();
  await page.goto(fileUrl('/'));
  await waitForHeading(page);
  await page.evaluate(() =>
    localStorage.setItem('infowar-casestudy:mek-resistance-units:state', '{"oops'),
  );
  await page.reload();
  await waitForHeading(page);
  await page.getByText('could not be read').waitFor();
  const backups = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.includes(':backup:')),
  );
  assert.equal(backups.length, 1);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), backups[0]), '{"oops');
});

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
