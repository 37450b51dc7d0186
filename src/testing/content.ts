import type { Content, Lesson } from '../domain/content';
import { q } from './questions';

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
  };
}
