import { decompress } from 'fzstd';

/**
 * Reverses compile/pack.ts: base64 → zstd → JSON. The built index.html carries the lessons
 * this way because zstd shrinks them far more than the gzip a web server applies to the page
 * (README, "Architecture").
 */
export function unpackContent(base64: string): unknown {
  return JSON.parse(new TextDecoder().decode(decompress(fromBase64(base64))));
}

function fromBase64(base64: string): Uint8Array {
  // Native where the browser has it (much faster than a loop over 100 kB of text).
  if ('fromBase64' in Uint8Array && typeof Uint8Array.fromBase64 === 'function') {
    const bytes: unknown = Uint8Array.fromBase64(base64);
    if (bytes instanceof Uint8Array) return bytes;
  }
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
