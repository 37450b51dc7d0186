import { describe, expect, it } from 'vitest';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileLessons } from './compile.ts';
import { formatError } from './errors.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');

/** A copy of the valid base lessons/, with one case's broken files laid over it. */
function withCase(name: string) {
  const dir = mkdtempSync(join(tmpdir(), 'lessons-fixture-'));
  cpSync(join(FIXTURES, 'base'), dir, { recursive: true });
  const caseDir = join(FIXTURES, 'broken', name);
  cpSync(caseDir, join(dir, 'lessons'), {
    recursive: true,
    filter: (src) => !/(expected|delete)\.txt$/.test(src),
  });
  const deletions = join(caseDir, 'delete.txt');
  if (existsSync(deletions)) {
    for (const f of readFileSync(deletions, 'utf8').trim().split('\n')) {
      rmSync(join(dir, 'lessons', f));
    }
  }
  return { root: join(dir, 'lessons'), cleanup: () => rmSync(dir, { recursive: true }) };
}

describe('compileLessons', () => {
  it('compiles the valid base fixture with no errors', () => {
    const { content, errors } = compileLessons(join(FIXTURES, 'base', 'lessons'));
    expect(errors).toEqual([]);
    expect(content?.lessons.map((l) => l.id)).toEqual(['sample']);
    expect(content?.lessons[0]?.quiz.questions.map((q) => q.kind)).toEqual([
      'single-choice',
      'multiple-choice',
      'categorize',
      'order',
      'short-answer',
    ]);
  });

  it('resolves a glossary link written by the term itself', () => {
    const { content } = compileLessons(join(FIXTURES, 'base', 'lessons'));
    expect(content?.lessons[0]?.intro).toEqual([
      {
        t: 'p',
        c: [
          'An introduction with a ',
          { t: 'term', id: 'vague-attribution', c: ['vague attribution'] },
          ' link.',
        ],
      },
    ]);
  });

  it('compiles a "Go deeper" block with its title and body', () => {
    const { content } = compileLessons(join(FIXTURES, 'base', 'lessons'));
    const body = content?.lessons[0]?.sections[0]?.body ?? [];
    expect(body.at(-1)).toEqual({
      t: 'deeper',
      title: 'Where the claim came from',
      c: [
        {
          t: 'p',
          c: ['Background that is ', { t: 'em', c: ['not'] }, ' needed on the main path.'],
        },
      ],
    });
  });

  it("keeps a source's funding note", () => {
    const { content } = compileLessons(join(FIXTURES, 'base', 'lessons'));
    expect(content?.sources.find((s) => s.id === 'sample-site')?.funding).toBe(
      'Owned by a state broadcaster (general knowledge).',
    );
  });

  it('applies defaults: tries, skill from the lesson, candidates = whole article', () => {
    const { content } = compileLessons(join(FIXTURES, 'base', 'lessons'));
    const lesson = content?.lessons[0];
    expect(lesson?.quiz.tries).toBe(2);
    const practice = lesson?.activities[0];
    const tag = practice?.questions[0];
    expect(tag?.skill).toBe('unsupported-claims');
    expect(tag?.kind === 'tag-sentences' && tag.candidates).toEqual([
      'experts-agree',
      'budget-figure',
      'we-call-on',
    ]);
  });

  it('compiles the timeline in date order and the trail, which the source card places', () => {
    const { content } = compileLessons(join(FIXTURES, 'base', 'lessons'));
    expect(content?.timeline.events.map((e) => [e.date, e.id])).toEqual([
      ['2001', 'listed'],
      ['2025-02', 'claim'],
    ]);
    expect(content?.timeline.lanes[0]?.period).toEqual({
      from: '2001',
      until: '2008-06-23',
      label: 'On the list',
    });
    expect(content?.trail?.steps.map((s) => s.id)).toEqual(['first', 'second']);
    expect(content?.sourceCard.at(-1)).toEqual({ t: 'trail' });
  });

  it('reports a diagram placed in the text when its file is missing, and only then', () => {
    const { root, cleanup } = withCase('bad-diagrams');
    try {
      rmSync(join(root, 'case-study', 'timeline.yaml'));
      rmSync(join(root, 'case-study', 'trail.yaml'));
      const card = join(root, 'case-study', 'source-card.md');
      writeFileSync(card, `${readFileSync(card, 'utf8')}\n::trail\n`);
      expect(compileLessons(root).errors.map(formatError)).toEqual([
        'lessons/case-study/source-card.md:7:1  body  there is no timeline: write case-study/timeline.yaml first',
        'lessons/case-study/source-card.md:9:1  body  there is no publication trail: write case-study/trail.yaml first',
      ]);
      // A file that is there but unreadable reports its own error, not "there is none".
      writeFileSync(join(root, 'case-study', 'timeline.yaml'), 'lanes: [\n');
      const errors = compileLessons(root).errors.map((e) => e.message);
      expect(errors.some((m) => m.startsWith('YAML syntax'))).toBe(true);
      expect(errors.some((m) => m.startsWith('there is no timeline'))).toBe(false);
    } finally {
      cleanup();
    }
  });

  it('takes the pass mark the quiz sets, or 80% when it sets none', () => {
    const { root, cleanup } = withCase('missing-field');
    try {
      const quiz = join(root, '01-sample', 'quiz.yaml');
      cpSync(join(FIXTURES, 'base', 'lessons', '01-sample', 'quiz.yaml'), quiz);
      expect(compileLessons(root).content?.lessons[0]?.quiz.passMark).toBe(75);
      writeFileSync(quiz, readFileSync(quiz, 'utf8').replace('passMark: 75\n', ''));
      expect(compileLessons(root).content?.lessons[0]?.quiz.passMark).toBe(80);
    } finally {
      cleanup();
    }
  });

  // Each folder in fixtures/broken holds files that replace the base's, and expected.txt:
  // the exact report, one `file:line:column  path  message` per line.
  const cases = readdirSync(join(FIXTURES, 'broken'));
  it.each(cases)('reports the exact file, line and message for: %s', (name) => {
    const { root, cleanup } = withCase(name);
    try {
      const { content, errors } = compileLessons(root);
      const expected = readFileSync(join(FIXTURES, 'broken', name, 'expected.txt'), 'utf8');
      expect(errors.map(formatError)).toEqual(expected.trim().split('\n'));
      expect(content).toBeNull();
    } finally {
      cleanup();
    }
  });

  it('reports a missing folder instead of throwing', () => {
    const { content, errors } = compileLessons(join(FIXTURES, 'no-such-folder'));
    expect(content).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toBe('folder not found');
  });
});
