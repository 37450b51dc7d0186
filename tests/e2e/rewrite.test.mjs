// Lesson 1's "Switch sides" task (a short answer with a rubric) in a real browser: done by
// keyboard alone, with both constructed model versions seen; kept after a reload; no
// accessibility violations while comparing, light or dark; on paper, the rubric and the two
// versions follow the writing space.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, watchPage } from './browser.mjs';
import { axeViolations, fileUrl, waitForHeading } from './helpers.mjs';
import { settle, tabTo } from './quiz-driver.mjs';

const LESSON = '/lessons/unsupported-claims';
const REWRITE =
  'In December 2022 the mullahs\u2019 regime claimed once again to have smashed "operational cells" in three provinces. Reports from inside Iran confirm that the brave youths of the units fight on.';

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

const task = (page) =>
  page.locator('.activity', { has: page.getByRole('heading', { name: /Switch sides/ }) });

test('the rewrite task can be done by keyboard, showing both model versions', async () => {
  const page = await browser.context.newPage();
  const problems = watchPage(page);
  await page.goto(fileUrl(LESSON));
  await waitForHeading(page);
  const card = task(page).locator('.question-card');
  const press = (key) => page.keyboard.press(key);

  await tabTo(page, card.locator('textarea'));
  await page.keyboard.type(REWRITE);
  await tabTo(page, card.getByRole('button', { name: 'Compare with the rubric' }));
  await press('Enter');
  await settle(page);
  // Focus moves to the rubric, which starts with the self-check prompt.
  assert.equal(
    await page.evaluate(() => document.activeElement?.textContent),
    'Compare your answer with the three levels below.',
  );
  assert.match(await card.locator('.self-check').textContent(), /which two techniques/);
  assert.equal(await card.locator('.rubric-level').count(), 3);

  await tabTo(page, card.getByText('See a model answer'));
  await press('Enter');
  for (const version of [
    'Version 1, in the style of an outlet hostile to the MEK',
    'Version 2, in the style of an MEK or NCRI outlet',
  ]) {
    assert.ok(await card.getByText(version).isVisible(), version);
  }
  const model = card.locator('.model-answer-more');
  assert.match(await model.textContent(), /Both are constructed/);
  assert.equal(await model.getByText('(constructed)').count(), 2);
  for (const technique of ['loaded language', 'vague attribution', 'claim about intent']) {
    assert.equal(await model.locator('blockquote', { hasText: `(${technique})` }).count(), 2);
  }

  // Radio buttons: Tab into the group, Space chooses, arrows move the choice.
  await tabTo(page, card.getByRole('radio', { name: /^Beginning/ }));
  await press('Space');
  await press('ArrowDown');
  assert.ok(await card.getByRole('radio', { name: /^Developing/ }).isChecked());
  await tabTo(page, card.getByRole('button', { name: 'Save my self-assessment' }));
  await press('Enter');
  await card.locator('.feedback').waitFor();
  assert.match(await card.locator('.verdict').textContent(), /Self-assessed — half the marks/);
  assert.match(await card.locator('.rubric-placed').textContent(), /at Developing\./);

  // Kept on this device.
  await page.reload();
  await waitForHeading(page);
  assert.equal(await card.locator('textarea').inputValue(), REWRITE);
  assert.ok(await card.getByRole('radio', { name: /^Developing/ }).isChecked());
  assert.deepEqual(problems, []);
  await page.evaluate(() => localStorage.clear());
  await page.close();
});

test('comparing with the rubric has no accessibility violations, light or dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme });
    await page.goto(fileUrl(LESSON));
    await waitForHeading(page);
    const card = task(page).locator('.question-card');
    await card.locator('textarea').fill(REWRITE);
    await card.getByRole('button', { name: 'Compare with the rubric' }).click();
    await card.getByText('See a model answer').click();
    await card.getByRole('radio', { name: /^Secure/ }).check();
    assert.deepEqual(await axeViolations(page), [], colorScheme);
    // The draft is saved; the next page starts from nothing.
    await page.evaluate(() => localStorage.clear());
    await page.close();
  }
});

test('on paper, the rubric and both model versions follow the writing space', async () => {
  const page = await browser.context.newPage();
  await page.goto(fileUrl(LESSON));
  await waitForHeading(page);
  const paper = task(page).locator('.print-only');
  assert.equal(await paper.isVisible(), false);
  await page.emulateMedia({ media: 'print' });
  assert.ok(await paper.isVisible());
  assert.equal(await paper.locator('.rubric-entry').count(), 3);
  assert.match(await paper.textContent(), /Version 1, in the style of an outlet hostile/);
  assert.match(await paper.textContent(), /Version 2, in the style of an MEK or NCRI outlet/);
  assert.equal(
    await task(page).getByRole('button', { name: 'Compare with the rubric' }).isVisible(),
    false,
  );
  await page.close();
});
