/** A lesson's activities.yaml: practice questions and offline lateral-reading searches. */
import { join } from 'node:path';
import type * as v from 'valibot';
import type { Activity, SearchResult } from '../../domain/content.ts';
import { compileQuestion, type QuestionScope } from './question.ts';
import { ActivitiesFile } from './schema.ts';
import type { PathKey, YamlFile } from './yaml-file.ts';

/** Reads (the file is optional) and compiles the activities of one lesson folder. */
export function loadActivities(scope: QuestionScope, dir: string) {
  const file = scope.ctx.yaml(join(dir, 'activities.yaml'), ActivitiesFile, false);
  const activities: Activity[] = (file?.value.activities ?? []).map((a, i) =>
    compileActivity(scope, a, file?.yaml, ['activities', i]),
  );
  return { file, activities };
}

function compileActivity(
  scope: QuestionScope,
  a: v.InferOutput<typeof ActivitiesFile>['activities'][number],
  yaml: YamlFile | undefined,
  path: PathKey[],
): Activity {
  const { ctx } = scope;
  if (!yaml) throw new Error('unreachable: an activity without its file');
  const qs = a.questions.map((q, i) => compileQuestion(scope, q, yaml, [...path, 'questions', i]));
  const intro = ctx.md(yaml, [...path, 'intro'], a.intro);
  if (a.kind === 'questions')
    return { kind: a.kind, id: a.id, title: a.title, intro, questions: qs };
  const resultIds = new Set(a.results.map((r) => r.id));
  a.queries.forEach((q, i) =>
    q.results.forEach((r, j) => {
      if (!resultIds.has(r)) {
        ctx.errors.push(
          yaml.error(
            [...path, 'queries', i, 'results', j],
            `no result "${r}" in this activity's results`,
          ),
        );
      }
    }),
  );
  const results: SearchResult[] = a.results.map((r, i) => {
    if (r.source) ctx.ref('source', r.source, yaml, [...path, 'results', i, 'source']);
    return {
      id: r.id,
      title: r.title,
      site: r.site,
      snippet: r.snippet,
      ...(r.source ? { source: r.source } : {}),
      page: ctx.md(yaml, [...path, 'results', i, 'page'], r.page),
      expert: ctx.md(yaml, [...path, 'results', i, 'expert'], r.expert),
      ...(r.misleading
        ? { misleading: ctx.md(yaml, [...path, 'results', i, 'misleading'], r.misleading) }
        : {}),
    };
  });
  return {
    kind: a.kind,
    id: a.id,
    title: a.title,
    intro,
    queries: a.queries,
    results,
    questions: qs,
    debrief: ctx.md(yaml, [...path, 'debrief'], a.debrief),
  };
}
