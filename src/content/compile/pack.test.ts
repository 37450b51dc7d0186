// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { compileLessons } from './compile.ts';
import { packContent } from './pack.ts';
import { unpackContent } from '../unpack.ts';

describe('packed content (what a production build ships)', () => {
  it('unpacks to exactly the compiled lessons, accents, quotes and dashes included', async () => {
    const { content } = compileLessons('lessons');
    expect(content).toBeDefined();
    const packed = await packContent(content);
    expect(packed).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(unpackContent(packed)).toEqual(content);
  });

  it('is much smaller than the JSON it replaces', async () => {
    const { content } = compileLessons('lessons');
    const packed = await packContent(content);
    expect(packed.length).toBeLessThan(JSON.stringify(content).length / 3);
  });
});
