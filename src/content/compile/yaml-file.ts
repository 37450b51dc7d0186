import {
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
} from 'yaml';
import * as v from 'valibot';
import { describeIssue, type ContentError, type Loc } from './errors.ts';

export type PathKey = string | number;

/**
 * A parsed YAML file that remembers where every value came from, so any later check (schema
 * or cross-reference) can report `file:line:column` for a field path.
 */
export class YamlFile {
  private constructor(
    readonly file: string,
    private readonly doc: Document,
    private readonly lines: LineCounter,
    /** Added to line numbers when this YAML sits inside another file (front matter). */
    private readonly lineOffset: number,
  ) {}

  static parse(file: string, source: string, errors: ContentError[], lineOffset = 0) {
    const lines = new LineCounter();
    const doc = parseDocument(source, {
      lineCounter: lines,
      uniqueKeys: true,
      prettyErrors: false,
    });
    const yaml = new YamlFile(file, doc, lines, lineOffset);
    for (const e of doc.errors) {
      // The parser reports an unclosed quote at the end of the file; the opening quote is
      // what the author needs to find.
      const at = e.code === 'MISSING_CHAR' ? openingQuote(source, e.pos[0]) : e.pos[0];
      const pos = lines.linePos(at);
      errors.push({
        file,
        line: pos.line + lineOffset,
        column: pos.col,
        path: '',
        message: `YAML syntax: ${e.message.split('\n')[0]}`,
      });
    }
    return { yaml, ok: doc.errors.length === 0 };
  }

  toJS(): unknown {
    return this.doc.toJS();
  }

  /** Where the value at `path` is written; the nearest existing parent if it is missing. */
  locate(path: readonly PathKey[]): Loc {
    let node: unknown = this.doc.contents;
    let offset = isNode(node) ? (node.range?.[0] ?? 0) : 0;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
        if (!pair) break;
        // Point at the key for a bad value too: that is where the author looks first.
        offset = isNode(pair.key) ? (pair.key.range?.[0] ?? offset) : offset;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key];
        if (!isNode(item)) break;
        offset = item.range?.[0] ?? offset;
        node = item;
      } else {
        break;
      }
    }
    const { line, col } = this.lines.linePos(offset);
    return { file: this.file, line: line + this.lineOffset, column: col };
  }

  where(path: readonly PathKey[]): Omit<ContentError, 'message'> {
    return { ...this.locate(path), path: path.join('.') };
  }

  error(path: readonly PathKey[], message: string): ContentError {
    return { ...this.where(path), message };
  }

  /** Validates the whole file against a schema; all issues are reported, each with its place. */
  validate<S extends v.GenericSchema>(
    schema: S,
    errors: ContentError[],
  ): v.InferOutput<S> | undefined {
    const result = v.safeParse(schema, this.toJS(), { abortEarly: false });
    if (result.success) return result.output;
    for (const issue of result.issues) {
      const path = (issue.path ?? []).flatMap((p): PathKey[] =>
        typeof p.key === 'string' || typeof p.key === 'number' ? [p.key] : [],
      );
      errors.push(this.error(path, describeIssue(issue)));
    }
    return undefined;
  }
}

/** Offset of the last quote character before `end` that is not closed on its own line. */
function openingQuote(source: string, end: number): number {
  const before = source.slice(0, end);
  let lineStart = before.length;
  while (lineStart > 0) {
    const prev = before.lastIndexOf('\n', lineStart - 2) + 1;
    const line = before.slice(prev, lineStart);
    for (const quote of ['"', "'"]) {
      if ((line.split(quote).length - 1) % 2 === 1) return prev + line.lastIndexOf(quote);
    }
    lineStart = prev;
  }
  return end;
}
