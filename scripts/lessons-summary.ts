import type { Content, Lesson } from '../src/domain/content';
import type { Question } from '../src/domain/question';
import { cueFigures, describeCues } from '../src/content/compile/cues';
import type { Rich } from '../src/domain/rich';
import { judgements } from '../src/scoring/score';

/** A few lines on what lessons/ holds: the figures a content reviewer asks for. */
export function summarize(content: Content): string {
  const sentences = content.article.blocks.flatMap((b) =>
    b.type === 'paragraph' ? b.sentences : [],
  );
  const lines = [
    `lessons/ is valid (content hash ${content.hash})`,
    `  article: ${sentences.length} sentences, ${content.annotations.length} annotations`,
    `  ${content.sources.length} sources cited (sources.yaml may list more), ${content.glossary.length} glossary terms`,
  ];
  for (const lesson of content.lessons) {
    const practice = lesson.activities.flatMap((a) => a.questions);
    lines.push(
      `  ${lesson.label} (${lesson.id}): quiz ${describe(lesson.quiz.questions)}; practice ${describe(practice)}`,
      `    ${reading(lesson)}`,
      `    ${transfer(lesson.quiz.questions)}`,
      ...cueLines('quiz', lesson.quiz.questions),
      ...lesson.activities.flatMap((a) => cueLines(`practice "${a.id}"`, a.questions)),
    );
  }
  for (const form of content.checks) {
    const questions = form.items.map((i) => i.question);
    lines.push(
      `  Before-and-after check, ${form.label}: ${describe(questions)}; ${transfer(questions)}`,
    );
  }
  return lines.join('\n');
}

/** Questions on fresh texts, by whose text it is (src/domain/stimulus.ts). */
function transfer(questions: Question[]): string {
  const camps = new Map<string, number>();
  for (const q of questions) {
    if (q.stimulus) camps.set(q.stimulus.camp, (camps.get(q.stimulus.camp) ?? 0) + 1);
  }
  const total = [...camps.values()].reduce((a, b) => a + b, 0);
  const spread = [...camps].map(([camp, n]) => `${camp} ${n}`).join(', ');
  return `transfer (fresh texts): ${total}${spread ? ` (${spread})` : ''}`;
}

/** How far a test-wise learner gets by form alone (src/content/compile/cues.ts). */
function cueLines(what: string, questions: Question[]): string[] {
  const [first = '', ...rest] = describeCues(cueFigures(questions));
  return [`    ${what}: ${first}`, ...rest.map((l) => `      ${l}`)];
}

/** Words a learner reads on the main path and behind "Go deeper", and the time given. */
function reading(lesson: Lesson): string {
  const words = { main: 0, deeper: 0 };
  const walk = (nodes: Rich, where: 'main' | 'deeper') => {
    for (const n of nodes) {
      if (typeof n === 'string') words[where] += n.split(/\s+/).filter(Boolean).length;
      else if (n.t === 'teacher') continue;
      else if ('c' in n) walk(n.c, n.t === 'deeper' ? 'deeper' : where);
    }
  };
  walk([lesson.intro, ...lesson.sections.map((s) => s.body)].flat(), 'main');
  const plan = lesson.teacher ? `, teacher plan ${lesson.teacher.minutes}` : '';
  return `reading: main path ${words.main} words, Go deeper ${words.deeper} words; ${lesson.minutes} minutes${plan}`;
}

function describe(questions: Question[]): string {
  const byKind = new Map<string, number>();
  for (const q of questions) byKind.set(q.kind, (byKind.get(q.kind) ?? 0) + 1);
  const kinds = [...byKind].map(([k, n]) => `${k} ${n}`).join(', ');
  // The same judgement items the results screen's discernment line counts.
  const judged = questions.flatMap((q) => judgements(q, null));
  const trust = judged.filter((j) => j.truth === 'trust').length;
  const share = judged.length ? Math.round((trust / judged.length) * 100) : 0;
  return (
    `${questions.length} questions${kinds ? ` (${kinds})` : ''}` +
    (judged.length
      ? `, ${judged.length} judgement items of which ${trust} "trust" (${share}%)`
      : '')
  );
}
