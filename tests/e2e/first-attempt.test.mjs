// First tries are the evidence: two learners take Lesson 1's quiz, one retries what she missed
// and gets it right; their downloaded files, opened in Teacher → Class results, still show each
// first attempt first (table, CSV, and the learner's printable report), the retry only as
// "best after retries". Screenshots of the results and class results go to
// test-results/first-attempt/ to look at.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launch, watchPage } from './browser.mjs';
import { fileUrl, waitForHeading } from './helpers.mjs';
import { answerRightly, moveOn, takeWholeQuiz } from './quiz-driver.mjs';

const QUIZ = '/lessons/unsupported-claims/quiz';
const SHOTS = resolve('test-results/first-attempt');

let browser;
let dir;
before(async () => {
  browser = await launch();
  dir = mkdtempSync(join(tmpdir(), 'first-attempt-'));
  mkdirSync(SHOTS, { recursive: true });
});
after(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function download(page, button) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return { path, name: file.suggestedFilename() };
}

async function downloadResults(page) {
  await page.goto(fileUrl('/progress'));
  await waitForHeading(page);
  return (await download(page, 'Download my results')).path;
}

async function setTeacherMode(page, on) {
  await page.goto(fileUrl('/teacher'));
  await waitForHeading(page);
  await page.getByRole('checkbox', { name: /Teacher mode is/ }).setChecked(on);
}

/** Whole-number percentage on screen ("62%") → 62. */
const number = (text) => Number(/(\d+)%/.exec(text)?.[1]);

async function shoot(page, name) {
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({
        path: join(SHOTS, `${name}-${width}-${scheme}.png`),
        fullPage: true,
      });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** A tiny CSV reader for the file the app writes (every cell quoted). */
function parseCsv(text) {
  return text
    .trim()
    .split('\r\n')
    .map((line) => [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1].replace(/""/g, '"')));
}

test('a retry to a better score never hides the first attempt from the teacher', async () => {
  const page = await browser.context.newPage();
  const problems = watchPage(page);

  // Learner 1: one attempt.
  await takeWholeQuiz(page, QUIZ);
  const firstOfOne = number(await page.locator('.score-number').textContent());
  const fileOne = await downloadResults(page);

  // Bea: one attempt, then "Retry only the N I missed", every retried question answered right.
  await page.getByLabel('Add a learner').fill('Bea');
  await page.getByRole('button', { name: 'Add and switch' }).click();
  await takeWholeQuiz(page, QUIZ);
  const firstOfBea = number(await page.locator('.score-number').textContent());
  await setTeacherMode(page, true);
  await page.goto(fileUrl(QUIZ));
  await waitForHeading(page);
  await page.getByRole('button', { name: /^Retry only the \d+ I missed$/ }).click();
  for (let more = true, i = 0; more && i < 30; i++) {
    await page.locator('.question-heading').waitFor();
    await answerRightly(page);
    await page.locator('.feedback').first().waitFor();
    more = await moveOn(page, 'mouse');
  }
  await page.getByRole('heading', { level: 1, name: /^Results/ }).waitFor();
  // The results page leads with the first attempt; the retry comes second.
  assert.equal(number(await page.locator('.score-number').textContent()), firstOfBea);
  const retryLine = await page.locator('.score-retry').textContent();
  const retry = number(/This retry: (\d+%)/.exec(retryLine)?.[1]);
  const best = number(/Best after retries: (\d+%)/.exec(retryLine)?.[1]);
  assert.ok(retry > firstOfBea, `the retry (${retry}%) beat the first attempt (${firstOfBea}%)`);
  assert.equal(best, retry);
  await shoot(page, 'results-after-retry');
  await setTeacherMode(page, false);

  // Her printable report: first attempt first, best after retries apart.
  await page.goto(fileUrl('/progress/report'));
  await waitForHeading(page);
  const reportRow = page.getByRole('row', { name: /^Lesson 1/ });
  const cells = await reportRow.getByRole('cell').allTextContents();
  assert.equal(number(cells[0]), firstOfBea, `report row: ${cells.join(' | ')}`);
  assert.equal(number(cells[2]), best);
  const fileBea = await downloadResults(page);

  // The teacher opens both files.
  await page.goto(fileUrl('/teacher/class-results'));
  await waitForHeading(page);
  await page.getByLabel(/Results files/).setInputFiles([fileOne, fileBea]);
  const table = page.getByRole('table', { name: /First-attempt quiz score/ });
  await table.waitFor();
  const lessonOne = async (name) =>
    table
      .getByRole('row', { name: new RegExp(`^${name}`) })
      .getByRole('cell')
      .first();
  const bea = await lessonOne('Bea');
  assert.equal(number(await bea.locator('.cell-first').textContent()), firstOfBea);
  assert.match(await bea.textContent(), new RegExp(`best after retries ${best}%`));
  const one = await lessonOne('Learner 1');
  assert.equal(number(await one.locator('.cell-first').textContent()), firstOfOne);
  await page
    .getByRole('heading', { name: 'Questions most often missed on the first attempt' })
    .waitFor();
  assert.equal(await page.getByText('No question was missed on a first attempt.').count(), 0);
  await shoot(page, 'class-results');

  // The CSV: first-attempt columns lead and hold the first attempt; best after retries apart.
  const csv = await download(page, /Download as CSV/);
  assert.match(csv.name, /^class-results-\d{4}-\d\d-\d\dT\d{4}Z\.csv$/);
  const [header, ...rows] = parseCsv(readFileSync(csv.path, 'utf8'));
  const row = (name) =>
    Object.fromEntries(header.map((h, i) => [h, rows.find((r) => r[0] === name)?.[i]]));
  assert.equal(header[1], 'Lesson 1 first attempt %');
  assert.equal(row('Bea')['Lesson 1 first attempt %'], String(firstOfBea));
  assert.equal(row('Bea')['Lesson 1 best % after retries'], String(best));
  assert.equal(row('Bea')['Lesson 1 attempts'], '2');
  assert.equal(row('Learner 1')['Lesson 1 first attempt %'], String(firstOfOne));
  assert.match(row('Bea').exported, /^\d{4}-\d\d-\d\d \d\d:\d\d UTC$/);
  assert.deepEqual(problems, []);
  await page.close();
});
