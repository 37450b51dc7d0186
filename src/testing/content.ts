import type { CheckForm, CheckFormId, Content, Lesson } from '../domain/content';
import type { QuestionOf } from '../domain/question';
import { q } from './questions';

/** A check item: a constructed text and a claim, keyed supported (trust) or not (flag). */
function checkItem(id: string, answer: 'supported' | 'unsupported', pair: string) {
  const question: QuestionOf<'single-choice'> = q.single({
    id,
    stimulus: { kind: 'constructed', text: [`Text of ${id}.`], camp: 'other-topic' },
    prompt: [`Claim of ${id}.`],
    options: [
      { id: 'supported', text: ['Supported'], stance: 'trust' },
      { id: 'unsupported', text: ['Not supported'], stance: 'flag' },
    ],
    rubric: { answer },
  });
  return { pair, difficulty: 'easier' as const, question };
}

/** Two small forms of the check: in each, items one and two are unsupported, three and four supported. */
export function fakeChecks(): CheckForm[] {
  const form = (id: CheckFormId, p: string): CheckForm => ({
    id,
    label: id === 'form-a' ? 'Form A' : 'Form B',
    title: `Check ${p}`,
    intro: [],
    items: [
      checkItem(`${p}-one`, 'unsupported', 'p1'),
      checkItem(`${p}-two`, 'unsupported', 'p2'),
      checkItem(`${p}-three`, 'supported', 'p3'),
      checkItem(`${p}-four`, 'supported', 'p4'),
    ],
  });
  return [form('form-a', 'a'), form('form-b', 'b')];
}

/** A tiny Content for store and record tests that must not depend on the real lessons. */
export function fakeContent(): Content {
  const lesson: Lesson = {
    id: 'lesson-one',
    kind: 'lesson',
    label: 'Lesson 1',
    title: 'One',
    summary: 'The first lesson.',
    skill: 'unsupported-claims',
    minutes: 10,
    objectives: ['Learn'],
    intro: [],
    sections: [
      { id: 'intro', title: 'Intro', body: [] },
      { id: 'more', title: 'More', body: [] },
    ],
    activities: [],
    quiz: {
      id: 'lesson-one',
      title: 'Quiz one',
      intro: [],
      passMark: 80,
      tries: 2,
      questions: [q.single(), q.multiple()],
    },
  };
  return {
    hash: 'fakehash',
    home: { title: 'Home', body: [] },
    article: {
      title: { id: 'title', text: 'T' },
      dateline: { id: 'dateline', text: 'D' },
      blocks: [],
    },
    sourceCard: [],
    timeline: { lanes: [], events: [] },
    trail: null,
    annotationCategories: [],
    annotations: [],
    sources: [],
    glossary: [],
    lessons: [lesson],
    checks: fakeChecks(),
  };
}
