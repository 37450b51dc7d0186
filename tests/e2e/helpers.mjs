import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { parse } from 'yaml';

export const DIST = resolve('dist');
export const INDEX = resolve(DIST, 'index.html');

export function fileUrl(route = '/') {
  if (!existsSync(INDEX)) throw new Error('dist/index.html is missing: run `npm run build` first.');
  return `${pathToFileURL(INDEX).href}#${route}`;
}

/** The app's own routes, read from its navigation, plus pages reached from them. */
export async function discoverRoutes(page) {
  const hrefs = await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => new URL(a.href).hash.slice(1) || '/'));
  const lessons = hrefs.filter((h) => h.startsWith('/lessons/'));
  return [...new Set([...hrefs, ...lessons.map((l) => `${l}/quiz`)])];
}

/** Waits for the live app (not the pre-rendered start page) to show its page heading. */
export async function waitForHeading(page) {
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
  await page.locator('#main h1').first().waitFor({ state: 'visible' });
}

/**
 * Starts tests/e2e/static-server.mjs as its own process so a test can kill it. By default on a
 * free port the system picks, so test runs side by side on one machine never collide.
 */
export async function startServer(root, port = 0, extra = []) {
  const child = spawn(
    process.execPath,
    ['tests/e2e/static-server.mjs', root, String(port), ...extra],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const line = await new Promise((ok, fail) => {
    child.once('error', fail);
    child.once('exit', (code) => fail(new Error(`static server exited (${code})`)));
    child.stdout.once('data', (data) => ok(String(data)));
  });
  const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(line)?.[0];
  if (!url) throw new Error(`static server said: ${line}`);
  return {
    url,
    stop: () =>
      new Promise((ok) => {
        if (child.exitCode !== null || child.signalCode !== null) return ok();
        child.once('exit', ok);
        child.kill();
      }),
  };
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe-core violations as short readable lines, so a failure says what and where. */
export async function axeViolations(page) {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${v.help})`),
  );
}

const CONTROLS = new Set([
  'button',
  'link',
  'checkbox',
  'radio',
  'textbox',
  'searchbox',
  'combobox',
  'listbox',
  'spinbutton',
  'slider',
  'switch',
  'tab',
  'menuitem',
]);
/**
 * The nodes of Playwright's ARIA snapshot (a YAML list) in document order, each as
 * { role, name, attrs, line }. A node is a string (`heading "Title" [level=1]`) or a map from
 * such a string to its children or its text; `/url` and similar entries are properties.
 */
function ariaNodes(snapshot) {
  const nodes = [];
  const visit = (items) => {
    for (const item of items ?? []) {
      const entries = typeof item === 'string' ? [[item, null]] : Object.entries(item ?? {});
      for (const [key, value] of entries) {
        if (key.startsWith('/')) continue;
        const m = /^(\S+)(?: ("(?:[^"\\]|\\.)*"))?(.*)$/.exec(key);
        nodes.push({
          role: m[1],
          name: m[2] ? JSON.parse(m[2]) : undefined,
          attrs: m[3],
          line: key,
        });
        if (Array.isArray(value)) visit(value);
      }
    }
  };
  visit(parse(snapshot));
  return nodes;
}

/**
 * What a screen-reader user would meet, read from the accessibility tree: one banner, main
 * navigation, main and footer; one level-1 heading and no skipped levels below it; a name on
 * every control. Returns the problems as readable lines.
 */
export async function outlineProblems(page) {
  const problems = [];
  const landmarks = [];
  const levels = [];
  for (const { role, name, attrs, line } of ariaNodes(await page.locator('body').ariaSnapshot())) {
    if (
      ['banner', 'main', 'contentinfo'].includes(role) ||
      (role === 'navigation' && name === 'Main')
    )
      landmarks.push(role);
    if (role === 'heading') levels.push([Number(/level=(\d)/.exec(attrs)?.[1]), name]);
    if (CONTROLS.has(role) && !name?.trim()) problems.push(`${role} without a name: ${line}`);
  }
  for (const role of ['banner', 'navigation', 'main', 'contentinfo']) {
    const n = landmarks.filter((r) => r === role).length;
    if (n !== 1) problems.push(`${n} ${role} landmarks`);
  }
  if (levels[0]?.[0] !== 1) problems.push(`first heading is not level 1: ${levels[0]?.[1]}`);
  if (levels.filter(([l]) => l === 1).length !== 1)
    problems.push('not exactly one level-1 heading');
  levels.forEach(([level, name], i) => {
    const before = levels[i - 1]?.[0] ?? 0;
    if (level > before + 1) problems.push(`heading level ${before} → ${level}: ${name}`);
  });
  return problems;
}
