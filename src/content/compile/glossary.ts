/** glossary.yaml: terms that lesson text links to with :term[…]. */
import { join } from 'node:path';
import type { GlossaryTerm } from '../../domain/content.ts';
import type { CompileContext, Located } from './context.ts';
import { GlossaryFile } from './schema.ts';

export function loadGlossary(ctx: CompileContext): Located<GlossaryTerm>[] {
  const loaded = ctx.yaml(join(ctx.root, 'glossary.yaml'), GlossaryFile);
  if (!loaded) return [];
  const { yaml, value } = loaded;
  return value.terms.map((t, i) => {
    (t.related ?? []).forEach((r, j) => ctx.ref('term', r, yaml, ['terms', i, 'related', j]));
    const term: GlossaryTerm = {
      id: t.id,
      term: t.term,
      aliases: t.aliases ?? [],
      definition: ctx.md(yaml, ['terms', i, 'definition'], t.definition),
      related: t.related ?? [],
    };
    return { value: term, where: yaml.where(['terms', i, 'id']) };
  });
}
