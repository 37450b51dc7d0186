// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allowedUrls, normalizeUrl, strayUrls } from './check-citations.ts';

const SOURCES = `sources:
  - id: a
    url: https://www.example-news.test/story/1
  - id: b
    url: http://gov.test/statement/
`;

describe('the citation check', () => {
  it('passes the real lessons/ and src/: every address is a source in sources.yaml', () => {
    const allowed = allowedUrls(readFileSync('lessons/sources.yaml', 'utf8'));
    expect(allowed.size).toBeGreaterThan(100);
    expect(strayUrls(['lessons', 'src'], allowed)).toEqual([]);
  });

  it('reports an address that is not a source, with file and line, and allows the sources', () => {
    const dir = mkdtempSync(join(tmpdir(), 'citations-'));
    mkdirSync(join(dir, 'lessons'));
    writeFileSync(
      join(dir, 'lessons', 'lesson.md'),
      [
        'As the story said (https://example-news.test/story/1).',
        'And the statement: http://www.gov.test/statement.',
        'But this one is new: https://unvetted.test/page',
        'Loopback is fine: http://127.0.0.1:4173/ and http://localhost/x',
      ].join('\n'),
    );
    expect(strayUrls([join(dir, 'lessons')], allowedUrls(SOURCES), dir)).toEqual([
      { file: 'lessons/lesson.md', line: 3, url: 'https://unvetted.test/page' },
    ]);
  });

  it('compares addresses without scheme, "www." or trailing punctuation', () => {
    expect(normalizeUrl('https://www.a.test/b/).')).toBe('a.test/b');
    expect(normalizeUrl('http://a.test/b')).toBe(normalizeUrl('https://www.a.test/b/'));
  });
});
