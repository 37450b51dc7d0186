// Sizes for `npm run bench`.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export function sizes(dir) {
  const raw = readFileSync(resolve(dir, 'index.html'));
  return {
    raw: raw.length,
    gzip: gzipSync(raw, { level: 9 }).length,
    brotli: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/**
 * The lessons as an archive compressed about as far as a general-purpose tool goes, so that the
 * size target grows with the content and never reads new lessons as code:
 *
 *   tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner --format=gnu \
 *       --exclude=lessons/README.md -cf - lessons | xz -9e
 *
 * Reproducible (fixed order, times and owners). lessons/README.md, the authoring guide, is left
 * out: the app does not ship it. Needs GNU tar and xz (Debian has both); null without them.
 */
export function lessonsXz(dir = 'lessons') {
  const tar = spawnSync(
    'tar',
    [
      '--sort=name',
      '--mtime=@0',
      '--owner=0',
      '--group=0',
      '--numeric-owner',
      '--format=gnu',
      `--exclude=${dir}/README.md`,
      '-cf',
      '-',
      dir,
    ],
    { maxBuffer: 256 * 1024 * 1024 },
  );
  if (tar.status !== 0) return null;
  const xz = spawnSync('xz', ['-9e', '-c'], { input: tar.stdout, maxBuffer: 256 * 1024 * 1024 });
  return xz.status === 0 ? xz.stdout.length : null;
}
