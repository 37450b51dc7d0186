// Drives a quiz in Chromium the way a learner would: with the mouse, by touch, or with the
// keyboard alone (Tab to reach a control, Space/Enter/arrows to use it).
import { fileUrl, waitForHeading } from './helpers.mjs';

/** Presses Tab until `target` has focus; fails if it never does (focus lost or trapped). */
export async function tabTo(page, target, limit = 400) {
  // The app moves focus in the next animation frame after some actions; let it settle first.
  await settle(page);
  const handle = await target.elementHandle();
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((el) => document.activeElement === el, handle)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${await target.evaluate((el) => el.outerHTML.slice(0, 120))}`);
}

/** Waits two animation frames, so focus moves the app schedules have happened. */
export function settle(page) {
  return page.evaluate(
    () => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))),
  );
}

async function use(page, locator, how, key = 'Space') {
  if (how === 'keyboard') {
    await tabTo(page, locator);
    await page.keyboard.press(key);
  } else if (how === 'touch') {
    await locator.tap();
  } else {
    await locator.click();
  }
}

/** Which kind of question a card shows, told apart by its widget (one answer per kind). */
export async function kindOf(card) {
  const has = async (selector) => (await card.locator(selector).count()) > 0;
  if (await has('textarea')) return 'short-answer';
  if (await has('.order-list')) return 'order';
  if (await has('.categorize-list')) return 'categorize';
  if (await has('.tag-list')) return 'tag-sentences';
  if (await has('.question-fieldset input[type=radio]')) return 'single-choice';
  if (await has('.question-fieldset input[type=checkbox]')) return 'multiple-choice';
  throw new Error('a question card with no widget this driver knows');
}

/** Answers the question on screen (not necessarily rightly) and presses Check. */
export async function answerCurrent(page, how) {
  const card = page.locator('.question-card').first();
  const kind = await kindOf(card);
  switch (kind) {
    case 'single-choice':
      await use(page, card.locator('input[type=radio]').first(), how);
      break;
    case 'multiple-choice':
    case 'tag-sentences':
      await use(page, card.locator('.question-fieldset input[type=checkbox]').first(), how);
      break;
    case 'categorize': {
      const groups = card.locator('.categorize-item');
      for (let i = 0; i < (await groups.count()); i++) {
        await use(page, groups.nth(i).locator('input[type=radio]').first(), how);
      }
      break;
    }
    case 'order':
      await use(page, card.getByRole('button', { name: /^Move down/ }).first(), how, 'Enter');
      break;
    case 'short-answer': {
      const box = card.locator('textarea');
      if (how === 'keyboard') await tabTo(page, box);
      else await box.click();
      await page.keyboard.type(
        'I would ask which video is meant and look for the original upload.',
      );
      await use(
        page,
        card.getByRole('button', { name: 'Compare with the model answer' }),
        how,
        'Enter',
      );
      await use(page, card.locator('.model-answer input[type=checkbox]').first(), how);
      await use(page, card.getByRole('button', { name: 'Save my self-assessment' }), how, 'Enter');
      return kind;
    }
  }
  await use(page, card.getByRole('button', { name: 'Check' }), how, 'Enter');
  return kind;
}

/** After Check: try again once if offered, then go on. Returns false after the last question. */
export async function moveOn(page, how) {
  const card = page.locator('.question-card').first();
  const again = card.getByRole('button', { name: 'Try again' });
  if (await again.count()) {
    await use(page, again, how, 'Enter');
    await use(page, card.getByRole('button', { name: 'Check' }), how, 'Enter');
  }
  const next = card.getByRole('button', { name: 'Next question' });
  if (await next.count()) {
    await use(page, next, how, 'Enter');
    return true;
  }
  await use(page, card.getByRole('button', { name: 'See my results' }), how, 'Enter');
  return false;
}

/** Opens a quiz, starts it, answers every question and waits for the results. */
export async function takeWholeQuiz(page, route, how = 'mouse') {
  await page.goto(fileUrl(route));
  await waitForHeading(page);
  const start = page.getByRole('button', { name: 'Start the quiz' });
  if (how === 'keyboard') {
    await start.focus();
    await page.keyboard.press('Enter');
  } else if (how === 'touch') await start.tap();
  else await start.click();
  const kinds = new Set();
  let more = true;
  for (let i = 0; more && i < 40; i++) {
    await page.locator('.question-heading').waitFor();
    kinds.add(await answerCurrent(page, how));
    await page.locator('.feedback').first().waitFor();
    more = await moveOn(page, how);
  }
  await page.getByRole('heading', { level: 1, name: /^Results/ }).waitFor();
  return kinds;
}

const norm = (s) => s.replace(/\s+/g, ' ').trim();

/**
 * Answers the question on screen rightly and presses Check, reading the right answer from the
 * answer key that teacher mode shows in the card (turn teacher mode on first). Short answers
 * are self-assessed and answered as answerCurrent does.
 */
export async function answerRightly(page) {
  const card = page.locator('.question-card').first();
  const kind = await kindOf(card);
  if (kind === 'short-answer') return answerCurrent(page, 'mouse');
  const key = card.locator('.answer-key');
  if (!(await key.count())) throw new Error('answerRightly needs teacher mode (no answer key)');
  // Lists (several options, sentences, items) are an .answer-list; a single option is the
  // text right after the summary, before the explanation.
  const entries = await key.evaluate((el) => {
    const list = el.querySelector('.answer-list');
    if (list) return [...list.querySelectorAll(':scope > li')].map((li) => li.textContent);
    const all = el.textContent.slice(el.querySelector('summary').textContent.length);
    return [all];
  });
  const keyTexts = entries.map(norm);
  const sentenceNumber = (text) => /^Sentence (\d+):/i.exec(text)?.[1];
  switch (kind) {
    case 'single-choice': {
      const labels = (await card.locator('.question-fieldset label.choice').allTextContents()).map(
        norm,
      );
      const best = labels
        .filter((text) => keyTexts[0].startsWith(text))
        .sort((a, b) => b.length - a.length)[0];
      if (best === undefined) throw new Error('no option matches the key');
      await card
        .locator('.question-fieldset li.choice-row')
        .nth(labels.indexOf(best))
        .locator('input')
        .click();
      break;
    }
    case 'multiple-choice':
    case 'tag-sentences': {
      const rows = card.locator('.question-fieldset li.choice-row');
      for (let i = 0; i < (await rows.count()); i++) {
        const text = norm(await rows.nth(i).locator('label').textContent());
        const right = keyTexts.some((k) =>
          sentenceNumber(k) ? sentenceNumber(k) === sentenceNumber(text) : k === text,
        );
        if (right) await rows.nth(i).locator('input').click();
      }
      break;
    }
    case 'categorize': {
      const pairs = keyTexts.map((k) => {
        const at = k.lastIndexOf(' → ');
        return [k.slice(0, at), k.slice(at + 3)];
      });
      const items = card.locator('.categorize-item');
      for (let i = 0; i < (await items.count()); i++) {
        const item = items.nth(i);
        const text = norm(await item.locator('.categorize-text').textContent()).replace(
          /^Item \d+: /,
          '',
        );
        const number = /The article, sentence (\d+)/.exec(text)?.[1];
        const pair = pairs.find(([left]) =>
          number ? sentenceNumber(left) === number : left === text,
        );
        if (!pair) throw new Error(`no key entry for the item "${text}"`);
        await item.getByRole('radio', { name: pair[1], exact: true }).click();
      }
      break;
    }
    case 'order': {
      const want = await key.locator('ol.answer-list > li').allTextContents();
      for (let target = 0; target < want.length; target++) {
        const texts = (await card.locator('.order-text').allTextContents()).map(norm);
        let at = texts.indexOf(norm(want[target]));
        if (at < 0) throw new Error(`no item "${want[target]}"`);
        for (; at > target; at--) {
          await card
            .locator('.order-item')
            .nth(at)
            .getByRole('button', { name: /^Move up/ })
            .click();
        }
      }
      break;
    }
  }
  await card.getByRole('button', { name: 'Check' }).click();
  return kind;
}
