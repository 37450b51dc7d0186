// On a 320 px phone, at the normal and the largest text size: the order question fits and
// keeps one layout before and after Check, and an expert note opens right below its marker.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './browser.mjs';
import { fileUrl, waitForHeading } from './helpers.mjs';
import { answerCurrent, kindOf, moveOn } from './quiz-driver.mjs';

let browser;
// A touch screen, as on a phone: the controls are tapped.
before(async () => (browser = await launch({ hasTouch: true })));
after(async () => browser?.close());

async function phone(size) {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(fileUrl('/'));
  await waitForHeading(page);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await waitForHeading(page);
  if (size !== 'Normal') {
    await page.getByRole('button', { name: 'Display' }).click();
    await page.getByRole('radio', { name: size, exact: true }).click();
    await page.getByRole('button', { name: 'Done' }).click();
  }
  return page;
}

/**
 * Each item of the order question: whether it and its buttons are inside the screen, and its
 * layout (where the buttons sit against the text, and the share of the width the text has).
 */
function orderLayout(card) {
  return card.locator('.order-item').evaluateAll((items) =>
    items.map((item) => {
      const box = (el) => el.getBoundingClientRect();
      const i = box(item);
      const text = box(item.querySelector('.order-text'));
      const buttons = [...item.querySelectorAll('button')].map(box);
      const inside = (r) => r.left >= 0 && r.right <= innerWidth && r.left >= i.left - 0.5;
      return {
        text: item.querySelector('.order-text').textContent.slice(0, 30),
        fits: inside(i) && buttons.every((b) => inside(b) && b.right <= i.right + 0.5),
        buttons: buttons.map((b) => (b.top >= text.bottom - 1 ? 'below' : 'beside')).join(','),
        textShare: Math.round((text.width / i.width) * 20) / 20,
      };
    }),
  );
}

for (const size of ['Normal', 'Largest']) {
  test(`the order question fits a 320 px screen at ${size} text, with one layout before and after Check`, async () => {
    const page = await phone(size);
    await page.goto(fileUrl('/lessons/unsupported-claims/quiz'));
    await waitForHeading(page);
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    const card = page.locator('.question-card').first();
    for (let i = 0; i < 30; i++) {
      await page.locator('.question-heading').waitFor();
      if ((await kindOf(card)) === 'order') break;
      await answerCurrent(page, 'mouse');
      await page.locator('.feedback').first().waitFor();
      await moveOn(page, 'mouse');
    }
    assert.equal(await kindOf(card), 'order', 'the quiz has an order question');

    // A real tap on the last Down button and the first Up button: they must be reachable.
    await card
      .getByRole('button', { name: /^Move up/ })
      .last()
      .tap();
    await card
      .getByRole('button', { name: /^Move down/ })
      .first()
      .tap();
    const beforeCheck = await orderLayout(card);
    for (const item of beforeCheck) {
      assert.ok(item.fits, `"${item.text}…" or its buttons leave the screen or the card`);
      // Squeezed to a word per line, the text had a fifth of the row.
      assert.ok(item.textShare >= 0.6, `"${item.text}…" has ${item.textShare} of its row`);
    }
    await card.getByRole('button', { name: 'Check' }).tap();
    await card.locator('.feedback').waitFor();
    assert.equal(await card.locator('.order-item .mark').count(), beforeCheck.length);
    assert.deepEqual(await orderLayout(card), beforeCheck, 'the layout changed after Check');
    await page.close();
  });
}

test('an expert note opens right below its marker on a 320 px screen', async () => {
  for (const size of ['Normal', 'Largest']) {
    const page = await phone(size);
    await page.goto(fileUrl('/case-study'));
    await waitForHeading(page);
    await page.getByRole('checkbox', { name: /Show expert notes/ }).check();
    // A marker in the middle of a long paragraph: sentence 6 is followed by more sentences.
    const marker = page.getByRole('button', { name: /notes? on sentence 6:/ });
    await marker.tap();
    const panel = page.locator('#notes-available-evidence-shows');
    await panel.waitFor();
    const [m, p, view] = await Promise.all([
      marker.evaluate((el) => el.getBoundingClientRect().toJSON()),
      panel.evaluate((el) => el.getBoundingClientRect().toJSON()),
      page.evaluate(() => innerHeight),
    ]);
    const gap = p.top - m.bottom;
    assert.ok(gap >= 0 && gap < 40, `at ${size} text the note starts ${Math.round(gap)} px below`);
    assert.ok(p.top < view, `at ${size} text the note starts below the screen (${p.top})`);
    assert.equal(await marker.getAttribute('aria-expanded'), 'true');
    assert.equal(await marker.getAttribute('aria-controls'), 'notes-available-evidence-shows');
    // The rest of the paragraph continues after the note.
    const next = page.locator('#sentence-staged-and-artificial');
    assert.ok((await next.evaluate((el) => el.getBoundingClientRect().top)) > p.bottom);
    await page.evaluate(() => localStorage.clear());
    await page.close();
  }
});
