// "A new lesson folder copied from the guide's example appears in the app after a rebuild":
// copy lessons/, add the guide's example folder, build, and open the result from file://.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, watchPage } from './browser.mjs';

let browser;
let work;
before(async () => {
  browser = await launch();
  work = mkdtempSync(join(tmpdir(), 'new-lesson-'));
});
after(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

test('a lesson folder copied from the authoring guide gets its menu entry, page and quiz', async () => {
  const lessons = join(work, 'lessons');
  cpSync('lessons', lessons, { recursive: true });
  const guide = readFileSync('lessons/README.md', 'utf8');
  const blocks = [...guide.matchAll(/^```\w+ file=(\S+)\n([\s\S]*?)^```$/gm)];
  assert.ok(blocks.length >= 3, 'the guide has no example files');
  for (const [, name, text] of blocks) {
    mkdirSync(dirname(join(lessons, name)), { recursive: true });
    writeFileSync(join(lessons, name), text);
  }
  execFileSync(
    process.execPath,
    [
      resolve('node_modules/vite/bin/vite.js'),
      'build',
      '--outDir',
      join(work, 'dist'),
      '--logLevel',
      'error',
    ],
    {
      env: { ...process.env, LESSONS_DIR: lessons },
      stdio: 'inherit',
    },
  );

  const page = await browser.context.newPage();
  const problems = watchPage(page);
  await page.goto(pathToFileURL(join(work, 'dist', 'index.html')).href);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /An example lesson/ })
    .click();
  await page.getByRole('heading', { level: 1, name: /An example lesson/ }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'What a vague attribution is' }).waitFor();
  await page.goto(pathToFileURL(join(work, 'dist', 'index.html')).href + '#/lessons/example/quiz');
  await page.locator('#main h1').waitFor();
  assert.notEqual(await page.locator('#main h1').textContent(), 'Page not found');
  assert.deepEqual(problems, []);
});
