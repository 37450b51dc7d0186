/**
 * Checks across files, once everything is loaded: ids unique across lessons, every reference
 * (sentence, source, glossary term, lesson, section, category) pointing at something that
 * exists, and every practice activity placed in its lesson exactly where lesson.md says.
 */
import type {
  Activity,
  AnnotationCategory,
  GlossaryTerm,
  Lesson,
  Source,
} from '../../domain/content.ts';
import type { Rich } from '../../domain/rich.ts';
import type { Camp } from '../../domain/stimulus.ts';
import type { SourceKind } from '../../domain/content.ts';
import type { ArticleIndex } from './article.ts';
import type { CompileContext, Where } from './context.ts';
import type { ContentError } from './errors.ts';
import type { Ref } from './refs.ts';
import type { YamlFile } from './yaml-file.ts';

/** Reports each id used again after its first use, naming where it was first used. */
export function checkUnique(
  errors: ContentError[],
  what: string,
  items: { id: string; where: Where }[],
) {
  const first = new Map<string, Where>();
  for (const { id, where } of items) {
    const prior = first.get(id);
    if (prior) {
      errors.push({
        ...where,
        message: `duplicate ${what} id "${id}" (first used at ${prior.file}:${prior.line})`,
      });
    } else {
      first.set(id, where);
    }
  }
}

/** Checks every reference collected while loading; names written by text get their ids. */
export function resolveRefs(
  errors: ContentError[],
  refs: readonly Ref[],
  all: {
    article: ArticleIndex;
    sources: Source[];
    glossary: GlossaryTerm[];
    lessons: Lesson[];
    categories: AnnotationCategory[];
    /** The ids of the timeline's rows (case-study/timeline.yaml); null: not checked. */
    lanes: string[] | null;
    /** Whether case-study/trail.yaml exists; null: not checked. */
    trail: boolean | null;
  },
) {
  const sources = new Map(all.sources.map((s) => [s.id, s]));
  const terms = new Map(all.glossary.map((t) => [t.id, t]));
  const termByName = new Map<string, string>();
  for (const t of all.glossary) {
    for (const name of [t.term, ...t.aliases]) termByName.set(name.toLowerCase(), t.id);
  }
  const lessons = new Map(all.lessons.map((l) => [l.id, l]));
  const categories = new Set(all.categories.map((c) => c.id));
  const lanes = new Set(all.lanes ?? []);
  for (const r of refs) {
    const fail = (message: string) => errors.push({ ...r.where, message });
    switch (r.kind) {
      case 'sentence': {
        const unit = all.article.units.get(r.id);
        if (!unit) fail(`unknown sentence id "${r.id}"`);
        else if (r.text && !unit.text.includes(r.text)) {
          fail(`phrase "${r.text}" does not occur in sentence "${r.id}" (copy it exactly)`);
        }
        break;
      }
      case 'source': {
        const source = sources.get(r.id);
        if (!source) fail(`unknown source id "${r.id}" (sources are listed in sources.yaml)`);
        else if (r.camp && !campFits(r.camp, source.kind)) {
          fail(
            `source "${r.id}" is of kind "${source.kind}", which does not fit camp "${r.camp}" (fits: ${CAMP_KINDS[r.camp].join(', ') || 'none: write it as "constructed"'})`,
          );
        }
        break;
      }
      case 'term': {
        const id = r.id || termByName.get((r.text ?? '').trim().toLowerCase()) || '';
        if (!terms.has(id)) {
          fail(
            r.id
              ? `unknown glossary term id "${r.id}"`
              : `no glossary term or alias "${r.text}": add {id=…} or an alias in glossary.yaml`,
          );
        } else {
          r.resolve?.(id);
        }
        break;
      }
      case 'lesson': {
        const lesson = lessons.get(r.id);
        if (!lesson) fail(`unknown lesson id "${r.id}"`);
        else if (r.section && !lesson.sections.some((s) => s.id === r.section)) {
          fail(`lesson "${r.id}" has no section "${r.section}"`);
        }
        break;
      }
      case 'category':
        if (!categories.has(r.id)) fail(`unknown annotation category "${r.id}"`);
        break;
      case 'timeline': {
        if (!all.lanes) break;
        if (!all.lanes.length) {
          fail('there is no timeline: write case-study/timeline.yaml first');
          break;
        }
        const unknown = (r.text?.split(' ') ?? []).filter((id) => !lanes.has(id));
        if (unknown.length) {
          fail(
            `unknown timeline lane${unknown.length > 1 ? 's' : ''} ${unknown.map((id) => `"${id}"`).join(', ')}; the lanes in case-study/timeline.yaml are: ${all.lanes.join(', ')}`,
          );
        }
        break;
      }
      case 'trail':
        if (all.trail === false)
          fail('there is no publication trail: write case-study/trail.yaml first');
        break;
      // Activities are checked per lesson (checkActivityPlacement), where its own are known.
    }
  }
}

/**
 * The source kinds a quoted fresh text may have for each camp, so that a transfer item's camp
 * (which the spread over camps is counted by) agrees with what its source is.
 */
export const CAMP_KINDS: Record<Camp, readonly SourceKind[]> = {
  mek: ['partisan-MEK', 'paid advocacy', 'self-description'],
  'iranian-state': ['Iranian-state/aligned', 'self-description'],
  'russian-state': ['Russian-state/aligned', 'self-description'],
  government: ['government', 'law-firm summary'],
  press: ['press', 'alternative press'],
  research: ['NGO', 'think tank / research', 'academic'],
  'other-topic': [],
};

function campFits(camp: Camp, kind: SourceKind): boolean {
  return CAMP_KINDS[camp].includes(kind);
}

/**
 * Activities are shown where lesson.md places them (`::activity{id=…}`): one never placed
 * would be dead content, and a placement naming no activity of this lesson shows nothing.
 */
export function checkActivityPlacement(
  ctx: CompileContext,
  lesson: {
    /** lesson.md's path in messages. */
    lessonMd: string;
    /** The compiled bodies of lesson.md (intro and sections). */
    placed: Rich[];
    activities: Activity[];
    activitiesFile: { yaml: YamlFile } | null;
    activitiesUnreadable: boolean;
  },
) {
  const embedded = new Set<string>();
  collectActivities(lesson.placed, embedded);
  for (const [i, a] of lesson.activities.entries()) {
    if (!embedded.has(a.id) && lesson.activitiesFile) {
      ctx.errors.push(
        lesson.activitiesFile.yaml.error(
          ['activities', i, 'id'],
          `activity "${a.id}" is never shown: add ::activity{id=${a.id}} to lesson.md`,
        ),
      );
    }
  }
  // If activities.yaml exists but could not be read, its own errors say so; don't add more.
  if (lesson.activitiesUnreadable) return;
  const local = new Set(lesson.activities.map((a) => a.id));
  for (const r of ctx.refs) {
    if (r.kind === 'activity' && r.where.file === lesson.lessonMd && !local.has(r.id)) {
      ctx.errors.push({
        ...r.where,
        message: `no activity "${r.id}" in this lesson's activities.yaml`,
      });
    }
  }
}

function collectActivities(bodies: Rich[], into: Set<string>) {
  const walk = (nodes: Rich) => {
    for (const n of nodes) {
      if (typeof n === 'string') continue;
      if (n.t === 'activity') into.add(n.id);
      if ('c' in n) walk(n.c);
    }
  };
  bodies.forEach(walk);
}
