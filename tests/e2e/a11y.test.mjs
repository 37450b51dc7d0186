// axe-core (WCAG 2.0/2.1/2.2 A and AA, plus best practice) on every route, light and dark.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './browser.mjs';
import { axeViolations, discoverRoutes, fileUrl, waitForHeading } from './helpers.mjs';

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

for (const scheme of ['light', 'dark']) {
  test(`no axe violations on any route in the ${scheme} theme`, async () => {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(fileUrl('/'));
    await waitForHeading(page);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), scheme);
    const routes = await discoverRoutes(page);
    const found = [];
    for (const route of [...routes, '/no-such-page']) {
      await page.goto(fileUrl(route));
      await waitForHeading(page);
      for (const line of await axeViolations(page)) found.push(`${route}  ${line}`);
    }
    await page.close();
    assert.deepEqual(found, []);
  });
}
