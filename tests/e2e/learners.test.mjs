// Shared laptops: the quiz page names the learner at the top, and "Not you? Switch" leads to
// choosing or adding a learner, then back to the same quiz.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, watchPage } from './browser.mjs';
import { fileUrl, waitForHeading } from './helpers.mjs';
import { answerCurrent, moveOn } from './quiz-driver.mjs';

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

const QUIZ = '/lessons/authorship/quiz';

for (const [width, height] of [
  [375, 812],
  [1280, 800],
]) {
  test(`the quiz page names the learner, with a way to switch (${width}×${height})`, async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width, height });
    await page.goto(fileUrl(QUIZ));
    await waitForHeading(page);
    const chip = page.getByRole('banner').locator('.learner-chip');
    assert.match(await chip.innerText(), /Working as Learner 1/);

    await chip.getByRole('link', { name: 'Not you? Switch' }).click();
    await page.getByRole('heading', { level: 1, name: 'Who is working?' }).waitFor();
    await page.getByRole('textbox', { name: 'Your name' }).fill(`Dana ${width}`);
    await page.getByRole('button', { name: 'Start as a new learner' }).click();

    await page.getByRole('heading', { level: 1, name: /quiz/ }).waitFor();
    assert.equal(new URL(page.url()).hash, `#${QUIZ}`);
    assert.match(await chip.innerText(), new RegExp(`Working as Dana ${width}`));
    const box = await chip.locator('.learner-name').boundingBox();
    assert.ok(box && box.y >= 0 && box.y + box.height <= height, 'the name is on the first screen');
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });
}

test('switching learners in the middle of a quiz keeps each one’s attempt apart', async () => {
  const page = await browser.context.newPage();
  const problems = watchPage(page);
  await page.goto(fileUrl(QUIZ));
  await waitForHeading(page);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await answerCurrent(page, 'mouse');
  await moveOn(page, 'mouse');
  const where = await page.locator('.question-heading').textContent();

  const switchLink = page.getByRole('link', { name: 'Not you? Switch' });
  await switchLink.click();
  await page.getByRole('textbox', { name: 'Your name' }).fill('Bea');
  await page.getByRole('button', { name: 'Start as a new learner' }).click();
  await page.getByRole('button', { name: 'Start the quiz' }).waitFor();

  await switchLink.click();
  await page.getByRole('button', { name: 'I am Learner 1' }).click();
  await page.locator('.question-heading').waitFor();
  assert.equal(await page.locator('.question-heading').textContent(), where);
  assert.deepEqual(problems, []);
  await page.evaluate(() => localStorage.clear());
  await page.close();
});
