/** Placeholder until the content pipeline compiles lessons/ (next issue). */
export interface LessonSummary {
  id: string;
  title: string;
  navLabel: string;
}

export const lessons: LessonSummary[] = [
  { id: 'unsupported-claims', title: 'Spotting unsupported claims', navLabel: 'Lesson 1' },
  { id: 'authorship', title: 'Identifying authorship', navLabel: 'Lesson 2' },
  { id: 'counter-evidence', title: 'Checking for counter-evidence', navLabel: 'Lesson 3' },
  { id: 'final-review', title: 'Final review', navLabel: 'Final review' },
];
