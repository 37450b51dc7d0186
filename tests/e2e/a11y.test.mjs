// axe-core (WCAG 2.0/2.1/2.2 A and AA, plus best practice) on every route and on the states
// that only appear after interaction, in light and dark; and layout at 320 px and 200% zoom.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './browser.mjs';
import {
  axeViolations,
  discoverRoutes,
  fileUrl,
  outlineProblems,
  waitForHeading,
} from './helpers.mjs';
import { answerCurrent } from './quiz-driver.mjs';

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

/** Routes not linked from the menu. */
const EXTRA_ROUTES = [
  '/progress/report',
  '/learner?back=%2Fprogress',
  '/teacher/class-results',
  '/teacher/worksheet/authorship',
  '/teacher/answer-key/authorship',
  '/no-such-page',
];

/** States reached by interaction: [name, route, steps]. */
const STATES = [
  [
    'expert notes shown and opened',
    '/case-study',
    async (page) => {
      await page.getByRole('checkbox', { name: /Show expert notes/ }).check();
      await page.getByRole('button', { name: 'Open all notes' }).click();
    },
  ],
  [
    'teacher mode on, lesson page',
    '/teacher',
    async (page) => {
      await page.getByRole('checkbox', { name: /Teacher mode is/ }).check();
      await page.goto(fileUrl('/lessons/counter-evidence'));
      await waitForHeading(page);
      await page.locator('.teacher-panel summary').click();
    },
  ],
  [
    'teacher mode on, quiz with answer key',
    '/lessons/authorship/quiz',
    async (page) => {
      await page.getByRole('button', { name: 'Start the quiz' }).click();
      await page.locator('.answer-key summary').click();
    },
  ],
  [
    'display settings open',
    '/',
    async (page) => {
      await page.getByRole('button', { name: 'Display' }).click();
    },
  ],
  [
    'quiz mid-attempt, after a wrong answer',
    '/lessons/unsupported-claims/quiz',
    async (page) => {
      await page.getByRole('button', { name: /Start the quiz|Retry the whole quiz/ }).click();
      await answerCurrent(page, 'mouse');
      await page.locator('.feedback').waitFor();
    },
  ],
  [
    'quiz results',
    '/lessons/unsupported-claims/quiz',
    async (page) => {
      const resume = page.locator('.question-card');
      if (!(await resume.count()))
        await page.getByRole('button', { name: /Start the quiz|Retry the whole quiz/ }).click();
      for (let i = 0; i < 40; i++) {
        const card = page.locator('.question-card').first();
        if (!(await card.count())) break;
        if (!(await card.locator('.feedback').count())) await answerCurrent(page, 'mouse');
        const again = card.getByRole('button', { name: 'Try again' });
        if (await again.count()) {
          await again.click();
          await card.getByRole('button', { name: 'Check' }).click();
        }
        const next = card.getByRole('button', { name: /Next question|See my results/ });
        await next.click();
      }
      await page.getByRole('heading', { level: 1, name: /^Results/ }).waitFor();
    },
  ],
  [
    'search practice with results opened and judged',
    '/lessons/authorship',
    async (page) => {
      await page.getByRole('button', { name: /virtual propaganda network/ }).click();
      const results = page.locator('.result-card');
      await results
        .nth(0)
        .getByRole('button', { name: /^Open this result/ })
        .click();
      await results
        .nth(0)
        .getByRole('button', { name: /^It answers part/ })
        .click();
      // One opened and judged (the expert's view), one opened and waiting for a judgement.
      await results
        .nth(1)
        .getByRole('button', { name: /^Open this result/ })
        .click();
    },
  ],
];

/** Every menu route plus the unlinked ones, as places: [name, route]. */
async function routePlaces(page) {
  await page.goto(fileUrl('/'));
  await waitForHeading(page);
  return [...(await discoverRoutes(page)), ...EXTRA_ROUTES].map((route) => [route, route]);
}

/** Opens each place ([name, route, steps?]) and collects check's problems, each with where. */
async function problemsAt(page, places, check) {
  const found = [];
  for (const [name, route, steps] of places) {
    await page.goto(fileUrl(route));
    await waitForHeading(page);
    await steps?.(page);
    for (const line of await check(page)) found.push(`${name}  ${line}`);
  }
  await page.evaluate(() => localStorage.clear());
  await page.close();
  return found;
}

for (const scheme of ['light', 'dark']) {
  test(`no axe violations on any route in the ${scheme} theme`, async () => {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    const places = await routePlaces(page);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), scheme);
    assert.deepEqual(await problemsAt(page, places, axeViolations), []);
  });

  test(`no axe violations in interactive states in the ${scheme} theme`, async () => {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    assert.deepEqual(await problemsAt(page, STATES, axeViolations), []);
  });
}

test('screen-reader outline: landmarks, one h1, no skipped levels, a name on every control', async () => {
  const page = await browser.context.newPage();
  const places = [...(await routePlaces(page)), ...STATES];
  assert.deepEqual(await problemsAt(page, places, outlineProblems), []);
});

for (const [label, width, zoom] of [
  ['320 px wide', 320, 1],
  ['200% zoom on a 1280 px screen', 1280, 2],
]) {
  test(`no horizontal scrolling at ${label}`, async () => {
    // 200% zoom is a 640 CSS-pixel viewport at device scale 2.
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: width / zoom, height: 800 });
    await page.goto(fileUrl('/'));
    await waitForHeading(page);
    const routes = await discoverRoutes(page);
    const wide = [];
    for (const route of [
      ...routes,
      '/progress/report',
      '/learner',
      '/teacher/worksheet/authorship',
    ]) {
      await page.goto(fileUrl(route));
      await waitForHeading(page);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      if (overflow > 0) wide.push(`${route}: ${overflow}px too wide`);
    }
    await page.close();
    assert.deepEqual(wide, []);
  });
}
