// Printed worksheets do not give answers away by position, and an answer key matches the sheet
// of the same version. Checked against the authored content in lessons/ (the order options are
// written in, and the keys), not against the app's own idea of them.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { launch, watchPage } from './browser.mjs';
import { fileUrl, waitForHeading } from './helpers.mjs';

const LESSONS = resolve('lessons');

/** Every lesson's quiz as authored: id → { questions in order, each with its kind and key }. */
function authoredQuizzes() {
  const quizzes = new Map();
  for (const folder of readdirSync(LESSONS, { withFileTypes: true })) {
    const quizFile = join(LESSONS, folder.name, 'quiz.yaml');
    if (!folder.isDirectory() || !readdirSync(join(LESSONS, folder.name)).includes('quiz.yaml'))
      continue;
    const lessonId = /^id: (\S+)$/m.exec(
      readFileSync(join(LESSONS, folder.name, 'lesson.md'), 'utf8'),
    )?.[1];
    quizzes.set(lessonId, parse(readFileSync(quizFile, 'utf8')).questions);
  }
  return quizzes;
}

/** The parts of a question in authored order (what the learner picks from or arranges). */
function authoredParts(q) {
  if (q.kind === 'single-choice' || q.kind === 'multiple-choice') return q.options.map((o) => o.id);
  if (q.kind === 'tag-sentences') return q.candidates;
  if (q.kind === 'categorize' || q.kind === 'order') return q.items.map((i) => i.id);
  return [];
}

/** The printed ids of every question on a sheet, in printed order. */
async function printedParts(page) {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('.worksheet-question')].map((q) => [
        q.dataset.questionId,
        [...q.querySelectorAll('[data-id]')].map((el) => el.dataset.id),
      ]),
    ),
  );
}

async function open(page, route) {
  await page.goto(fileUrl(route));
  await waitForHeading(page);
}

const letterIndex = (letter) => letter.toUpperCase().charCodeAt(0) - 65;

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

const quizzes = authoredQuizzes();

test('printed options are shuffled: the right answer is not where it was written', async () => {
  const page = await browser.context.newPage();
  let singles = 0;
  let keyFirst = 0;
  let multiples = 0;
  let keyOnTop = 0;
  let inWrittenOrder = 0;
  let choiceQuestions = 0;
  for (const [lessonId, questions] of quizzes) {
    await open(page, `/teacher/worksheet/${lessonId}?seed=4821`);
    await page.emulateMedia({ media: 'print' });
    assert.ok(
      await page.locator('.worksheet-version').getByText('Version 4821').isVisible(),
      'the version is printed',
    );
    const printed = await printedParts(page);
    await page.emulateMedia({ media: 'screen' });
    for (const q of questions) {
      const written = authoredParts(q);
      const got = printed[q.id];
      assert.deepEqual([...got].sort(), [...written].sort(), `${q.id}: every part printed once`);
      if (q.kind === 'single-choice') {
        singles += 1;
        if (got[0] === q.answer) keyFirst += 1;
      }
      if (q.kind === 'multiple-choice') {
        multiples += 1;
        if (got.slice(0, q.answer.length).every((id) => q.answer.includes(id))) keyOnTop += 1;
      }
      if (q.kind === 'single-choice' || q.kind === 'multiple-choice') {
        choiceQuestions += 1;
        if (got.join() === written.join()) inWrittenOrder += 1;
      }
      if (q.kind === 'order') assert.notDeepEqual(got, written, `${q.id}: not in the right order`);
    }
  }
  assert.ok(singles >= 5 && multiples >= 3, 'enough questions to judge by');
  assert.ok(keyFirst <= singles / 3, `key printed first in ${keyFirst} of ${singles}`);
  assert.ok(keyOnTop <= multiples / 3, `keys exactly on top in ${keyOnTop} of ${multiples}`);
  assert.ok(
    inWrittenOrder <= choiceQuestions / 5,
    `${inWrittenOrder} of ${choiceQuestions} in the written order`,
  );
  await page.close();
});

test('the answer key of a version matches the sheet of that version, and only that one', async () => {
  const page = await browser.context.newPage();
  const problems = watchPage(page);
  for (const [lessonId, questions] of quizzes) {
    await open(page, `/teacher/worksheet/${lessonId}?seed=4821`);
    const printed = await printedParts(page);
    // From the sheet, the matching key is one click away, and keeps the version.
    await page.getByRole('link', { name: 'Answer key for version 4821' }).click();
    await page.getByRole('heading', { level: 1, name: /answer key$/ }).waitFor();
    const entries = await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('.compact-key li')].map((li) => [
          li.dataset.questionId,
          li.querySelector('.key-entry').textContent,
        ]),
      ),
    );
    assert.equal(Object.keys(entries).length, questions.length);
    for (const [i, q] of questions.entries()) {
      const entry = entries[q.id];
      const sheet = printed[q.id];
      const number = await page
        .locator('.compact-key li')
        .nth(i)
        .locator('.key-number')
        .textContent();
      assert.equal(number, String(i + 1), `${q.id} is numbered as on the sheet`);
      const letters = entry.split(', ');
      switch (q.kind) {
        case 'single-choice':
          assert.equal(sheet[letterIndex(entry)], q.answer, `${q.id}: ${entry}`);
          break;
        case 'multiple-choice':
        case 'tag-sentences':
          assert.deepEqual(
            letters.map((l) => sheet[letterIndex(l)]).sort(),
            [...q.answer].sort(),
            `${q.id}: ${entry}`,
          );
          break;
        case 'categorize':
          for (const pair of letters) {
            const [item, label] = pair.split(/\s/);
            const id = sheet[letterIndex(item)];
            const authored = q.items.find((it) => it.id === id);
            assert.equal(q.labels[letterIndex(label)].id, authored.answer, `${q.id}: ${pair}`);
          }
          break;
        case 'order':
          for (const pair of letters) {
            const [letter, place] = pair.split(/\s/);
            const id = sheet[letterIndex(letter)];
            assert.equal(q.items[Number(place) - 1].id, id, `${q.id}: ${pair}`);
          }
          break;
        default:
          assert.equal(entry, 'model answer below');
      }
    }
  }
  // Another version prints another order, so its key differs.
  await open(page, '/teacher/answer-key/unsupported-claims?seed=4821');
  const one = await page.locator('.compact-key').textContent();
  await page.getByLabel('Version printed on a sheet').fill('77');
  await page.getByRole('button', { name: 'Show this version' }).click();
  await page.getByText('Version 77', { exact: true }).waitFor();
  assert.notEqual(await page.locator('.compact-key').textContent(), one);
  assert.deepEqual(problems, []);
  await page.close();
});

test('"New version" shuffles again and puts the new version in the address', async () => {
  const page = await browser.context.newPage();
  await open(page, '/teacher/worksheet/authorship');
  assert.ok(await page.getByText('Version 1', { exact: true }).isVisible());
  await page.getByRole('button', { name: /^New version/ }).click();
  await page.waitForURL(/\?seed=\d{4}$/);
  const version = /seed=(\d+)/.exec(page.url())[1];
  await page.getByText(`Version ${version}`, { exact: true }).waitFor();
  await page.close();
});
