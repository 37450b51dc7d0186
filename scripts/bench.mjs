// npm run bench: figures, not a test. Builds the module and an empty app of the same stack
// (scripts/bench/floor), then prints the size of each index.html side by side.
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const quiet = { logLevel: 'silent' };

async function buildModule() {
  await build({ ...quiet, configFile: resolve('vite.config.ts') });
  return resolve('dist/index.html');
}

async function buildFloor() {
  const root = resolve('scripts/bench/floor');
  await build({
    ...quiet,
    configFile: false,
    root,
    base: './',
    plugins: [react(), viteSingleFile()],
    build: { outDir: resolve('.bench/floor'), emptyOutDir: true },
  });
  return resolve('.bench/floor/index.html');
}

function sizes(file) {
  const raw = readFileSync(file);
  return {
    raw: raw.length,
    gzip: gzipSync(raw, { level: 9 }).length,
    brotli: brotliCompressSync(raw, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
  };
}

const fmt = (n) => n.toLocaleString('en-US').padStart(9);
const ratio = (a, b) => `${(a / b).toFixed(2)}×`.padStart(7);

const module = sizes(await buildModule());
const floor = sizes(await buildFloor());

console.log('\ndist/index.html size, bytes (gzip -9, brotli q11)\n');
console.log('            module      floor   ratio');
for (const k of ['raw', 'gzip', 'brotli']) {
  console.log(`${k.padEnd(8)} ${fmt(module[k])} ${fmt(floor[k])} ${ratio(module[k], floor[k])}`);
}
console.log('\nfloor = React + React Router (hash data router) + zustand persist, single file.');
