// npm run bench — figures, not a test. Builds the module and an empty app of the same stack
// (the floor, scripts/bench/floor), then prints each figure beside the floor's, with the ratio
// and the target (README, "Performance"):
//   1. dist/index.html's size against floor + lessons/ at xz -9e + 30 kB;
//   2. start-up from file:// at 4× CPU slowdown, on the start page and two deep links: first
//      paint, and the time until the page is live (load event over, first commit painted);
//   3. where that time goes on the main thread (Chromium's tracing);
//   4. Lighthouse, mobile and desktop, dist/ served gzipped on 127.0.0.1.
// Options: --runs N (start-up loads per page, default 7), --profile-runs N (default 3),
// --lighthouse-runs N (mobile, default 5), --no-profile, --no-lighthouse.
// The machine's load average is printed: other work on it slows every figure, the floor's too.
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { sizes, lessonsXz } from './bench/size.mjs';
import { measureStartup, profileStartup, urlOf, CPU_SLOWDOWN } from './bench/startup.mjs';
import { CATEGORIES, lighthouse, lighthouseCli, robotsTxt, served } from './bench/lighthouse.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) || fallback : fallback;
};
const RUNS = option('--runs', 7);
const PROFILE_RUNS = args.includes('--no-profile') ? 0 : option('--profile-runs', 3);
const LIGHTHOUSE_RUNS = args.includes('--no-lighthouse') ? 0 : option('--lighthouse-runs', 5);
const quiet = { logLevel: 'silent' };
const load = () => loadavg()[0].toFixed(2);
console.log(`npm run bench: ${new Date().toISOString()}, load average ${load()} (2 cores)`);

// ---- builds
await build({ ...quiet, configFile: resolve('vite.config.ts') });
const moduleDir = resolve('dist');

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
const floorDir = await buildFloor();

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

/**
 * For reference: the module as it is, except that React renders nothing (src/main.tsx marks
 * the app ready where it would hydrate or render). What is left is the cost of the file
 * itself: reading the page, compiling and running the scripts, showing the pre-rendered page.
 */
async function buildWithoutRendering() {
  const outDir = resolve('.bench/no-render');
  const render = /if \(rendersPrerenderedPage\(underLms\)\)[^;]*;\s*else [^;]*;/;
  const noRender = {
    name: 'bench-no-render',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('/src/main.tsx')) return null;
      if (!render.test(code)) throw new Error('bench: src/main.tsx no longer renders as expected');
      return code.replace(render, "void app; document.documentElement.dataset.app = 'ready';");
    },
  };
  await build({
    ...quiet,
    configFile: resolve('vite.config.ts'),
    plugins: [noRender],
    build: { outDir },
  });
  return outDir;
}

const fmt = (n) => n.toLocaleString('en-US').padStart(9);
const ok = (met) => (met ? 'met' : 'NOT met');

// ---- 1. size
const m = sizes(moduleDir);
const f = sizes(floorDir);
const sample = sizes(await buildWithoutLessons());
const componentFloor = sizes(await buildFloor(true));
const xz = lessonsXz();
const OWN = 30_000;
console.log('\n1. Size of dist/index.html, gzip -9, bytes\n');
if (xz === null) {
  console.log('  lessons/ at xz -9e: not measured (needs GNU tar and xz); no target shown.');
} else {
  const target = f.gzip + xz + OWN;
  console.log(`  module                                   ${fmt(m.gzip)}`);
  console.log(`  target: the floor                       ${fmt(f.gzip)}`);
  console.log(`        + lessons/ at xz -9e               ${fmt(xz)}   (scripts/bench/size.mjs)`);
  console.log(`        + the module's own code, styles    ${fmt(OWN)}`);
  console.log(`        = ${fmt(target)}`);
  console.log(
    `  headroom                                 ${fmt(target - m.gzip)}   ${ok(m.gzip <= target)}`,
  );
  console.log(`
  Where the module's bytes are (gzip):
    with a two-paragraph sample lesson instead of lessons/ ${fmt(sample.gzip)}
      of which over the floor (own code, styles, decoder)  ${fmt(sample.gzip - f.gzip)}   (allowance ${fmt(OWN).trim()})
      and over the floor with the module's lighter router  ${fmt(sample.gzip - componentFloor.gzip)}
    the lessons (compressed content, pre-rendered page)    ${fmt(m.gzip - sample.gzip)}   (allowance ${fmt(xz).trim()})`);
}
console.log(`
  raw ${m.raw.toLocaleString('en-US')} (floor ${f.raw.toLocaleString('en-US')}), brotli q11 ${m.brotli.toLocaleString('en-US')} (floor ${f.brotli.toLocaleString('en-US')})`);

// ---- 2. start-up
// The deep links: the case study, and the first lesson's quiz (its id read from the menu in the
// pre-rendered start page).
const firstLesson = /href="#\/lessons\/([a-z0-9-]+)"/.exec(
  readFileSync(resolve(moduleDir, 'index.html'), 'utf8'),
)?.[1];
if (!firstLesson) throw new Error('no lesson link in dist/index.html');
const quiz = `#/lessons/${firstLesson}/quiz`;
const pages = [
  { name: 'start page', hash: '', firstPaintTarget: 1 },
  { name: '#/case-study', hash: '#/case-study', firstPaintTarget: 1.2 },
  { name: quiz, hash: quiz, firstPaintTarget: 1.2 },
];
const noRenderDir = await buildWithoutRendering();
const targets = [
  { name: 'floor', url: urlOf(floorDir) },
  ...pages.map((p) => ({ name: p.name, url: urlOf(moduleDir, p.hash) })),
  { name: 'no rendering', url: urlOf(noRenderDir) },
];
const loadBefore = load();
const t = await measureStartup(targets, RUNS);
console.log(
  `\n2. Start-up from file://, ${CPU_SLOWDOWN}× CPU slowdown, median of ${RUNS} interleaved runs` +
    ` (load average ${loadBefore} → ${load()})\n   ms from navigation start\n`,
);
console.log('                                        module    floor   ratio   target');
const ms = (n) => `${n.toFixed(0).padStart(6)}`;
for (const p of pages) {
  const r = t[p.name];
  const live = r.live / t.floor.live;
  const paint = r.firstPaint / t.floor.firstPaint;
  console.log(`  ${p.name}`);
  console.log(
    `    live (loaded, first commit painted) ${ms(r.live)}   ${ms(t.floor.live)}   ${live.toFixed(2)}×  ≤ 1.2×  ${ok(live <= 1.2)}`,
  );
  console.log(
    `    first contentful paint              ${ms(r.firstPaint)}   ${ms(t.floor.firstPaint)}   ${paint.toFixed(2)}×  ≤ ${p.firstPaintTarget.toFixed(1)}×  ${ok(paint <= p.firstPaintTarget)}`,
  );
}
const bare = t['no rendering'];
console.log(`  for reference: the start page with React rendering nothing (the file's own cost)`);
console.log(
  `    live                                ${ms(bare.live)}   ${ms(t.floor.live)}   ${(bare.live / t.floor.live).toFixed(2)}×`,
);

// ---- 3. where the time goes
if (PROFILE_RUNS) {
  const profile = await profileStartup(targets, PROFILE_RUNS);
  console.log(
    `\n3. Where start-up time goes: main thread, ms, traced (tracing slows pages a little),` +
      ` median of ${PROFILE_RUNS}\n`,
  );
  const names = targets.map((x) => x.name);
  const short = (n) =>
    (n.startsWith('#/lessons/')
      ? 'quiz'
      : n.replace('#/', '').replace('no rendering', 'no render')
    ).slice(0, 10);
  console.log(`  ${''.padEnd(36)}${names.map((n) => short(n).padStart(11)).join('')}`);
  const rows = [
    'HTML parsing',
    'script parse/compile',
    'script run',
    '  content: index',
    '  content: zstd',
    '  content: JSON.parse',
    '  app: first render',
    'garbage collection',
    'style',
    'layout',
    'paint',
    'other (loading, tasks, idle work)',
    'total',
  ];
  for (const row of rows) {
    const label =
      row === '  app: first render'
        ? '  app: render call → first commit'
        : row === 'total'
          ? 'to live (navigation start → live)'
          : row;
    console.log(
      `  ${label.padEnd(36)}${names.map((n) => (profile[n][row] ?? 0).toFixed(1).padStart(11)).join('')}`,
    );
  }
  console.log(
    '\n  "content: …" and the render are parts of "script run"; the render is a span that also' +
      '\n  holds the tasks between the call and the commit (style, layout, the load event).',
  );
}

// ---- 4. Lighthouse
const cli = LIGHTHOUSE_RUNS ? lighthouseCli() : null;
if (LIGHTHOUSE_RUNS && !cli)
  console.log('\n4. Lighthouse: not run (installing it failed; see above).');
if (cli) {
  let robots = false;
  const runsOf = async (dir, preset, n) =>
    served(dir, async (url) => {
      if (dir === moduleDir) robots = await robotsTxt(url);
      const out = [];
      for (let i = 0; i < n; i++) out.push(lighthouse(cli, url, preset));
      return out;
    });
  const medianScores = (list) => {
    const good = list.filter((s) => !s.error);
    if (!good.length) return { error: list[0]?.error ?? 'no run' };
    return Object.fromEntries(
      CATEGORIES.map((k) => [
        k,
        good.map((s) => s[k]).sort((a, b) => a - b)[Math.floor(good.length / 2)],
      ]),
    );
  };
  console.log(
    `\n4. Lighthouse, served gzipped on 127.0.0.1; mobile: median of ${LIGHTHOUSE_RUNS} runs, desktop: one` +
      '\n   (targets: mobile performance ≥ 95; accessibility, best practices and SEO 100)\n',
  );
  console.log('                        perf  a11y  best   seo   runs (perf)');
  for (const [name, dir] of [
    ['module', moduleDir],
    ['floor', floorDir],
  ]) {
    for (const [preset, n] of [
      ['mobile', LIGHTHOUSE_RUNS],
      ['desktop', 1],
    ]) {
      const list = await runsOf(dir, preset, n);
      const s = medianScores(list);
      const line = s.error
        ? `failed: ${s.error}`
        : `${CATEGORIES.map((k) => String(s[k]).padStart(5)).join(' ')}   ${list.map((x) => x.performance ?? '×').join(' ')}`;
      console.log(`  ${`${name}, ${preset}`.padEnd(20)} ${line}`);
    }
  }
  console.log(
    `\n  SEO without the robots-txt audit, which cannot pass under the page's policy (Lighthouse` +
      `\n  fetches the file from inside the page); dist/robots.txt served and valid: ${robots ? 'yes' : 'NO'}.`,
  );
}
console.log(
  `\nfloor = React + React Router (hash data router) + zustand persist, built the same way (single file);` +
    `\nthe module uses React Router's lighter component router (README, "Performance"). Load average at the end: ${load()}.`,
);
