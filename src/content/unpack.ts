import { decompress } from 'fzstd';

/**
 * Reverses compile/pack.ts: base64 → zstd → JSON. The built index.html carries the lessons
 * this way because zstd shrinks them far more than the gzip a web server applies to the page
 * (README, "Performance"); decoding takes a few milliseconds at start-up.
 */
export function unpackContent(base64: string): unknown {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(decompress(bytes)));
}
