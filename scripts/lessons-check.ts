// npm run lessons:check — validates lessons/ exactly as the build does, and prints a summary.
import { compileLessons } from '../src/content/compile/compile';
import { formatErrors } from '../src/content/compile/errors';
import { summarize } from './lessons-summary';

const result = compileLessons(process.argv[2] ?? 'lessons');
if (!result.content) {
  console.error(formatErrors(result.errors));
  process.exit(1);
}
console.log(summarize(result.content));
