// The tests `npm run mutate` runs (see stryker.config.mjs): those of the pure modules it
// mutates, and no others, so a run takes minutes rather than hours.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Pure code: no DOM, no Testing Library setup (the two store tests ask for jsdom).
    environment: 'node',
    restoreMocks: true,
    include: [
      'src/kinds/**/*.test.ts',
      'src/scoring/*.test.ts',
      'src/model/{record,merge,persisted,learners,legacy}.test.ts',
      'src/lms/kinds.test.ts',
      'src/stores/*.test.ts',
      'src/content/compile/{checks,compile}.test.ts',
    ],
  },
});
