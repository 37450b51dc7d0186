// npm run mutate — mutation testing of the pure modules: Stryker changes their code one small
// way at a time (a condition flipped, a line removed…) and runs the tests that cover it; a
// change no test notices is a bug the tests would let through. A developer tool, not part of
// `npm run check` or CI. The report per file is printed, and written to reports/mutation/.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts' },
  // Only the tests that cover a mutant run against it.
  coverageAnalysis: 'perTest',
  mutate: [
    // Scoring and LMS encodings: each kind's logic, the shared rules, attempts and summaries.
    'src/kinds/*/logic.ts',
    'src/kinds/shared/scoring.ts',
    'src/kinds/shared/lms.ts',
    'src/lms/kinds.ts',
    'src/scoring/*.ts',
    '!src/scoring/*.test.ts',
    // The compiler's checks: each kind's compile step, and the checks across files.
    'src/kinds/*/compile.ts',
    'src/kinds/shared/choices.ts',
    'src/content/compile/checks.ts',
    // Saved data: storage, migration and repair, learners, record files and merging.
    'src/stores/storage.ts',
    'src/stores/app-store.ts',
    'src/model/persisted.ts',
    'src/model/legacy.ts',
    'src/model/learners.ts',
    'src/model/record.ts',
    'src/model/merge.ts',
  ],
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  clearTextReporter: { allowColor: false, logTests: false },
  thresholds: { high: 90, low: 85, break: 85 },
  concurrency: 2,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  ignorePatterns: ['dist', '.bench', 'test-results', 'screenshots', 'reports', 'coverage'],
};
