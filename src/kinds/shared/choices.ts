/** Compiling and checking the options of single- and multiple-choice questions. */
import type * as v from 'valibot';
import type { Choice } from '../../domain/question';
import type { choices } from './authoring';
import type { FieldPath, KindCompileContext } from '../types';

/** Reports a second use of an id within one list of a question; returns the ids. */
export function uniqueIds(
  ctx: KindCompileContext,
  items: readonly { id: string }[],
  field: string,
): Set<string> {
  const ids = new Set<string>();
  items.forEach((it, i) => {
    if (ids.has(it.id)) ctx.error([field, i, 'id'], `duplicate id "${it.id}" in ${field}`);
    ids.add(it.id);
  });
  return ids;
}

export function compileChoices(
  ctx: KindCompileContext,
  options: v.InferOutput<typeof choices>,
): Choice[] {
  const at = (i: number, field: string): FieldPath => ['options', i, field];
  return options.map((o, i) => ({
    id: o.id,
    text: ctx.inline(at(i, 'text'), o.text),
    ...(o.feedback ? { feedback: ctx.md(at(i, 'feedback'), o.feedback) } : {}),
    ...(o.stance ? { stance: o.stance } : {}),
  }));
}
