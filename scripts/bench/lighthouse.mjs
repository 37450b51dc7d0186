// Lighthouse for `npm run bench`. Lighthouse is not a dependency of the module (it would add
// about 180 packages to every `npm ci`): the first run installs the exact version below into
// .bench/lighthouse.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/browser.mjs';

const VERSION = '12.8.2';
const DIR = resolve('.bench/lighthouse');
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** The Lighthouse CLI, installed into .bench/lighthouse on first use; null if that failed. */
export function lighthouseCli() {
  const installed = resolve(DIR, 'node_modules/lighthouse/package.json');
  const cli = resolve(DIR, 'node_modules/lighthouse/cli/index.js');
  if (existsSync(installed) && JSON.parse(readFileSync(installed, 'utf8')).version === VERSION) {
    return cli;
  }
  console.log(`\nInstalling lighthouse ${VERSION} into .bench/lighthouse (first run only)…`);
  mkdirSync(DIR, { recursive: true });
  const manifest = {
    private: true,
    dependencies: { lighthouse: VERSION },
    // A dependency of lighthouse asks for third-party-web's "latest" tag, which does not stay
    // put (npm 11 then refuses the install); pin the version tested with 12.8.2.
    overrides: { 'third-party-web': '0.27.0' },
  };
  writeFileSync(resolve(DIR, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const run = spawnSync(npm, ['install', '--no-audit', '--no-fund', '--engine-strict'], {
    cwd: DIR,
    stdio: ['ignore', 'ignore', 'inherit'],
    shell: process.platform === 'win32',
  });
  return run.status === 0 && existsSync(cli) ? cli : null;
}

/**
 * One Lighthouse run: { performance, accessibility, best-practices, seo } (0–100), or { error }.
 * The robots-txt audit is skipped: Lighthouse fetches /robots.txt from inside the page, which
 * the page's Content-Security-Policy refuses by design (connect-src 'none'; Lighthouse issue
 * #4386), so it would always fail. robotsTxt() checks the file itself.
 */
export function lighthouse(cli, url, preset) {
  const run = spawnSync(
    process.execPath,
    [
      cli,
      url,
      `--chrome-flags=--headless ${CHROMIUM_ARGS.join(' ')}`,
      `--only-categories=${CATEGORIES.join(',')}`,
      '--skip-audits=robots-txt',
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
  return Object.fromEntries(CATEGORIES.map((k) => [k, Math.round(categories[k].score * 100)]));
}

/** Whether url serves a robots.txt that lets crawlers in (what the skipped audit checks). */
export async function robotsTxt(url) {
  const response = await fetch(new URL('robots.txt', url));
  const text = await response.text();
  return response.ok && /^User-agent: \*$/m.test(text) && !/^Disallow: \/\s*$/m.test(text);
}

/** Serves dir gzipped on 127.0.0.1 (tests/e2e/static-server.mjs) while fn runs. */
export async function served(dir, fn) {
  const child = spawn(process.execPath, ['tests/e2e/static-server.mjs', dir, '0', '--gzip'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise((ok, fail) => {
    child.once('error', fail);
    child.stdout.once('data', (data) => ok(String(data)));
  });
  const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(line)?.[0];
  try {
    if (!url) throw new Error(`static server said: ${line}`);
    return await fn(url);
  } finally {
    child.kill();
  }
}
