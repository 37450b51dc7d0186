// A whole lesson — reading, practice, quiz, results — done with the keyboard alone, checking
// after every key press that focus is somewhere sensible and visibly marked.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, watchPage } from './browser.mjs';
import { fileUrl, waitForHeading } from './helpers.mjs';
import { kindOf, settle } from './quiz-driver.mjs';

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

/** Where focus is, and whether a sighted keyboard user can see it. */
function focusState(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { lost: true, visible: false, what: 'body' };
    const style = getComputedStyle(el);
    const ring =
      (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
      style.boxShadow !== 'none';
    // Headings and containers focused by the app (tabindex=-1) are reading positions, not
    // controls; they are not reached by Tab and need no ring.
    const programmatic = el.getAttribute('tabindex') === '-1';
    return {
      lost: false,
      visible: ring || programmatic,
      what: `${el.tagName.toLowerCase()} ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 50)}`,
    };
  });
}

function keyboard(page) {
  const press = async (key) => {
    await page.keyboard.press(key);
    // A navigation or a re-render may take a moment to place focus; it must land somewhere.
    let f = await focusState(page);
    for (let i = 0; f.lost && i < 20; i++) {
      await page.waitForTimeout(50);
      f = await focusState(page);
    }
    assert.ok(!f.lost, `focus was lost after pressing ${key}`);
    assert.ok(f.visible, `focus is not visible on ${f.what} after pressing ${key}`);
  };
  /** Tab forward until `target` has focus, checking focus at every step. */
  const tabTo = async (target, limit = 600) => {
    await settle(page);
    const handle = await target.elementHandle();
    for (let i = 0; i < limit; i++) {
      if (await page.evaluate((el) => document.activeElement === el, handle)) return;
      await press('Tab');
    }
    throw new Error('Tab never reached the target');
  };
  return { press, tabTo };
}

test('a whole lesson can be done with the keyboard alone, with focus always visible', async () => {
  const page = await browser.context.newPage();
  const problems = watchPage(page);
  const { press, tabTo } = keyboard(page);
  await page.goto(fileUrl('/'));
  await waitForHeading(page);

  // The skip link comes first.
  await press('Tab');
  assert.equal(
    await page.evaluate(() => document.activeElement.textContent),
    'Skip to main content',
  );

  // Reading: open Lesson 1 from the menu, then Tab through the whole lesson text.
  await tabTo(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Lesson 1/ }),
  );
  await press('Enter');
  await page.getByRole('heading', { level: 1, name: /^Lesson 1/ }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1');

  // Practice: every question of the first activity, answered and checked from the keyboard.
  const activities = await page.locator('.activity').count();
  const practice = page.locator('.activity').first();
  const cards = practice.locator('.question-card');
  for (let i = 0; i < (await cards.count()); i++) {
    const card = cards.nth(i);
    if ((await kindOf(card)) === 'categorize') {
      const groups = card.locator('.categorize-item');
      for (let g = 0; g < (await groups.count()); g++) {
        await tabTo(groups.nth(g).locator('input[type=radio]').first());
        await press('Space');
      }
    } else {
      await tabTo(card.locator('input').first());
      await press('Space');
    }
    await tabTo(card.getByRole('button', { name: 'Check' }));
    await press('Enter');
    await card.locator('.feedback').waitFor();
  }

  // Quiz: from the lesson's own link.
  await tabTo(page.getByRole('link', { name: /Take the quiz/ }));
  await press('Enter');
  await tabTo(page.getByRole('button', { name: 'Start the quiz' }));
  await press('Enter');
  for (let n = 0; n < 40; n++) {
    const card = page.locator('.question-card').first();
    await card.locator('.question-heading').waitFor();
    const kind = await kindOf(card);
    if (kind === 'categorize') {
      const groups = card.locator('.categorize-item');
      for (let g = 0; g < (await groups.count()); g++) {
        await tabTo(groups.nth(g).locator('input[type=radio]').first());
        await press('Space');
      }
    } else if (kind === 'order') {
      await tabTo(card.getByRole('button', { name: /^Move down/ }).first());
      await press('Enter');
    } else if (kind === 'short-answer') {
      await tabTo(card.locator('textarea'));
      await page.keyboard.type('Name the evidence: who produced it, when, and where to read it.');
      await tabTo(card.getByRole('button', { name: 'Compare with the rubric' }));
      await press('Enter');
      await tabTo(card.locator('.rubric-levels input[type=radio]').first());
      await press('Space');
      await tabTo(card.getByRole('button', { name: 'Save my self-assessment' }));
      await press('Enter');
    } else {
      await tabTo(card.locator('.question-fieldset input').first());
      await press('Space');
    }
    if (kind !== 'short-answer') {
      await tabTo(card.getByRole('button', { name: 'Check' }));
      await press('Enter');
    }
    await card.locator('.feedback').waitFor();
    // After Check, focus moves to the feedback so it is read next.
    assert.equal(
      await page.evaluate(() => document.activeElement.classList.contains('feedback')),
      true,
    );
    const again = card.getByRole('button', { name: 'Try again' });
    if (await again.count()) {
      await tabTo(again);
      await press('Enter');
      await tabTo(card.getByRole('button', { name: 'Check' }));
      await press('Enter');
    }
    const next = card.getByRole('button', { name: 'Next question' });
    if (await next.count()) {
      await tabTo(next);
      await press('Enter');
      // The next question's heading takes focus.
      await page.waitForFunction(() =>
        document.activeElement?.classList.contains('question-heading'),
      );
      continue;
    }
    await tabTo(card.getByRole('button', { name: 'See my results' }));
    await press('Enter');
    break;
  }

  // Results.
  await page.getByRole('heading', { level: 1, name: /^Results/ }).waitFor();
  assert.match(await page.locator('.score-number').textContent(), /%$/);
  await tabTo(page.getByRole('link', { name: /Back to Lesson 1/ }));

  // Progress records the lesson as read, practised and taken.
  await page.goto(fileUrl('/progress'));
  const lesson1 = page.locator('.progress-item').first();
  assert.match(await lesson1.textContent(), new RegExp(`Practice done: 1 of ${activities}(?!\\d)`));
  assert.match(await lesson1.textContent(), /Quiz attempts: 1/);
  assert.doesNotMatch(await lesson1.textContent(), /Sections read: 0 of/);
  assert.deepEqual(problems, []);
  await page.close();
});
