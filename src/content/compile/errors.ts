import * as v from 'valibot';

/** One problem in lessons/, with where it is. Every problem is collected; none stops the rest. */
export interface ContentError {
  file: string;
  line: number;
  column: number;
  /** The field, as a dotted path (e.g. "questions.2.answer"); "" for the file as a whole. */
  path: string;
  message: string;
}

export interface Loc {
  file: string;
  line: number;
  column: number;
}

export function formatError(e: ContentError): string {
  return `${e.file}:${e.line}:${e.column}  ${e.path || '(file)'}  ${e.message}`;
}

export function formatErrors(errors: ContentError[]): string {
  const n = errors.length;
  return [
    `${n} problem${n === 1 ? '' : 's'} in lessons/:`,
    ...errors.map((e) => `  ${formatError(e)}`),
  ].join('\n');
}

export function sortErrors(errors: ContentError[]): ContentError[] {
  return [...errors].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}

/** Turns a valibot issue into words a teacher editing a file can act on. */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'strict_object') {
    return issue.expected === 'never'
      ? `unknown field ${issue.received} (misspelt, or not allowed here)`
      : 'is required but missing';
  }
  if (issue.type === 'object' && issue.received === 'undefined') return 'is required but missing';
  if (issue.type === 'variant' && issue.message.startsWith('unknown')) {
    return `${issue.message} (got ${issue.received})`;
  }
  if (issue.type === 'picklist' || issue.type === 'literal') {
    return `${issue.message.replace(/^Invalid type: .*/, `must be ${issue.expected}`)} (got ${issue.received})`;
  }
  if (issue.message.startsWith('Invalid type')) {
    return `has the wrong type: expected ${issue.expected}, got ${issue.received}`;
  }
  if (issue.message.startsWith('Invalid length')) {
    return `has the wrong length: expected ${issue.expected}, got ${issue.received}`;
  }
  return issue.message;
}
