// Cross-reference links clicked inside the app (glossary terms, "The article, sentence N",
// sources) land on their target: in view and focused, not at the top of the new page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './browser.mjs';
import { fileUrl, waitForHeading } from './helpers.mjs';

let browser;
before(async () => (browser = await launch({ viewport: { width: 375, height: 812 } })));
after(async () => browser?.close());

const LESSON = '/lessons/unsupported-claims';
const LINKS = [
  [
    'a glossary term',
    (main) => main.locator('a.term-link', { hasText: 'vague attribution' }).first(),
  ],
  ['a sentence of the article', (main) => main.locator('.article-quote footer a').first()],
  // A few sources in, so the target is far down the Sources page; closed "Go deeper" blocks hide some.
  ['a source', (main) => main.locator('a[href*="sources?id="]:visible').nth(3)],
];

/** The element the address points at: ?term= / ?s= / ?id= → term- / sentence- / source-. */
function targetId(url) {
  const params = new URLSearchParams(new URL(url).hash.split('?')[1] ?? '');
  for (const [param, prefix] of [
    ['term', 'term-'],
    ['s', 'sentence-'],
    ['id', 'source-'],
  ]) {
    if (params.get(param)) return prefix + params.get(param);
  }
  return null;
}

for (const [name, find] of LINKS) {
  test(`a link to ${name}, clicked in a lesson, lands on it: in view and focused`, async () => {
    const page = await browser.context.newPage();
    await page.goto(fileUrl(LESSON));
    await waitForHeading(page);
    const link = find(page.locator('main'));
    const from = page.url();
    await link.click();
    await page.waitForURL((url) => url.href !== from);
    const id = targetId(page.url());
    assert.ok(id, `the link led to ${page.url()}, which names no target`);
    await page.waitForFunction((want) => document.activeElement?.id === want, id, {
      timeout: 5000,
    });
    const box = await page.evaluate((want) => {
      const r = document.getElementById(want).getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, height: innerHeight };
    }, id);
    assert.ok(
      box.top < box.height && box.bottom > 0,
      `#${id} is outside the viewport: ${JSON.stringify(box)}`,
    );
    await page.close();
  });
}
