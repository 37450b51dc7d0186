// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { compileLessons } from './compile.ts';
import { packContent } from './pack.ts';
import { unpackContent } from '../unpack.ts';
import type { Content } from '../../domain/content.ts';

describe('packed content (what a production build ships)', () => {
  let content: Content | null = null;
  let packed = '';
  // Compressing at zstd's strongest level takes about a second: do it once for both tests.
  beforeAll(async () => {
    content = compileLessons('lessons').content;
    if (content) packed = await packContent(content);
  });

  it('unpacks to exactly the compiled lessons, accents, quotes and dashes included', () => {
    expect(content).not.toBeNull();
    expect(packed).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(unpackContent(packed)).toEqual(content);
  });

  it('is much smaller than the JSON it replaces', () => {
    expect(packed.length).toBeGreaterThan(0);
    expect(packed.length).toBeLessThan(JSON.stringify(content).length / 3);
  });
});
