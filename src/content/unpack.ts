import { Decompress } from 'fzstd';

/** The packed content's frames, as compile/pack.ts writes them. */
export interface PackedFrame {
  /** One zstd stream, base64, flushed after each part. */
  data: string;
  /** Per part: where its compressed bytes end in the stream, and its length decompressed. */
  parts: [end: number, size: number][];
}

/**
 * Reverses compile/pack.ts. The index is parsed at once; each hole in it becomes a getter that,
 * on first use, decodes its part of a frame (base64 → zstd → JSON), and with it every earlier
 * part of the same frame, putting each value in place as a plain property. So the content
 * keeps its shape and stays synchronous for the code that reads it, and a page decodes only
 * what it, and the parts before it, need: the start page decodes nothing.
 */
export function unpackContent(index: string, frames: readonly PackedFrame[]): unknown {
  const start = performance.now();
  const streams = frames.map((frame, f) => new FrameStream(frame, f));
  const holeOf = (value: unknown) => readHole(value, streams);
  const visit = (value: unknown): void => {
    if (typeof value !== 'object' || value === null) return;
    // The fields the index holds (read before any field is made lazy, so as not to decode it).
    const keys = Object.keys(value).filter((key) => key !== HOLE);
    const own = holeOf(value);
    if (own?.kind === 'fields') {
      // Some of this object's fields are left out: they come back together, on first use.
      Reflect.deleteProperty(value, HOLE);
      const { stream, part, item, fields } = own;
      for (const field of fields) lazy(value, field, () => stream.decodeThrough(part));
      stream.onDecoded(part, (values) => {
        const held: unknown = values[item];
        fields.forEach((field, i) => place(value, field, Array.isArray(held) ? held[i] : null));
      });
    }
    for (const key of keys) {
      const child: unknown = Reflect.get(value, key);
      const hole = holeOf(child);
      if (!hole || hole.kind === 'fields') {
        visit(child);
        continue;
      }
      const { stream, part, item } = hole;
      const load = () => stream.decodeThrough(part);
      if (hole.kind === 'value') {
        lazy(value, key, load);
        stream.onDecoded(part, (values) => place(value, key, values[item]));
        continue;
      }
      // An array whose items are left out: the array exists now, its items on first use.
      const { length } = hole;
      const items: unknown[] = [];
      items.length = length;
      for (let i = 0; i < length; i++) lazy(items, String(i), load);
      Reflect.set(value, key, items);
      stream.onDecoded(part, (values) => {
        for (let i = 0; i < length; i++) place(items, String(i), values[item + i]);
      });
    }
  };
  const root: unknown = JSON.parse(index);
  visit(root);
  measure('content: index', start);
  return root;
}

/** The key that marks a hole in the index (compile/pack.ts makes sure content never has it). */
export const HOLE = '$lazy';

type Hole = { stream: FrameStream; part: number; item: number } & (
  { kind: 'value' } | { kind: 'items'; length: number } | { kind: 'fields'; fields: string[] }
);

/**
 * The hole an index value is or holds: `{"$lazy":[frame, part, item]}`, with a length for
 * an array's items, or with field names for an object's fields; null for anything else.
 */
function readHole(value: unknown, streams: FrameStream[]): Hole | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const hole: unknown = Reflect.get(value, HOLE);
  if (!Array.isArray(hole)) return null;
  const [frame, part, item, ...rest]: unknown[] = hole;
  const stream = typeof frame === 'number' ? streams[frame] : undefined;
  if (!stream || typeof part !== 'number' || typeof item !== 'number') return null;
  const [length] = rest;
  if (typeof length === 'number') return { kind: 'items', stream, part, item, length };
  const fields = rest.filter((f) => typeof f === 'string');
  if (fields.length) return { kind: 'fields', stream, part, item, fields };
  return { kind: 'value', stream, part, item };
}

type Fill = (values: readonly unknown[]) => void;

/** One zstd stream, decoded as far as has been asked for. */
class FrameStream {
  private readonly fills: Fill[][];
  private bytes: Uint8Array | null = null;
  private decoder: Decompress | null = null;
  private output: Uint8Array[] = [];
  private done = 0;

  constructor(
    private readonly frame: PackedFrame,
    private readonly id: number,
  ) {
    this.fills = frame.parts.map(() => []);
  }

  onDecoded(part: number, fill: Fill) {
    this.fills[part]?.push(fill);
  }

  decodeThrough(part: number) {
    if (part < this.done) return;
    let start = performance.now();
    this.bytes ??= fromBase64(this.frame.data);
    this.decoder ??= new Decompress((chunk) => this.output.push(chunk.slice()));
    const { parts } = this.frame;
    for (; this.done <= part; this.done++) {
      const [end, size] = parts[this.done] ?? [0, 0];
      const from = this.done ? (parts[this.done - 1]?.[0] ?? 0) : 0;
      this.decoder.push(this.bytes.subarray(from, end), this.done === parts.length - 1);
      const bytes = concat(this.output);
      this.output = [];
      const text = new TextDecoder().decode(bytes);
      start = measure('content: zstd', start);
      const values: unknown = bytes.length === size && JSON.parse(text);
      start = measure('content: JSON.parse', start);
      if (!Array.isArray(values)) {
        throw new Error(`content frame ${this.id}, part ${this.done}: unreadable`);
      }
      for (const fill of this.fills[this.done] ?? []) fill(values);
    }
  }
}

/**
 * Marks the time spent since `start` in the browser's performance tools (`npm run bench`
 * reads these too); returns now.
 */
function measure(name: string, start: number): number {
  const end = performance.now();
  performance.measure(name, { start, end });
  return end;
}

/** A property that decodes its part when read (which replaces it with the value). */
function lazy(holder: object, key: string, load: () => void) {
  Object.defineProperty(holder, key, {
    configurable: true,
    enumerable: true,
    get() {
      load();
      return Reflect.get(holder, key);
    },
  });
}

function place(holder: object, key: string, value: unknown) {
  Object.defineProperty(holder, key, {
    configurable: true,
    enumerable: true,
    writable: true,
    value,
  });
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
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
