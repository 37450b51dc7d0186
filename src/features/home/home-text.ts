import { lessons } from '../../content';

/** "About 165 minutes in all: 4 parts of 30–50 minutes, …": the lessons' own estimates. */
export function timeText(): string {
  const minutes = lessons.map((l) => l.minutes);
  const total = minutes.reduce((sum, m) => sum + m, 0);
  const low = Math.min(...minutes);
  const high = Math.max(...minutes);
  const each = low === high ? `${low}` : `${low}–${high}`;
  const shape =
    lessons.length === 1
      ? 'one lesson, ending with a quiz'
      : `${lessons.length} parts of ${each} minutes, each ending with a quiz`;
  return `About ${total} minutes in all: ${shape}. Stop whenever you like and come back later.`;
}
