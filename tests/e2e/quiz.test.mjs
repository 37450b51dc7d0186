// The quiz engine in a real browser: every question kind answered with the mouse, by touch
// and with the keyboard alone; feedback and results shown; an attempt survives a reload.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, watchPage } from './browser.mjs';
import { fileUrl } from './helpers.mjs';
import { answerCurrent, moveOn, takeWholeQuiz } from './quiz-driver.mjs';

const REVIEW = '/lessons/final-review/quiz';

let browser;
before(async () => (browser = await launch({ hasTouch: true })));
after(async () => browser?.close());

for (const how of ['mouse', 'touch', 'keyboard']) {
  test(`a whole quiz can be done by ${how}, with every kind of question`, async () => {
    const page = await browser.context.newPage();
    const problems = watchPage(page);
    try {
      const kinds = await takeWholeQuiz(page, REVIEW, how);
      assert.deepEqual([...kinds].sort(), [
        'categorize',
        'multiple-choice',
        'order',
        'short-answer',
        'single-choice',
        'tag-sentences',
      ]);
      assert.match(await page.locator('.score-number').textContent(), /^\d+(\.\d)?%$/);
      assert.ok(
        await page.getByRole('heading', { name: 'Telling supported from unsupported' }).isVisible(),
      );
      assert.deepEqual(problems, []);
    } finally {
      // Each test starts with no attempt in progress.
      await page.evaluate(() => localStorage.clear());
      await page.close();
    }
  });
}

test('an attempt in progress survives a reload, on the same question', async () => {
  const page = await browser.context.newPage();
  await page.goto(fileUrl(REVIEW));
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  for (let i = 0; i < 2; i++) {
    await answerCurrent(page, 'mouse');
    await moveOn(page, 'mouse');
  }
  const heading = await page.locator('.question-heading').textContent();
  assert.match(heading, /^Question 3 of/);
  await page.reload();
  await page.locator('.question-heading').waitFor();
  assert.equal(await page.locator('.question-heading').textContent(), heading);
  assert.match(await page.locator('.quiz-progress label').textContent(), /2 of \d+ answered/);
  await page.close();
});
