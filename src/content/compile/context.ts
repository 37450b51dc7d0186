/**
 * What every part of the compiler shares while reading lessons/: the problems found so far,
 * the references to check once everything is loaded, the files read (for the dev server to
 * watch) and the content hash (recorded with learners' results).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, sep } from 'node:path';
import type * as v from 'valibot';
import type { Rich } from '../../domain/rich.ts';
import type { ContentError } from './errors.ts';
import { compileInlineMarkdown, compileMarkdown, type MdContext } from './markdown.ts';
import type { Ref } from './refs.ts';
import { YamlFile, type PathKey } from './yaml-file.ts';

export type Where = Omit<ContentError, 'message'>;

/** A compiled value and where its id is written, for duplicate-id reports. */
export interface Located<T> {
  value: T;
  where: Where;
}

export const CASE_STUDY_DIR = 'case-study';
/** The before-and-after check's forms (prepost.ts). */
export const CHECKS_DIR = 'checks';
/** Folders of lessons/ that are not lessons; every other folder is one. */
export const NOT_LESSON_DIRS: ReadonlySet<string> = new Set([CASE_STUDY_DIR, CHECKS_DIR]);

export class CompileContext {
  readonly errors: ContentError[] = [];
  readonly refs: Ref[] = [];
  /** Every file read, so a dev server can watch them. */
  readonly files: string[] = [];
  private readonly hash = createHash('sha256');

  /** `root` is the absolute path of the lessons folder. */
  constructor(readonly root: string) {}

  /** A hash of every file read, in the order read. */
  digest(): string {
    return this.hash.digest('hex').slice(0, 16);
  }

  /** Paths in messages start at the content folder's name: "lessons/01-…/quiz.yaml". */
  rel(path: string) {
    return relative(dirname(this.root), path).split(sep).join('/');
  }

  read(path: string, required = true): string | null {
    const file = this.rel(path);
    if (!existsSync(path)) {
      if (required)
        this.errors.push({ file, line: 1, column: 1, path: '', message: 'file is missing' });
      return null;
    }
    this.files.push(path);
    const source = readFileSync(path, 'utf8');
    this.hash.update(`${relative(this.root, path)}\0${source}\0`);
    return source;
  }

  yaml<S extends v.GenericSchema>(
    path: string,
    schema: S,
    required = true,
  ): { yaml: YamlFile; value: v.InferOutput<S> } | null {
    const source = this.read(path, required);
    if (source === null) return null;
    const { yaml, ok } = YamlFile.parse(this.rel(path), source, this.errors);
    if (!ok) return null;
    const value = yaml.validate(schema, this.errors);
    return value === undefined ? null : { yaml, value };
  }

  /** A Markdown file with YAML front matter between `---` lines. */
  markdownFile<S extends v.GenericSchema>(path: string, schema: S) {
    const source = this.read(path);
    if (source === null) return null;
    const file = this.rel(path);
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
    if (!match) {
      this.errors.push({
        file,
        line: 1,
        column: 1,
        path: '',
        message: 'must start with front matter: a line "---", YAML fields, then "---"',
      });
      return null;
    }
    const { yaml, ok } = YamlFile.parse(file, match[1] ?? '', this.errors, 1);
    const front = ok ? yaml.validate(schema, this.errors) : undefined;
    const bodyOffset = match[0].split('\n').length - 1;
    const md: MdContext = {
      errors: this.errors,
      refs: this.refs,
      where: (line = 1, column = 1) => ({ file, line: line + bodyOffset, column, path: 'body' }),
    };
    return { front, yaml, body: source.slice(match[0].length), md };
  }

  /** Markdown written inside a YAML field: problems are reported at that field. */
  mdIn(yaml: YamlFile, path: PathKey[]): MdContext {
    return { errors: this.errors, refs: this.refs, where: () => yaml.where(path) };
  }

  md(yaml: YamlFile, path: PathKey[], source: string): Rich {
    return compileMarkdown(source, this.mdIn(yaml, path));
  }

  inline(yaml: YamlFile, path: PathKey[], source: string): Rich {
    return compileInlineMarkdown(source, this.mdIn(yaml, path));
  }

  ref(kind: Ref['kind'], id: string, yaml: YamlFile, path: PathKey[], extra: Partial<Ref> = {}) {
    this.refs.push({ kind, id, where: yaml.where(path), ...extra });
  }
}
