// What a phone or a laptop shows without scrolling: the Display menu fits the screen at every
// text size, and the start page's Start button is above the fold.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './browser.mjs';
import { fileUrl, waitForHeading } from './helpers.mjs';

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

/** Where an element is, and whether all of it is inside the viewport. */
async function placement(locator) {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const box = {
      left: Math.round(r.left),
      top: Math.round(r.top),
      right: Math.round(r.right),
      bottom: Math.round(r.bottom),
      viewport: `${innerWidth}×${innerHeight}`,
    };
    const inside =
      r.width > 0 && r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight;
    return { inside, box };
  });
}

for (const [width, height] of [
  [320, 640],
  [375, 812],
  [1280, 800],
]) {
  test(`the Display menu fits a ${width}×${height} screen at every text size`, async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width, height });
    await page.goto(fileUrl('/'));
    await waitForHeading(page);
    const display = page.getByRole('button', { name: 'Display' });
    const panel = page.locator('.settings-panel');
    for (const size of ['Normal', 'Large', 'Larger', 'Largest']) {
      if ((await display.getAttribute('aria-expanded')) !== 'true') await display.click();
      // A real click, which fails if the control is off-screen or covered.
      await page.getByRole('radio', { name: size, exact: true }).click();
      const { inside, box } = await placement(panel);
      assert.ok(inside, `at text size ${size} the open panel is at ${JSON.stringify(box)}`);
      for (const name of ['Same as device', 'Light', 'Dark', 'Normal', 'Largest']) {
        await page.getByRole('radio', { name, exact: true }).click({ trial: true });
      }
    }
    await page.getByRole('button', { name: 'Done' }).click();
    assert.equal(await panel.isVisible(), false);
    assert.equal(await display.evaluate((el) => el === document.activeElement), true);
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });
}

for (const [width, height] of [
  [375, 812],
  [1280, 800],
]) {
  test(`the start page's first ${width}×${height} screen says what this is, how long it takes, and where to start`, async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width, height });
    await page.goto(fileUrl('/'));
    await waitForHeading(page);
    const letters = async (selector) =>
      (await page.locator(selector).innerText()).toLowerCase().replace(/[^a-z]/g, '');
    assert.notEqual(await letters('#main h1'), await letters('.brand'), 'h1 = the site title');
    for (const locator of [
      page.getByText(/^This module looks closely at one real article/),
      page.getByText(/^About \d+ minutes in all/),
      page.getByRole('link', { name: /^Start with/ }),
    ]) {
      const { inside, box } = await placement(locator);
      assert.ok(inside, `${locator} is below the fold or off-screen: ${JSON.stringify(box)}`);
    }

    // A returning learner is offered to continue, on the first screen too.
    await page.goto(fileUrl('/lessons/authorship'));
    await waitForHeading(page);
    await page.goto(fileUrl('/'));
    await waitForHeading(page);
    const resume = page.getByRole('link', { name: /^Continue: Lesson 2/ });
    const { inside, box } = await placement(resume);
    assert.ok(inside, `Continue is below the fold or off-screen: ${JSON.stringify(box)}`);
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });
}
