/** Every URL in the app is built here, so a route can move without hunting for links. */
export const paths = {
  home: '/',
  caseStudy: '/case-study',
  sentence: (sentenceId: string) => `/case-study?s=${encodeURIComponent(sentenceId)}`,
  lesson: (lessonId: string) => `/lessons/${lessonId}`,
  lessonSection: (lessonId: string, sectionId: string) =>
    `/lessons/${lessonId}?section=${encodeURIComponent(sectionId)}`,
  quiz: (lessonId: string) => `/lessons/${lessonId}/quiz`,
  progress: '/progress',
  /** The before-and-after check: where it stands, and the results once both are done. */
  check: '/check',
  checkTake: (stage: 'pre' | 'post') => `/check/${stage}`,
  /** "Not you? Switch": choose or add a learner, then go back to `back`. */
  learner: '/learner',
  chooseLearner: (back: string) => `/learner?back=${encodeURIComponent(back)}`,
  report: '/progress/report',
  sources: '/sources',
  source: (sourceId: string) => `/sources?id=${encodeURIComponent(sourceId)}`,
  glossary: '/glossary',
  term: (termId: string) => `/glossary?term=${encodeURIComponent(termId)}`,
  teacher: '/teacher',
  classResults: '/teacher/class-results',
  /** A printed quiz; `version` is the seed of its option order (see scoring/presentation.ts). */
  worksheet: (lessonId: string, version?: number) =>
    `/teacher/worksheet/${lessonId}${version === undefined ? '' : `?seed=${version}`}`,
  answerKey: (lessonId: string, version?: number) =>
    `/teacher/answer-key/${lessonId}${version === undefined ? '' : `?seed=${version}`}`,
} as const;

export const MODULE_TITLE = 'Information-warfare claims: a case study';
