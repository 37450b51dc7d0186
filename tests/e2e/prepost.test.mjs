// The before-and-after check, as learners and a teacher use it: two learners whose ids give
// them different first forms take the before-check (no feedback), the final review, then the
// after-check (both results), and the teacher opens both results files in Class results.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { launch, watchPage } from './browser.mjs';
import { axeViolations, fileUrl, outlineProblems, waitForHeading } from './helpers.mjs';
import { takeWholeQuiz } from './quiz-driver.mjs';

const STORAGE_KEY = 'infowar-casestudy:mek-resistance-units:state';

let browser;
let dir;
before(async () => {
  browser = await launch({ acceptDownloads: true });
  dir = mkdtempSync(join(tmpdir(), 'prepost-'));
});
after(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The right answer of every check item, by its claim, from the forms in lessons/checks/. */
const keys = new Map(
  ['a', 'b'].flatMap((f) =>
    parse(readFileSync(`lessons/checks/form-${f}.yaml`, 'utf8')).items.map((i) => [
      i.claim.trim(),
      i.answer,
    ]),
  ),
);

/** FNV-1a, as src/scoring/random.ts: the app gives form A first to ids whose hash is even. */
function firstForm(id) {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % 2 === 0 ? 'A' : 'B';
}

/** One learner id for each first form. */
const ids = {};
for (let i = 0; Object.keys(ids).length < 2; i++) ids[firstForm(`l-class${i}`)] ??= `l-class${i}`;

/**
 * Starts the browser's storage afresh with one learner saved by the previous version of the
 * module (version 2, before the check existed): the update gives them their first form.
 */
async function seedLearner(page, id, name) {
  await page.goto(fileUrl('/'));
  await waitForHeading(page);
  await page.evaluate(
    ([key, value]) => {
      localStorage.clear();
      localStorage.setItem(key, value);
    },
    [
      STORAGE_KEY,
      JSON.stringify({
        version: 2,
        state: {
          settings: { theme: 'system', textSize: 'normal', teacherMode: false },
          learners: {
            [id]: {
              id,
              name,
              createdAt: 0,
              lessons: {},
              activities: {},
              quizzes: {},
              lastVisited: null,
            },
          },
          activeLearnerId: id,
        },
      }),
    ],
  );
  await page.reload();
  await waitForHeading(page);
}

/** Answers every item of an open check: `choose(claim)` says "supported" or "unsupported". */
async function answerCheck(page, choose) {
  const count = Number(/of (\d+)/.exec(await page.locator('.question-heading').textContent())[1]);
  for (let i = 0; i < count; i++) {
    await page.getByRole('heading', { name: `Text ${i + 1} of ${count}` }).waitFor();
    const claim = (
      await page.locator('.check-claim > p:not(.check-claim-label)').innerText()
    ).trim();
    const answer = choose(claim);
    await page
      .getByRole('radio', { name: answer === 'supported' ? /^Supported/ : /^Not supported/ })
      .check();
    if (i < count - 1) await page.getByRole('button', { name: 'Next text' }).click();
  }
  return count;
}

async function downloadResults(page, name) {
  await page.goto(fileUrl('/progress'));
  await waitForHeading(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download my results' }).click(),
  ]);
  const path = join(dir, `${name}.json`);
  await download.saveAs(path);
  return path;
}

const files = [];

/** axe-core (WCAG 2.2 AA) and the screen-reader outline of the page as it is now. */
async function accessible(page, where) {
  assert.deepEqual(
    [where, ...(await axeViolations(page)), ...(await outlineProblems(page))],
    [where],
  );
}

for (const [first, second, name] of [
  ['A', 'B', 'Ana'],
  ['B', 'A', 'Ben'],
]) {
  test(`${name} takes form ${first} before Lesson 1 and form ${second} after the final review`, async () => {
    const page = await browser.context.newPage();
    const problems = watchPage(page);
    await seedLearner(page, ids[first], name);

    // Offered on the start page; the before-check uses this learner's first form.
    await page.getByRole('link', { name: 'Take the before-check' }).click();
    await page.getByRole('heading', { level: 1, name: `Before-check (Form ${first})` }).waitFor();
    await accessible(page, 'the before-check introduction');
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('heading', { name: /^Text 1 of/ }).waitFor();
    await accessible(page, 'a before-check item');
    // Finishing with items unanswered is refused, saying which.
    await page.getByRole('radio', { name: /^Supported/ }).check();
    const unanswered = async () => {
      for (let i = 0; i < 30; i++) {
        const next = page.getByRole('button', { name: 'Next text' });
        if (!(await next.count())) return;
        await next.click();
      }
    };
    await unanswered();
    await page.getByRole('button', { name: 'Finish the before-check' }).click();
    await page
      .getByRole('alert')
      .getByText(/texts have no answer yet/)
      .waitFor();
    await accessible(page, 'the before-check, finished too early');
    await page.getByRole('button', { name: 'Previous text' }).click();
    for (
      let i = 0;
      i < 30 && (await page.getByRole('button', { name: 'Previous text' }).count());
      i++
    ) {
      await page.getByRole('button', { name: 'Previous text' }).click();
    }
    // Doubting everything: every weak claim flagged, every supported one wrongly doubted.
    const items = await answerCheck(page, () => 'unsupported');
    await page.getByRole('button', { name: 'Finish the before-check' }).click();
    await page.getByText(/Your before-check is saved/).waitFor();

    // No feedback on the before-check: no figures, marks or answers anywhere.
    const noFeedback = async () => {
      const text = await page.locator('#main').innerText();
      for (const leak of [/flagged \d+ of/, /Discernment/, /Right answer/, /Not right/, /✓/]) {
        assert.doesNotMatch(text, leak);
      }
    };
    await noFeedback();
    await page.goto(fileUrl('/check'));
    await waitForHeading(page);
    await page.getByText(/done\. Its results are shown after the after-check/).waitFor();
    await noFeedback();
    await page.goto(fileUrl('/check/post'));
    await waitForHeading(page);
    await page.getByText(/The after-check opens when you have finished the quiz/).waitFor();

    // The final review's results page offers the after-check, with the other form.
    await takeWholeQuiz(page, '/lessons/final-review/quiz');
    await page.getByRole('link', { name: 'Take the after-check' }).click();
    await page.getByRole('heading', { level: 1, name: `After-check (Form ${second})` }).waitFor();
    await page.getByRole('button', { name: 'Start' }).click();
    // Now every item right.
    await answerCheck(page, (claim) => keys.get(claim));
    await page.getByRole('button', { name: 'Finish the after-check' }).click();

    // Both results, side by side, in plain words; then every answer can be reviewed.
    await page.getByRole('heading', { level: 2, name: 'Your results' }).waitFor();
    const table = page.getByRole('table', { name: 'Your two checks, side by side' });
    const half = items / 2;
    assert.deepEqual(await table.locator('tbody tr').allInnerTexts(), [
      `Before-check (Form ${first})\t${half} of ${half} (100%)\t${half} of ${half} (100%)\t0`,
      `After-check (Form ${second})\t${half} of ${half} (100%)\t0 of ${half} (0%)\t+100`,
    ]);
    await page
      .getByText(
        `Before-check: you flagged ${half} of ${half} weak claims; wrongly doubted ${half} of ${half} well-supported ones.`,
      )
      .waitFor();
    await page.getByText('Your discernment went from 0 to +100').waitFor();
    await page
      .getByText(`Show all ${items} texts, with your answers and the reasons`)
      .first()
      .click();
    assert.equal(await page.locator('.review-item').filter({ visible: true }).count(), items);
    await accessible(page, 'both results, with the review open');

    files.push(await downloadResults(page, name));
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test('Class results show each learner before and after, and the class change with its n', async () => {
  assert.equal(files.length, 2, 'the two learners above saved their results');
  const page = await browser.context.newPage();
  const problems = watchPage(page);
  await page.goto(fileUrl('/teacher/class-results'));
  await waitForHeading(page);
  await page.getByLabel(/Results files/).setInputFiles(files);
  const section = page.getByRole('region', { name: 'Before-and-after check' });
  await section.getByText(/rests on the 2 learners who finished both checks/).waitFor();
  await section
    .getByText(/mean discernment went from 0 before to \+100 after: a change of \+100/)
    .waitFor();
  // Counterbalanced: one learner started with each form.
  await section.getByText(/1 here started with form A,\s+1 with form B/).waitFor();
  const rows = await section
    .getByRole('table', { name: 'Each learner’s checks, before and after' })
    .locator('tbody tr')
    .allInnerTexts();
  assert.equal(rows.length, 2);
  assert.match(rows[0], /^Ana\t0 \(form A\)[\s\S]*\+100 \(form B\)[\s\S]*\t\+100$/);
  assert.match(rows[1], /^Ben\t0 \(form B\)[\s\S]*\+100 \(form A\)[\s\S]*\t\+100$/);
  // The chart, with its figures as a table for anyone who would rather read.
  const chart = section.getByRole('img', { name: /before \(filled bars\) and after/ });
  assert.equal(await chart.count(), 1);
  await section.getByText('The same figures as a table').click();
  await section.getByRole('row', { name: /Discernment .* 0 \+100 \+100/ }).waitFor();
  await accessible(page, 'class results with the check');

  // The CSV carries the figures in its own columns.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /Download as CSV/ }).click(),
  ]);
  const csv = readFileSync(await download.path(), 'utf8');
  const [header, firstRow] = csv.split('\r\n');
  assert.match(
    header,
    /"before-check form",.*"before-check: discernment","after-check form",.*"after-check: discernment","check: discernment change","exported"$/,
  );
  // Form, weak claims flagged, weak claims, well-supported doubted, well-supported, discernment;
  // then the after-check the same way, the change and the export time.
  assert.match(
    firstRow,
    /"Ana",.*"form-a","6","6","6","6","0","form-b","6","6","0","6","100","100","[^"]+ UTC"$/,
  );
  assert.deepEqual(problems, []);
  await page.close();
});
