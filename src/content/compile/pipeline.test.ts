// @vitest-environment node
// The same validator stops every path to a classroom: the Vite build and the CLI.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { lessonsPlugin } from './vite-plugin.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');

function brokenCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'lessons-pipeline-'));
  cpSync(join(FIXTURES, 'base'), dir, { recursive: true });
  cpSync(join(FIXTURES, 'broken', 'unknown-kind'), join(dir, 'lessons'), {
    recursive: true,
    filter: (src) => !src.endsWith('expected.txt'),
  });
  return dir;
}

const EXPECTED =
  'lessons/01-sample/quiz.yaml:4:5  questions.0.kind  unknown question kind; use one of: single-choice, multiple-choice, tag-sentences, categorize, order, short-answer (got "drag-and-drop")';

describe('content pipeline', () => {
  it('stops a Vite build on a broken lesson file, naming file and line', async () => {
    const dir = brokenCopy();
    try {
      writeFileSync(join(dir, 'entry.js'), "import c from 'virtual:content'; console.log(c);\n");
      const run = build({
        configFile: false,
        logLevel: 'silent',
        root: dir,
        plugins: [lessonsPlugin(join(dir, 'lessons'))],
        build: { write: false, lib: { entry: join(dir, 'entry.js'), formats: ['es'] } },
      });
      await expect(run).rejects.toThrow(EXPECTED);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('builds the compiled content into the bundle when the files are valid', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lessons-pipeline-'));
    try {
      cpSync(join(FIXTURES, 'base'), dir, { recursive: true });
      writeFileSync(join(dir, 'entry.js'), "import c from 'virtual:content'; export default c;\n");
      await build({
        configFile: false,
        logLevel: 'silent',
        root: dir,
        plugins: [lessonsPlugin(join(dir, 'lessons'))],
        build: {
          outDir: join(dir, 'out'),
          lib: { entry: join(dir, 'entry.js'), formats: ['es'], fileName: () => 'content.mjs' },
        },
      });
      // The build ships the content compressed; run the bundle to read it back.
      const built: unknown = (await import(pathToFileURL(join(dir, 'out/content.mjs')).href))
        .default;
      expect(JSON.stringify(built)).toContain('Experts agree that the plan failed.');
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('makes `npm run lessons:check` exit non-zero with the same report', () => {
    const dir = brokenCopy();
    try {
      const { status, stderr } = spawnSync(
        process.execPath,
        [
          resolve('node_modules/tsx/dist/cli.mjs'),
          'scripts/lessons-check.ts',
          join(dir, 'lessons'),
        ],
        { encoding: 'utf8' },
      );
      expect(status).toBe(1);
      expect(stderr).toContain('1 problem in lessons/:');
      expect(stderr).toContain(EXPECTED);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});
