import { Zstd } from '@hpcc-js/wasm-zstd';

/** The compiled content as zstd-compressed, base64-encoded JSON, for src/content/unpack.ts. */
export async function packContent(content: unknown): Promise<string> {
  const zstd = await Zstd.load();
  // Level 19 is zstd's strongest normal level; 20–22 give the same size on this content.
  const packed = zstd.compress(new TextEncoder().encode(JSON.stringify(content)), 19);
  return Buffer.from(packed).toString('base64');
}
