// The offline search practice (Lesson 2): an opened result shows the page, not the expert's
// conclusions; those come after the learner has said what the page adds. Following a Sources
// link and pressing Back returns to the same search: results, judgements and scroll position.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './browser.mjs';
import { fileUrl, waitForHeading } from './helpers.mjs';

let browser;
before(async () => (browser = await launch({ viewport: { width: 375, height: 812 } })));
after(async () => browser?.close());

test('the search survives a round trip to Sources, and the expert speaks only after the learner', async () => {
  const page = await browser.context.newPage();
  await page.goto(fileUrl('/lessons/authorship'));
  await waitForHeading(page);
  const search = page.getByRole('button', { name: /"Pouia Tajali" CeSEM/ });
  await search.click();
  const cards = page.locator('.result-card');
  const [first, second] = [cards.nth(0), cards.nth(1)];

  // A result as a search engine lists it: title, address and snippet, nothing opened yet.
  await assert.doesNotReject(
    first.getByText(/^https:\/\/www\.cese-m\.eu\/cesem\/2025\/05\//).waitFor(),
  );
  assert.equal(await first.locator('.result-opened').count(), 0);

  await first.getByRole('button', { name: /^Open this result/ }).click();
  // Opened: what is on the page, and a question to the learner, but no expert's view yet.
  await first.getByText('On the page:').waitFor();
  assert.match(await first.innerText(), /byline "di Pouia Tajali"/);
  assert.equal(await first.getByText('The expert’s view:').count(), 0);
  assert.doesNotMatch(await first.innerText(), /no biography of this author was found/);
  await first.getByRole('button', { name: 'It is a clue worth following' }).click();
  await first.getByText('The expert’s view:').waitFor();
  assert.match(await first.innerText(), /no biography of this author was found/);
  assert.match(await first.innerText(), /You said: It is a clue worth following\./);

  // The second result is opened but not judged when the learner leaves.
  await second.getByRole('button', { name: /^Open this result/ }).click();
  await second.getByText('On the page:').waitFor();
  const link = first.locator('.result-source a');
  await link.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const where = await page.evaluate(() => Math.round(scrollY));

  await link.click();
  await page.getByRole('heading', { level: 1, name: 'Sources' }).waitFor();
  await page.goBack();
  await waitForHeading(page);

  assert.equal(await search.getAttribute('aria-pressed'), 'true', 'the search is still chosen');
  assert.match(await first.innerText(), /You said: It is a clue worth following\./);
  assert.equal(await second.getByText('The expert’s view:').count(), 0);
  assert.equal(await second.getByRole('button', { name: /^It answers part/ }).count(), 1);
  await page
    .waitForFunction((y) => Math.abs(scrollY - y) < 40, where, { timeout: 3000 })
    .catch(() => {});
  const back = await page.evaluate(() => Math.round(scrollY));
  assert.ok(Math.abs(back - where) < 40, `scrolled to ${back}, was at ${where}`);
  await page.evaluate(() => localStorage.clear());
  await page.close();
});
