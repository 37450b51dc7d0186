// A tiny static file server for the hosted/offline tests. Run as its own process so a test
// can kill it and prove the app no longer needs it:
//   node tests/e2e/static-server.mjs <root> <port> [--gzip]
// Files under <root> are served at / and again under /<root name>/, so a test can also open
// the app from a subfolder (e.g. /dist/).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const [rootArg = 'dist', portArg = '4174', ...flags] = process.argv.slice(2);
const root = resolve(rootArg);
const gzip = flags.includes('--gzip');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

async function resolveFile(urlPath) {
  // /<root name>/... maps to <root>/... too, so the same build can be tested from a subfolder.
  const sub = `/${basename(root)}/`;
  const rel = urlPath.startsWith(sub) ? urlPath.slice(sub.length - 1) : urlPath;
  let file = normalize(join(root, decodeURIComponent(rel)));
  if (!file.startsWith(root)) return null;
  const s = await stat(file).catch(() => null);
  if (s?.isDirectory()) file = join(file, 'index.html');
  return (await stat(file).catch(() => null))?.isFile() ? file : null;
}

const server = createServer(async (req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  const file = await resolveFile(path);
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  let body = await readFile(file);
  const headers = {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
  };
  if (gzip && /gzip/.test(req.headers['accept-encoding'] ?? '')) {
    body = gzipSync(body);
    headers['content-encoding'] = 'gzip';
  }
  res.writeHead(200, headers).end(body);
});
// Port 0 asks the system for a free port; the line below says which (tests read it).
server.listen(Number(portArg), '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : portArg;
  process.stdout.write(`listening on http://127.0.0.1:${port}/\n`);
});
