// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import type { GlossaryTerm, Lesson } from '../../domain/content.ts';
import type { ArticleIndex } from './article.ts';
import { checkActivityPlacement, checkUnique, resolveRefs } from './checks.ts';
import { CompileContext } from './context.ts';
import type { ContentError } from './errors.ts';
import type { Ref } from './refs.ts';
import { YamlFile } from './yaml-file.ts';

const at = (file: string, line: number) => ({ file, line, column: 3, path: 'x' });

describe('checkUnique', () => {
  it('reports each later use of an id, naming where it was first used', () => {
    const errors: ContentError[] = [];
    checkUnique(errors, 'lesson', [
      { id: 'a', where: at('one.md', 1) },
      { id: 'b', where: at('two.md', 2) },
      { id: 'a', where: at('three.md', 3) },
      { id: 'a', where: at('four.md', 4) },
    ]);
    expect(errors).toEqual([
      { ...at('three.md', 3), message: 'duplicate lesson id "a" (first used at one.md:1)' },
      { ...at('four.md', 4), message: 'duplicate lesson id "a" (first used at one.md:1)' },
    ]);
  });
});

describe('resolveRefs', () => {
  const article: ArticleIndex = {
    units: new Map([
      ['s1', { text: 'Experts agree that the plan failed.', body: true }],
      ['title', { text: 'A title', body: false }],
    ]),
    bodySentenceIds: ['s1'],
  };
  const term: GlossaryTerm = {
    id: 'vague-attribution',
    term: 'Vague attribution',
    aliases: ['vague sources'],
    definition: [],
    related: [],
  };
  const lesson: Lesson = {
    id: 'one',
    kind: 'lesson',
    label: 'Lesson 1',
    title: 'One',
    summary: '',
    minutes: 1,
    objectives: [],
    intro: [],
    sections: [
      { id: 'intro', title: 'Intro', body: [] },
      { id: 'more', title: 'More', body: [] },
    ],
    activities: [],
    quiz: { id: 'one', title: '', intro: [], passMark: 80, tries: 2, questions: [] },
  };
  const all = {
    article,
    sources: [
      {
        id: 'src',
        publisher: 'P',
        date: 'd',
        url: 'https://example.org',
        kind: 'NGO' as const,
        confidence: 'high' as const,
        confidenceNote: '',
        dossier: '',
      },
    ],
    glossary: [term],
    lessons: [lesson],
    categories: [{ id: 'cat', label: 'C', marker: 'M', description: [], lesson: 'one' }],
    lanes: ['us-list'],
    trail: true,
  };
  const check = (...refs: Omit<Ref, 'where'>[]) => {
    const errors: ContentError[] = [];
    resolveRefs(
      errors,
      refs.map((r, i) => ({ ...r, where: at('f.md', i + 1) })),
      all,
    );
    return errors.map((e) => `${e.line}: ${e.message}`);
  };

  it('accepts references to what exists', () => {
    expect(
      check(
        { kind: 'sentence', id: 's1' },
        { kind: 'sentence', id: 's1', text: 'the plan failed' },
        { kind: 'source', id: 'src' },
        { kind: 'term', id: 'vague-attribution' },
        { kind: 'lesson', id: 'one' },
        { kind: 'lesson', id: 'one', section: 'intro' },
        { kind: 'lesson', id: 'one', section: 'more' },
        { kind: 'category', id: 'cat' },
        { kind: 'activity', id: 'anything' },
        { kind: 'timeline', id: 'timeline', text: 'us-list' },
        { kind: 'timeline', id: 'timeline' },
        { kind: 'trail', id: 'trail' },
      ),
    ).toEqual([]);
  });

  it('reports each reference to something that does not exist, saying what', () => {
    expect(
      check(
        { kind: 'sentence', id: 's9' },
        { kind: 'sentence', id: 's1', text: 'the plan worked' },
        { kind: 'source', id: 'nope' },
        { kind: 'term', id: 'nope' },
        { kind: 'term', id: '', text: 'loaded words' },
        { kind: 'lesson', id: 'two' },
        { kind: 'lesson', id: 'one', section: 'outro' },
        { kind: 'category', id: 'dog' },
        { kind: 'timeline', id: 'timeline', text: 'us-list eu-list uk-list' },
      ),
    ).toEqual([
      '1: unknown sentence id "s9"',
      '2: phrase "the plan worked" does not occur in sentence "s1" (copy it exactly)',
      '3: unknown source id "nope" (sources are listed in sources.yaml)',
      '4: unknown glossary term id "nope"',
      '5: no glossary term or alias "loaded words": add {id=…} or an alias in glossary.yaml',
      '6: unknown lesson id "two"',
      '7: lesson "one" has no section "outro"',
      '8: unknown annotation category "dog"',
      '9: unknown timeline lanes "eu-list", "uk-list"; the lanes in case-study/timeline.yaml are: us-list',
    ]);
    const errors: ContentError[] = [];
    resolveRefs(errors, [{ kind: 'trail', id: 'trail', where: at('card.md', 3) }], {
      ...all,
      lanes: [],
      trail: false,
    });
    expect(errors.map((e) => e.message)).toEqual([
      'there is no publication trail: write case-study/trail.yaml first',
    ]);
  });

  it('finds a glossary term written by its name or an alias, ignoring case and spaces', () => {
    const resolved: string[] = [];
    const resolve = (id: string) => void resolved.push(id);
    expect(
      check(
        { kind: 'term', id: '', text: ' VAGUE attribution ', resolve },
        { kind: 'term', id: '', text: 'Vague Sources', resolve },
        { kind: 'term', id: 'vague-attribution', resolve },
      ),
    ).toEqual([]);
    expect(resolved).toEqual(['vague-attribution', 'vague-attribution', 'vague-attribution']);
  });

  it('does not resolve a term it cannot find', () => {
    const resolve = vi.fn();
    check({ kind: 'term', id: '', text: 'nothing', resolve });
    expect(resolve).not.toHaveBeenCalled();
  });
});

describe('checkActivityPlacement', () => {
  const activitiesYaml = () =>
    YamlFile.parse(
      'lessons/one/activities.yaml',
      'activities:\n  - id: placed\n  - id: unplaced\n',
      [],
    ).yaml;
  const activity = (id: string) => ({
    kind: 'questions' as const,
    id,
    title: id,
    intro: [],
    questions: [],
  });

  function run(options: { unreadable?: boolean; file?: boolean } = {}) {
    const ctx = new CompileContext('/tmp/lessons');
    const where = (file: string, line: number) => ({ file, line, column: 1, path: 'body' });
    ctx.refs.push(
      { kind: 'activity', id: 'placed', where: where('lessons/one/lesson.md', 3) },
      { kind: 'activity', id: 'missing', where: where('lessons/one/lesson.md', 5) },
      { kind: 'activity', id: 'elsewhere', where: where('lessons/two/lesson.md', 7) },
      { kind: 'sentence', id: 'missing', where: where('lessons/one/lesson.md', 9) },
    );
    checkActivityPlacement(ctx, {
      lessonMd: 'lessons/one/lesson.md',
      placed: [
        [
          { t: 'p', c: [{ t: 'box', kind: 'try', c: [{ t: 'activity', id: 'placed' }] }] },
          // A link that happens to share an activity's id does not place it.
          { t: 'p', c: [{ t: 'term', id: 'unplaced', c: ['unplaced'] }] },
        ],
      ],
      activities: options.file === false ? [] : [activity('placed'), activity('unplaced')],
      activitiesFile: options.file === false ? null : { yaml: activitiesYaml() },
      activitiesUnreadable: options.unreadable ?? false,
    });
    return ctx.errors.map((e) => `${e.file}:${e.line}  ${e.path}  ${e.message}`);
  }

  it('reports an activity never placed, and a placement naming no activity of this lesson', () => {
    expect(run()).toEqual([
      'lessons/one/activities.yaml:3  activities.1.id  activity "unplaced" is never shown: add ::activity{id=unplaced} to lesson.md',
      `lessons/one/lesson.md:5  body  no activity "missing" in this lesson's activities.yaml`,
    ]);
  });

  it('says nothing more about placements when activities.yaml could not be read', () => {
    expect(run({ file: false, unreadable: true })).toEqual([]);
    expect(run({ file: false })).toEqual([
      `lessons/one/lesson.md:3  body  no activity "placed" in this lesson's activities.yaml`,
      `lessons/one/lesson.md:5  body  no activity "missing" in this lesson's activities.yaml`,
    ]);
  });
});
