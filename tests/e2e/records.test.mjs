// A learner's record leaves the device and comes back: download results, reset, import the
// file, and see the same progress. A bad file changes nothing.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, watchPage } from './browser.mjs';
import { fileUrl, waitForHeading } from './helpers.mjs';
import { answerCurrent, moveOn } from './quiz-driver.mjs';

let browser;
let dir;
before(async () => {
  browser = await launch();
  dir = mkdtempSync(join(tmpdir(), 'records-'));
});
after(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function attempts(page) {
  return page
    .locator('.progress-item')
    .first()
    .getByText(/^Quiz attempts:/)
    .textContent();
}

test('export, reset, import: the same progress comes back', async () => {
  const page = await browser.context.newPage();
  const problems = watchPage(page);
  await page.goto(fileUrl('/lessons/unsupported-claims/quiz'));
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  for (let more = true, i = 0; more && i < 30; i++) {
    await answerCurrent(page, 'mouse');
    more = await moveOn(page, 'mouse');
  }
  await page.getByRole('heading', { level: 1, name: /^Results/ }).waitFor();
  const score = await page.locator('.score-number').textContent();

  await page.goto(fileUrl('/progress'));
  await waitForHeading(page);
  const before = await attempts(page);
  assert.equal(before, `Quiz attempts: 1 · first ${score}`);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download my results' }).click(),
  ]);
  const saved = join(dir, download.suggestedFilename());
  await download.saveAs(saved);
  assert.match(download.suggestedFilename(), /^results-Learner-1-\d{4}-\d\d-\d\d\.json$/);

  await page.getByRole('button', { name: /^Reset .* progress…$/ }).click();
  await page.getByRole('button', { name: 'Yes, reset' }).click();
  assert.equal(await attempts(page), 'Quiz attempts: 0');

  await page.getByLabel('Results file (.json)').setInputFiles(saved);
  const preview = page.getByRole('region', { name: 'What the file contains' });
  await preview.waitFor();
  await preview.getByRole('radio', { name: /^Replace/ }).check();
  await preview.getByRole('button', { name: 'Import' }).click();
  await page.getByText(/^Replaced .* results/).waitFor();
  assert.equal(await attempts(page), before);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a file that is not a results file is refused, and nothing changes', async () => {
  const page = await browser.context.newPage();
  await page.goto(fileUrl('/progress'));
  await waitForHeading(page);
  const stored = await page.evaluate(() =>
    localStorage.getItem('infowar-casestudy:mek-resistance-units:state'),
  );
  const bad = join(dir, 'holiday-photos.json');
  writeFileSync(bad, '{"photos": [1, 2, 3]}');
  await page.getByLabel('Results file (.json)').setInputFiles(bad);
  await page
    .getByRole('alert')
    .getByText(/not a results file from this module/)
    .waitFor();
  assert.equal(
    await page.evaluate(() => localStorage.getItem('infowar-casestudy:mek-resistance-units:state')),
    stored,
  );
  await page.close();
});
