// npm run bench — figures, not a test. Builds the module and an empty app of the same stack
// (scripts/bench/floor), then prints side by side:
//   1. the size of each index.html (raw, gzip -9, brotli q11);
//   2. from file:// at 4× CPU slowdown (median of several runs): time to first heading on the
//      start page and on a deep link, and time until the app is live;
//   3. Lighthouse scores (performance, accessibility, best practices, SEO), mobile and desktop,
//      with dist/ served gzipped on 127.0.0.1.
// Options: --runs N (default 7), --no-lighthouse.
// Lighthouse is not a dependency of the module (it would add about 180 packages to every
// `npm ci`): the first run installs the exact version below into .bench/lighthouse.
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, findChromium, launch } from '../tests/e2e/browser.mjs';

const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 7;
const LIGHTHOUSE = !args.includes('--no-lighthouse');
const quiet = { logLevel: 'silent' };

async function buildModule() {
  await build({ ...quiet, configFile: resolve('vite.config.ts') });
  return resolve('dist');
}

/** The module's own code with a two-paragraph sample lesson instead of lessons/. */
async function buildWithoutLessons() {
  const outDir = resolve('.bench/without-lessons');
  process.env.LESSONS_DIR = 'src/content/compile/fixtures/base/lessons';
  try {
    await build({ ...quiet, configFile: resolve('vite.config.ts'), build: { outDir } });
  } finally {
    delete process.env.LESSONS_DIR;
  }
  return outDir;
}

async function buildFloor(componentRouter = false) {
  const outDir = resolve(componentRouter ? '.bench/floor-component-router' : '.bench/floor');
  await build({
    ...quiet,
    configFile: false,
    root: resolve('scripts/bench/floor'),
    base: './',
    define: { __COMPONENT_ROUTER__: String(componentRouter) },
    plugins: [react(), viteSingleFile()],
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

function sizes(dir) {
  const raw = readFileSync(resolve(dir, 'index.html'));
  return {
    raw: raw.length,
    gzip: gzipSync(raw, { level: 9 }).length,
    brotli: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/**
 * Milliseconds from navigation start, median of RUNS: to the first visible <h1> with text, and
 * to the app being live (html[data-app=ready], set by src/app/app-ready.tsx; the floor has no
 * such mark).
 */
async function timings(dir, hash = '', { appMarksReady = true } = {}) {
  const browser = await launch();
  const heading = [];
  const ready = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.context.newPage();
      const cdp = await browser.context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.addInitScript(() => {
        const check = () => {
          const h1 = document.querySelector('h1');
          // A deep link hides the pre-rendered start page until the app has drawn the page.
          if (h1?.textContent.trim() && h1.checkVisibility({ visibilityProperty: true })) {
            window.__firstHeading ??= performance.now();
          }
          if (document.documentElement.dataset.app === 'ready') {
            window.__ready ??= performance.now();
          }
          return window.__firstHeading && window.__ready;
        };
        new MutationObserver((_, observer) => check() && observer.disconnect()).observe(document, {
          childList: true,
          subtree: true,
          attributes: true,
          attributeFilter: ['class', 'data-app'],
        });
      });
      await page.goto(pathToFileURL(resolve(dir, 'index.html')).href + hash);
      heading.push(
        await page.waitForFunction(() => window.__firstHeading).then((h) => h.jsonValue()),
      );
      if (appMarksReady) {
        ready.push(await page.waitForFunction(() => window.__ready).then((r) => r.jsonValue()));
      }
      await page.close();
    }
  } finally {
    await browser.close();
  }
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { heading: median(heading), ready: appMarksReady ? median(ready) : null };
}

async function serve(dir, port) {
  const child = spawn(
    process.execPath,
    ['tests/e2e/static-server.mjs', dir, String(port), '--gzip'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise((ok) => child.stdout.once('data', ok));
  return child;
}

const LIGHTHOUSE_VERSION = '12.8.2';
const LIGHTHOUSE_DIR = resolve('.bench/lighthouse');

/** The Lighthouse CLI, installed into .bench/lighthouse on first use; null if that failed. */
function lighthouseCli() {
  const installed = resolve(LIGHTHOUSE_DIR, 'node_modules/lighthouse/package.json');
  const cli = resolve(LIGHTHOUSE_DIR, 'node_modules/lighthouse/cli/index.js');
  if (
    existsSync(installed) &&
    JSON.parse(readFileSync(installed, 'utf8')).version === LIGHTHOUSE_VERSION
  )
    return cli;
  console.log(
    `\nInstalling lighthouse ${LIGHTHOUSE_VERSION} into .bench/lighthouse (first run only)…`,
  );
  mkdirSync(LIGHTHOUSE_DIR, { recursive: true });
  const manifest = {
    private: true,
    dependencies: { lighthouse: LIGHTHOUSE_VERSION },
    // A dependency of lighthouse asks for third-party-web's "latest" tag, which does not stay
    // put (npm 11 then refuses the install); pin the version tested with 12.8.2.
    overrides: { 'third-party-web': '0.27.0' },
  };
  writeFileSync(resolve(LIGHTHOUSE_DIR, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const run = spawnSync(npm, ['install', '--no-audit', '--no-fund', '--engine-strict'], {
    cwd: LIGHTHOUSE_DIR,
    stdio: ['ignore', 'ignore', 'inherit'],
    shell: process.platform === 'win32',
  });
  return run.status === 0 && existsSync(cli) ? cli : null;
}

function lighthouse(cli, url, preset) {
  const run = spawnSync(
    process.execPath,
    [
      cli,
      url,
      `--chrome-flags=--headless ${CHROMIUM_ARGS.join(' ')}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      ...(preset === 'desktop' ? ['--preset=desktop'] : []),
    ],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, CHROME_PATH: findChromium() },
    },
  );
  if (run.status !== 0) return { error: run.stderr.split('\n').slice(-3).join(' ') };
  const { categories } = JSON.parse(run.stdout);
  return Object.fromEntries(
    Object.entries(categories).map(([k, v]) => [k, Math.round(v.score * 100)]),
  );
}

const fmt = (n) => n.toLocaleString('en-US').padStart(10);
const ratio = (a, b) => `${(a / b).toFixed(2)}×`.padStart(7);

const moduleDir = await buildModule();
const floorDir = await buildFloor();
const lighterFloorDir = await buildFloor(true);

const m = sizes(moduleDir);
const f = sizes(floorDir);
console.log('\n1. dist/index.html size, bytes\n');
console.log('              module      floor   ratio   (budget: gzip ≤ 1.60×)');
for (const k of ['raw', 'gzip', 'brotli']) {
  console.log(`  ${k.padEnd(8)} ${fmt(m[k])} ${fmt(f[k])} ${ratio(m[k], f[k])}`);
}
const lf = sizes(lighterFloorDir);
const nl = sizes(await buildWithoutLessons());
console.log(`
  Where the bytes are (gzip):
    the module with a two-paragraph sample lesson instead of lessons/ ${fmt(nl.gzip)} (${ratio(nl.gzip, f.gzip).trim()})
    so the lessons themselves add                                     ${fmt(m.gzip - nl.gzip)}
    the empty app with React Router's component router (the module's) ${fmt(lf.gzip)}`);

const tm = await timings(moduleDir);
const tf = await timings(floorDir, '', { appMarksReady: false });
const td = await timings(moduleDir, '#/case-study');
const ms = (n) => `${n.toFixed(0).padStart(6)} ms`;
console.log(`\n2. file://, 4× CPU slowdown, median of ${RUNS} runs\n`);
console.log('                                    module      floor   ratio');
console.log(
  `  first heading, start page     ${ms(tm.heading)} ${ms(tf.heading)} ${ratio(tm.heading, tf.heading)}   (budget: ≤ 1.30×)`,
);
console.log(`  app live, start page          ${ms(tm.ready)}`);
console.log(
  `  first heading, #/case-study   ${ms(td.heading)} ${ms(tf.heading)} ${ratio(td.heading, tf.heading)}`,
);

const cli = LIGHTHOUSE ? lighthouseCli() : null;
if (LIGHTHOUSE && !cli) console.log('\n3. Lighthouse: not run (installing it failed; see above).');
if (cli) {
  console.log('\n3. Lighthouse, served gzipped on 127.0.0.1 (budget: 100 in every category)\n');
  console.log('                       perf  a11y  best   seo');
  for (const [name, dir, port] of [
    ['module', moduleDir, 4411],
    ['floor', floorDir, 4412],
  ]) {
    const server = await serve(dir, port);
    try {
      for (const preset of ['mobile', 'desktop']) {
        const s = lighthouse(cli, `http://127.0.0.1:${port}/`, preset);
        const line = s.error
          ? `failed: ${s.error}`
          : ['performance', 'accessibility', 'best-practices', 'seo']
              .map((k) => String(s[k]).padStart(5))
              .join(' ');
        console.log(`  ${`${name}, ${preset}`.padEnd(20)} ${line}`);
      }
    } finally {
      server.kill();
    }
  }
}
console.log(
  '\nfloor = React + React Router (hash data router) + zustand persist, built the same way (single file).\n' +
    'The module uses React Router\'s lighter component router (README, "Performance").',
);
