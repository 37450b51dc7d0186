// @vitest-environment node
// The authoring guide's example lesson must work when copied into lessons/, as the guide says.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { compileLessons } from './compile.ts';
import { formatErrors } from './errors.ts';
import { QUESTION_KINDS } from '../../kinds/registry.ts';

/** The guide's code blocks that name a file: ```yaml file=05-example/quiz.yaml */
function guideFiles(markdown: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const m of markdown.matchAll(/^```\w+ file=(\S+)\n([\s\S]*?)^```$/gm)) {
    if (m[1] && m[2] !== undefined) files.set(m[1], m[2]);
  }
  return files;
}

describe('lessons/README.md', () => {
  it('contains an example lesson folder whose files are valid when copied into lessons/', () => {
    const files = guideFiles(readFileSync('lessons/README.md', 'utf8'));
    expect([...files.keys()].sort()).toEqual([
      '05-example/activities.yaml',
      '05-example/lesson.md',
      '05-example/quiz.yaml',
      '05-example/teacher.yaml',
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'guide-'));
    try {
      cpSync('lessons', join(dir, 'lessons'), { recursive: true });
      for (const [name, text] of files) {
        mkdirSync(dirname(join(dir, 'lessons', name)), { recursive: true });
        writeFileSync(join(dir, 'lessons', name), text);
      }
      const { content, errors } = compileLessons(join(dir, 'lessons'));
      expect(errors.length ? formatErrors(errors) : '').toBe('');
      const example = content?.lessons.find((l) => l.id === 'example');
      // One complete example of every kind, in the order the guide presents them.
      expect(example?.quiz.questions.map((q) => q.kind)).toEqual([...QUESTION_KINDS]);
      expect(example?.activities.map((a) => a.kind)).toEqual(['questions', 'lateral-reading']);
      expect(example?.teacher?.minutes).toBe(20);
    } finally {
      rmSync(dir, { recursive: true });
    }
    // It compiles the whole of lessons/, which takes seconds on a busy machine.
  }, 30_000);
});
