// Printable views print cleanly on A4 and Letter: no navigation, nothing cut off at the right
// edge, and a PDF that Chromium can produce. The PDFs are kept in test-results/print/ to look at,
// and each test reports its page count. Answer keys must stay compact (a key table, then short
// explanations): Lesson 1's once took 13 A4 pages for 12 questions.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launch } from './browser.mjs';
import { fileUrl, waitForHeading } from './helpers.mjs';
import { takeWholeQuiz } from './quiz-driver.mjs';

const OUT = resolve('test-results/print');
// Printable width at 96 px/in: A4 210 mm and Letter 8.5 in, minus 15 mm margins each side.
const WIDTHS = {
  A4: Math.floor(((210 - 30) / 25.4) * 96),
  Letter: Math.floor((8.5 - 30 / 25.4) * 96),
};

const VIEWS = [
  ['lesson', '/lessons/unsupported-claims', null],
  [
    'annotated-article',
    '/case-study',
    async (page) => {
      await page.getByRole('checkbox', { name: /Show expert notes/ }).check();
      await page.getByRole('button', { name: 'Open all notes' }).click();
    },
  ],
  ['worksheet', '/teacher/worksheet/counter-evidence', null],
  ['answer-key', '/teacher/answer-key/counter-evidence', null],
  ['answer-key-lesson-1', '/teacher/answer-key/unsupported-claims?seed=4821', null],
  [
    'progress',
    '/progress',
    async (page) => {
      // The quiz-scores chart needs a finished quiz (the profile is shared by these tests).
      if (!(await page.locator('.score-chart').count())) {
        await takeWholeQuiz(page, '/lessons/unsupported-claims/quiz');
        await page.goto(fileUrl('/progress'));
        await waitForHeading(page);
      }
      await page.locator('.score-chart svg').waitFor();
    },
  ],
  // After "progress", so that the report has a finished quiz to show.
  ['report', '/progress/report', null],
];

/** At most this many pages on A4 and Letter (Lesson 3's key: 16 questions, its explanations
 * quoting the fresh texts; a key that prints every question in full again takes 13 or more). */
const MAX_PAGES = { 'answer-key': 6, 'answer-key-lesson-1': 5, report: 2 };

/** Pages in a PDF Chromium wrote: its page objects ("/Type /Page", not "/Pages"). */
const pageCount = (pdf) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;

let browser;
before(async () => {
  browser = await launch();
  mkdirSync(OUT, { recursive: true });
});
after(async () => browser?.close());

for (const [name, route, prepare] of VIEWS) {
  for (const [format, width] of Object.entries(WIDTHS)) {
    test(`${name} prints cleanly on ${format}`, async (t) => {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width, height: 1000 });
      await page.goto(fileUrl(route));
      await waitForHeading(page);
      if (prepare) await prepare(page);
      await page.emulateMedia({ media: 'print' });
      const hidden = await page.evaluate(() =>
        ['.site-header', '.site-nav', '.site-footer'].map(
          (s) => getComputedStyle(document.querySelector(s)).display,
        ),
      );
      assert.deepEqual(hidden, ['none', 'none', 'none']);
      const overflowing = await page.evaluate((limit) => {
        const out = [];
        for (const el of document.querySelectorAll('main *')) {
          const r = el.getBoundingClientRect();
          if (r.width > 0 && r.right > limit + 1)
            out.push(`${el.tagName}.${el.className}: ${Math.round(r.right)}px`);
        }
        return out.slice(0, 5);
      }, width);
      assert.deepEqual(overflowing, [], `content wider than a ${format} page`);
      const pdf = await page.pdf({
        format,
        margin: { top: '16mm', bottom: '16mm', left: '15mm', right: '15mm' },
      });
      assert.equal(pdf.subarray(0, 4).toString(), '%PDF');
      writeFileSync(join(OUT, `${name}-${format}.pdf`), pdf);
      const pages = pageCount(pdf);
      t.diagnostic(`${name}, ${format}: ${pages} pages`);
      assert.ok(pages >= 1);
      if (MAX_PAGES[name]) assert.ok(pages <= MAX_PAGES[name], `${pages} pages`);
      await page.close();
    });
  }
}

test('"Go deeper" blocks are closed on screen, open in print, and closed again afterwards', async () => {
  const page = await browser.context.newPage();
  await page.goto(fileUrl('/lessons/counter-evidence'));
  await waitForHeading(page);
  const openCount = () =>
    page.evaluate(
      () => [...document.querySelectorAll('details.deeper')].filter((d) => d.open).length,
    );
  const total = await page.locator('details.deeper').count();
  assert.ok(total > 0, 'the lesson has Go deeper blocks');
  assert.equal(await openCount(), 0);
  // Registered after the app's own listener, so it sees the page as it is printed.
  await page.evaluate(() => {
    window.openWhilePrinting = -1;
    addEventListener('beforeprint', () => {
      window.openWhilePrinting = document.querySelectorAll('details.deeper[open]').length;
    });
  });
  await page.pdf({ format: 'A4' });
  assert.equal(await page.evaluate(() => window.openWhilePrinting), total);
  assert.equal(await openCount(), 0);
  await page.close();
});
