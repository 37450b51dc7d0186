// Start-up from file:// at 4× CPU slowdown, for `npm run bench`: what a learner on a slow
// machine waits for. Loads are interleaved (module, floor, module, floor, …) so that the
// machine's load at any moment weighs on both alike; figures are medians.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { launch } from '../../tests/e2e/browser.mjs';

export const CPU_SLOWDOWN = 4;

/**
 * Injected before any of the page's own code; reports, through the console (so that nothing
 * is evaluated in the page while it starts), milliseconds from navigation start to:
 * - firstPaint: the first contentful paint;
 * - load: the end of the load event;
 * - live: the load event is over and the app's first commit is on screen. The app (and the
 *   floor) set html[data-app=ready] in a layout effect of their first commit; the frame after
 *   it is the first one showing the live app, and its work is done when a message posted
 *   from its animation frame callback (which runs before the frame's style, layout and paint)
 *   is handled.
 */
export function reportTimes() {
  const times = {};
  const report = () => {
    if (times.firstPaint === undefined || times.load === undefined) return;
    if (times.painted === undefined) return;
    const live = Math.max(times.load, times.painted);
    console.debug(`bench:${JSON.stringify({ ...times, live })}`);
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'first-contentful-paint') times.firstPaint = entry.startTime;
    }
    report();
  }).observe({ type: 'paint', buffered: true });
  addEventListener('load', () =>
    setTimeout(() => {
      times.load = performance.getEntriesByType('navigation')[0].loadEventEnd;
      report();
    }),
  );
  new MutationObserver((_, observer) => {
    if (document.documentElement.dataset.app !== 'ready') return;
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        times.painted = performance.now();
        performance.mark('bench: live');
        report();
      };
      channel.port2.postMessage(null);
    });
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-app'] });
}

/** Loads url in page and resolves with the times reportTimes() sends. */
export function loadAndTime(page, url) {
  const times = new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`${url}: never became live`)), 60_000);
    page.on('console', (message) => {
      const text = message.text();
      if (!text.startsWith('bench:')) return;
      clearTimeout(timer);
      ok(JSON.parse(text.slice('bench:'.length)));
    });
  });
  return page.goto(url).then(() => times);
}

async function openThrottled(context) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.addInitScript(reportTimes);
  return { page, cdp };
}

export const urlOf = (dir, hash = '') => pathToFileURL(resolve(dir, 'index.html')).href + hash;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * targets: [{ name, url }]. Each run loads every target once, in a fresh tab (a fresh
 * renderer), in turn. Returns { [name]: { firstPaint, load, live } } as medians.
 */
export async function measureStartup(targets, runs) {
  const samples = Object.fromEntries(targets.map((t) => [t.name, []]));
  const browser = await launch();
  try {
    for (let i = 0; i < runs; i++) {
      for (const t of targets) {
        const { page } = await openThrottled(browser.context);
        samples[t.name].push(await loadAndTime(page, t.url));
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
  return Object.fromEntries(
    Object.entries(samples).map(([name, list]) => [
      name,
      Object.fromEntries(
        ['firstPaint', 'load', 'live'].map((k) => [k, median(list.map((s) => s[k]))]),
      ),
    ]),
  );
}

// Trace events by what they are, for the breakdown. Each event's own time (its duration less
// its children's) counts for the nearest listed event it is part of.
const KINDS = {
  'HTML parsing': ['ParseHTML', 'TextResourceDecoder::Decode'],
  'script parse/compile': [
    'v8.compile',
    'v8.compileModule',
    'V8.CompileCode',
    'v8.parseOnBackground',
  ],
  'script run': [
    'v8.evaluateModule',
    'EvaluateScript',
    'FunctionCall',
    'v8.callFunction',
    'TimerFire',
    'FireAnimationFrame',
    'RunMicrotasks',
  ],
  'garbage collection': ['MinorGC', 'MajorGC', 'V8.GC_MARK_COMPACTOR'],
  style: ['UpdateLayoutTree', 'ParseAuthorStyleSheet', 'CSSParserImpl::parseStyleSheet'],
  layout: ['Layout'],
  paint: ['Paint', 'PrePaint', 'Layerize', 'Commit', 'PaintImage', 'RasterTask'],
};
const kindOf = new Map(Object.entries(KINDS).flatMap(([k, names]) => names.map((n) => [n, k])));
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'blink.user_timing',
  'loading',
];

/** Main-thread milliseconds by kind, from navigation start until the page is live. */
function breakdown(events) {
  const nav = events.find(
    (e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.startsWith('file:'),
  );
  if (!nav) throw new Error('no navigation in the trace');
  const thread = (e) => `${e.pid}:${e.tid}`;
  const main = thread(nav);
  const end = events.find((e) => e.name === 'bench: live' && e.ts > nav.ts)?.ts;
  if (!end) throw new Error('the page never became live in the trace');
  const own = events
    .filter((e) => thread(e) === main && e.ph === 'X' && e.dur !== undefined)
    .filter((e) => e.ts >= nav.ts && e.ts < end)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const stack = [];
  const out = {};
  for (const e of own) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    e.kind = kindOf.get(e.name) ?? parent?.kind ?? 'other (loading, tasks, idle work)';
    e.self = e.dur;
    if (parent) parent.self -= e.dur;
    stack.push(e);
  }
  for (const e of own) out[e.kind] = (out[e.kind] ?? 0) + e.self / 1000;
  // The app's own measures (content decoding, first render), which run inside "script run".
  const begun = new Map();
  for (const e of events.filter((x) => x.cat?.includes('blink.user_timing') && x.ts >= nav.ts)) {
    if (e.ph === 'b') begun.set(e.id2?.local ?? e.id ?? e.name, e);
    if (e.ph === 'e') {
      const b = begun.get(e.id2?.local ?? e.id ?? e.name);
      if (b) out[`  ${e.name}`] = (out[`  ${e.name}`] ?? 0) + (e.ts - b.ts) / 1000;
    }
  }
  out.total = (end - nav.ts) / 1000;
  return out;
}

/** The same loads, traced (Chromium's tracing, through the DevTools protocol): medians. */
export async function profileStartup(targets, runs) {
  const samples = Object.fromEntries(targets.map((t) => [t.name, []]));
  const browser = await launch();
  try {
    for (let i = 0; i < runs; i++) {
      for (const t of targets) {
        const { page, cdp } = await openThrottled(browser.context);
        const events = [];
        cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
        const complete = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
        await cdp.send('Tracing.start', {
          traceConfig: { includedCategories: CATEGORIES },
          transferMode: 'ReportEvents',
        });
        await loadAndTime(page, t.url);
        await cdp.send('Tracing.end');
        await complete;
        samples[t.name].push(breakdown(events));
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
  return Object.fromEntries(
    Object.entries(samples).map(([name, list]) => {
      const keys = [...new Set(list.flatMap(Object.keys))];
      return [name, Object.fromEntries(keys.map((k) => [k, median(list.map((s) => s[k] ?? 0))]))];
    }),
  );
}
