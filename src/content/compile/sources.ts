/** sources.yaml: every source the research catalogues (the app ships only those cited). */
import { join } from 'node:path';
import type { Source } from '../../domain/content.ts';
import type { CompileContext, Located } from './context.ts';
import { SourcesFile } from './schema.ts';

export function loadSources(ctx: CompileContext): Located<Source>[] {
  const loaded = ctx.yaml(join(ctx.root, 'sources.yaml'), SourcesFile);
  if (!loaded) return [];
  const { yaml, value } = loaded;
  return value.sources.map((s, i) => {
    if (!s.title && !s.description) {
      ctx.errors.push(
        yaml.error(['sources', i], 'needs a "title" (as published) or a "description" (ours)'),
      );
    }
    const source: Source = {
      id: s.id,
      publisher: s.publisher,
      ...(s.title ? { title: s.title } : {}),
      ...(s.description ? { description: s.description } : {}),
      date: s.date,
      url: s.url,
      ...(s.via ? { via: s.via } : {}),
      kind: s.kind,
      confidence: s.confidence,
      confidenceNote: s.confidenceNote,
      dossier: s.dossier,
      ...(s.funding ? { funding: s.funding } : {}),
    };
    return { value: source, where: yaml.where(['sources', i, 'id']) };
  });
}
