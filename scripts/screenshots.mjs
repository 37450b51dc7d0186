// npm run screenshots — every route at phone, tablet and laptop sizes, light and dark, from the
// built dist/index.html (run `npm run build` first). PNGs go to screenshots/ (not committed).
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { launch, watchPage } from '../tests/e2e/browser.mjs';
import { discoverRoutes, fileUrl, waitForHeading } from '../tests/e2e/helpers.mjs';

const OUT = resolve('screenshots');
const SIZES = [
  [360, 740],
  [768, 1024],
  [1280, 800],
];
const EXTRA = [
  '/progress/report',
  '/learner?back=%2F',
  '/teacher/class-results',
  '/teacher/worksheet/authorship',
  '/no-such-page',
];

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const browser = await launch();
try {
  const page = await browser.context.newPage();
  const problems = watchPage(page);
  await page.goto(fileUrl('/'));
  await waitForHeading(page);
  const routes = [...(await discoverRoutes(page)), ...EXTRA];
  let count = 0;
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [width, height] of SIZES) {
      await page.setViewportSize({ width, height });
      for (const route of routes) {
        await page.goto(fileUrl(route));
        await waitForHeading(page);
        const name = (route === '/' ? 'home' : route.slice(1).replace(/[/?=]/g, '_')) || 'home';
        await page.screenshot({ path: resolve(OUT, `${name}-${width}x${height}-${scheme}.png`) });
        count += 1;
      }
    }
  }
  console.log(
    `${count} screenshots in ${OUT}${problems.length ? `\nproblems: ${problems.join('\n')}` : ''}`,
  );
} finally {
  await browser.close();
}
