import type { Content } from '../domain/content';
import type { Question } from '../domain/question';
import type { Rich } from '../domain/rich';
import { paths } from '../config/paths';
import { kindOf } from '../kinds/registry';

/** Where a source or glossary term is used, for "cited in" lists. */
export interface Citation {
  /** Readable place, e.g. "Lesson 2: Lateral reading" or "Note on sentence 12". */
  label: string;
  /** App path to go there. */
  path: string;
}

function walk(nodes: Rich, visit: (t: string, id: string) => void) {
  for (const n of nodes) {
    if (typeof n === 'string') continue;
    if (n.t === 'source' || n.t === 'term') visit(n.t, n.id);
    if ('c' in n) walk(n.c, visit);
  }
}

function questionRich(q: Question): Rich[] {
  const stimulus =
    q.stimulus?.kind === 'constructed' ? [q.stimulus.text] : [q.stimulus?.intro ?? []];
  return [q.prompt, q.explanation, ...stimulus, ...kindOf(q.kind).richText(q)];
}

/**
 * For every source id, the places that cite it: lesson text, practice and quiz questions
 * (in their text, fresh text or evidence), search results, annotations, the source card and
 * the before-and-after check.
 */
export function sourceCitations(content: Content): Map<string, Citation[]> {
  const out = new Map<string, Citation[]>();
  const add = (id: string, c: Citation) => {
    const list = out.get(id) ?? [];
    if (!list.some((x) => x.label === c.label)) list.push(c);
    out.set(id, list);
  };
  const fromRich = (rich: Rich, c: Citation) => walk(rich, (t, id) => t === 'source' && add(id, c));
  const fromQuestions = (questions: Question[], c: Citation) => {
    for (const q of questions) {
      questionRich(q).forEach((r) => fromRich(r, c));
      q.evidence.sources.forEach((id) => add(id, c));
      if (q.stimulus?.kind === 'quote') add(q.stimulus.source, c);
    }
  };
  const card = { label: 'About this text (case study)', path: paths.caseStudy };
  fromRich(content.sourceCard, card);
  content.trail?.steps.forEach((s) => add(s.source, card));
  const timeline = { label: 'Timeline (case study)', path: paths.caseStudy };
  content.timeline.events.forEach((e) => e.sources.forEach((id) => add(id, timeline)));
  for (const a of content.annotations) {
    const c = { label: 'Expert notes on the article', path: paths.sentence(a.sentences[0] ?? '') };
    fromRich(a.reason, c);
    a.sources.forEach((id) => add(id, c));
  }
  for (const lesson of content.lessons) {
    const at = (what: string) => ({
      label: `${lesson.label}: ${what}`,
      path: paths.lesson(lesson.id),
    });
    fromRich(lesson.intro, at(lesson.title));
    for (const s of lesson.sections) {
      fromRich(s.body, {
        label: `${lesson.label}: ${s.title}`,
        path: paths.lessonSection(lesson.id, s.id),
      });
    }
    for (const a of lesson.activities) {
      fromQuestions(a.questions, at(`practice “${a.title}”`));
      if (a.kind === 'lateral-reading') {
        for (const r of a.results) {
          if (r.source) add(r.source, at(`practice “${a.title}”`));
          fromRich(r.page, at(`practice “${a.title}”`));
          fromRich(r.expert, at(`practice “${a.title}”`));
        }
      }
    }
    fromQuestions(lesson.quiz.questions, {
      label: `${lesson.label}: quiz`,
      path: paths.quiz(lesson.id),
    });
  }
  for (const form of content.checks) {
    fromQuestions(
      form.items.map((i) => i.question),
      { label: `Before-and-after check: ${form.label}`, path: paths.check },
    );
  }
  return out;
}
