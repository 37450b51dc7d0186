/**
 * lessons/ → validated Content, or every problem found, each with file, line and field.
 * Runs at build time only (Vite plugin, `npm run lessons:check`, tests); never in the browser.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type * as v from 'valibot';
import type {
  Activity,
  Annotation,
  AnnotationCategory,
  Article,
  ArticleBlock,
  ArticleSentence,
  Content,
  GlossaryTerm,
  Lesson,
  Quiz,
  SearchResult,
  Source,
  TeacherNotes,
} from '../../domain/content.ts';
import type { Question, Skill } from '../../domain/question.ts';
import type { Rich } from '../../domain/rich.ts';
import { cueErrors } from './cues.ts';
import { sortErrors, type ContentError } from './errors.ts';
import {
  compileInlineMarkdown,
  compileMarkdown,
  compileSections,
  type MdContext,
} from './markdown.ts';
import type { Ref } from './refs.ts';
import {
  ActivitiesFile,
  AnnotationsFile,
  ArticleFile,
  GlossaryFile,
  HomeFrontMatter,
  LessonFrontMatter,
  QuizFile,
  SourceCardFrontMatter,
  SourcesFile,
  TeacherFile,
  type QuestionInput,
} from './schema.ts';
import { YamlFile, type PathKey } from './yaml-file.ts';

type Where = Omit<ContentError, 'message'>;

export interface CompileResult {
  content: Content | null;
  errors: ContentError[];
  /** Every file read, so a dev server can watch them. */
  files: string[];
}

const LESSON_FILES = new Set(['lesson.md', 'quiz.yaml', 'activities.yaml', 'teacher.yaml']);
const CASE_STUDY_DIR = 'case-study';
const DEFAULT_PASS_MARK = 80;
const DEFAULT_TRIES = 2;

export function compileLessons(root: string): CompileResult {
  return new Compiler(root).run();
}

class Compiler {
  private errors: ContentError[] = [];
  private refs: Ref[] = [];
  private files: string[] = [];
  private hash = createHash('sha256');

  private readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  run(): CompileResult {
    if (!existsSync(this.root) || !statSync(this.root).isDirectory()) {
      this.errors.push({
        file: this.root,
        line: 1,
        column: 1,
        path: '',
        message: 'folder not found',
      });
      return { content: null, errors: this.errors, files: [] };
    }
    const home = this.loadHome();
    const article = this.loadArticle();
    const sourceCard = this.loadSourceCard();
    const { categories, annotations } = this.loadAnnotations();
    const sources = this.loadSources();
    const glossary = this.loadGlossary();
    const lessons = this.loadLessons();

    const located = (items: { value: { id: string }; where: Where }[]) =>
      items.map((i) => ({ id: i.value.id, where: i.where }));
    this.checkUnique('source', located(sources));
    this.checkUnique('glossary term', located(glossary));
    this.checkUnique('lesson', located(lessons));
    this.checkUnique('annotation', located(annotations));
    this.checkUnique('annotation category', located(categories));
    this.checkUnique(
      'activity',
      lessons.flatMap((l) => l.value.activities.map((a) => ({ id: a.id, where: l.where }))),
    );
    this.checkUnique(
      'question',
      lessons.flatMap((l) => l.questions),
    );
    this.errors.push(...cueErrors(lessons));
    this.resolveRefs({
      article,
      sources: sources.map((s) => s.value),
      glossary: glossary.map((g) => g.value),
      lessons: lessons.map((l) => l.value),
      categories: categories.map((c) => c.value),
    });

    const errors = sortErrors(this.errors);
    if (errors.length || !home || !article || !sourceCard) {
      return { content: null, errors, files: this.files };
    }
    // sources.yaml may catalogue more of the research than the lessons use; only what is
    // cited goes into the app (the Sources page lists "every source cited anywhere").
    const cited = new Set(this.refs.filter((r) => r.kind === 'source').map((r) => r.id));
    return {
      content: {
        hash: this.hash.digest('hex').slice(0, 16),
        home,
        article,
        sourceCard,
        annotationCategories: categories.map((c) => c.value),
        annotations: annotations.map((a) => a.value),
        sources: sources.map((s) => s.value).filter((s) => cited.has(s.id)),
        glossary: glossary.map((g) => g.value),
        lessons: lessons.map((l) => l.value),
      },
      errors,
      files: this.files,
    };
  }

  // ---------- reading files ----------

  /** Paths in messages start at the content folder's name: "lessons/01-…/quiz.yaml". */
  private rel(path: string) {
    return relative(dirname(this.root), path).split(sep).join('/');
  }

  private read(path: string, required = true): string | null {
    const file = this.rel(path);
    if (!existsSync(path)) {
      if (required)
        this.errors.push({ file, line: 1, column: 1, path: '', message: 'file is missing' });
      return null;
    }
    this.files.push(path);
    const source = readFileSync(path, 'utf8');
    this.hash.update(`${relative(this.root, path)}\0${source}\0`);
    return source;
  }

  private yaml<S extends v.GenericSchema>(
    path: string,
    schema: S,
    required = true,
  ): { yaml: YamlFile; value: v.InferOutput<S> } | null {
    const source = this.read(path, required);
    if (source === null) return null;
    const { yaml, ok } = YamlFile.parse(this.rel(path), source, this.errors);
    if (!ok) return null;
    const value = yaml.validate(schema, this.errors);
    return value === undefined ? null : { yaml, value };
  }

  /** A Markdown file with YAML front matter between `---` lines. */
  private markdownFile<S extends v.GenericSchema>(path: string, schema: S) {
    const source = this.read(path);
    if (source === null) return null;
    const file = this.rel(path);
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
    if (!match) {
      this.errors.push({
        file,
        line: 1,
        column: 1,
        path: '',
        message: 'must start with front matter: a line "---", YAML fields, then "---"',
      });
      return null;
    }
    const { yaml, ok } = YamlFile.parse(file, match[1] ?? '', this.errors, 1);
    const front = ok ? yaml.validate(schema, this.errors) : undefined;
    const bodyOffset = match[0].split('\n').length - 1;
    const md: MdContext = {
      errors: this.errors,
      refs: this.refs,
      where: (line = 1, column = 1) => ({ file, line: line + bodyOffset, column, path: 'body' }),
    };
    return { front, yaml, body: source.slice(match[0].length), md };
  }

  /** Markdown written inside a YAML field: problems are reported at that field. */
  private mdIn(yaml: YamlFile, path: PathKey[]): MdContext {
    return {
      errors: this.errors,
      refs: this.refs,
      where: () => yaml.where(path),
    };
  }

  private md(yaml: YamlFile, path: PathKey[], source: string): Rich {
    return compileMarkdown(source, this.mdIn(yaml, path));
  }

  private inline(yaml: YamlFile, path: PathKey[], source: string): Rich {
    return compileInlineMarkdown(source, this.mdIn(yaml, path));
  }

  private ref(
    kind: Ref['kind'],
    id: string,
    yaml: YamlFile,
    path: PathKey[],
    extra: Partial<Ref> = {},
  ) {
    this.refs.push({ kind, id, where: yaml.where(path), ...extra });
  }

  // ---------- the parts ----------

  private loadHome() {
    const md = this.markdownFile(join(this.root, 'home.md'), HomeFrontMatter);
    if (!md?.front) return null;
    return { title: md.front.title, body: compileMarkdown(md.body, md.md) };
  }

  private loadSourceCard(): Rich | null {
    const md = this.markdownFile(
      join(this.root, CASE_STUDY_DIR, 'source-card.md'),
      SourceCardFrontMatter,
    );
    if (!md?.front) return null;
    return compileMarkdown(md.body, md.md);
  }

  private articleUnits = new Map<string, { text: string; body: boolean }>();
  private bodySentenceIds: string[] = [];

  private loadArticle(): Article | null {
    const loaded = this.yaml(join(this.root, CASE_STUDY_DIR, 'article.yaml'), ArticleFile);
    if (!loaded) return null;
    const { yaml, value } = loaded;
    const seen = new Map<string, PathKey[]>();
    const unit = (id: string, text: string, path: PathKey[], body: boolean) => {
      if (seen.has(id)) {
        this.errors.push(
          yaml.error(path, `duplicate id "${id}" (also used at ${seen.get(id)?.join('.')})`),
        );
      }
      seen.set(id, path);
      this.articleUnits.set(id, { text, body });
    };
    unit(value.title.id, value.title.text, ['title', 'id'], false);
    unit(value.dateline.id, value.dateline.text, ['dateline', 'id'], false);
    let sentenceNo = 0;
    let paragraphNo = 0;
    const blocks: ArticleBlock[] = value.blocks.map((block, b) => {
      if ('heading' in block) {
        unit(block.heading, block.text, ['blocks', b, 'heading'], false);
        return { type: 'heading', id: block.heading, text: block.text };
      }
      paragraphNo += 1;
      unit(block.paragraph, '', ['blocks', b, 'paragraph'], false);
      const sentences: ArticleSentence[] = block.sentences.map((s, i) => {
        sentenceNo += 1;
        unit(s.id, s.text, ['blocks', b, 'sentences', i, 'id'], true);
        this.bodySentenceIds.push(s.id);
        return { id: s.id, text: s.text, number: sentenceNo, paragraphNumber: paragraphNo };
      });
      return { type: 'paragraph', id: block.paragraph, number: paragraphNo, sentences };
    });
    return { title: value.title, dateline: value.dateline, blocks };
  }

  private loadAnnotations() {
    const loaded = this.yaml(join(this.root, CASE_STUDY_DIR, 'annotations.yaml'), AnnotationsFile);
    if (!loaded) return { categories: [], annotations: [] };
    const { yaml, value } = loaded;
    const categories = value.categories.map((c, i) => {
      this.ref('lesson', c.lesson, yaml, ['categories', i, 'lesson']);
      const category: AnnotationCategory = {
        id: c.id,
        label: c.label,
        marker: c.marker,
        description: this.md(yaml, ['categories', i, 'description'], c.description),
        lesson: c.lesson,
      };
      return { value: category, where: yaml.where(['categories', i, 'id']) };
    });
    const lessonOf = new Map(categories.map((c) => [c.value.id, c.value.lesson]));
    const annotations = value.annotations.map((a, i) => {
      const path: PathKey[] = ['annotations', i];
      const sentences = a.sentences ?? (a.sentence ? [a.sentence] : []);
      if (a.sentence && a.sentences) {
        this.errors.push(yaml.error(path, 'give either "sentence" or "sentences", not both'));
      } else if (!sentences.length) {
        this.errors.push(yaml.error(path, 'needs "sentence" (or "sentences" for a tension)'));
      }
      if (a.phrase && sentences.length > 1) {
        this.errors.push(
          yaml.error([...path, 'phrase'], '"phrase" only works with a single "sentence"'),
        );
      }
      sentences.forEach((s, j) =>
        this.ref(
          'sentence',
          s,
          yaml,
          a.sentences ? [...path, 'sentences', j] : [...path, 'sentence'],
          {
            ...(a.phrase && !a.sentences ? { text: a.phrase } : {}),
          },
        ),
      );
      this.ref('category', a.category, yaml, [...path, 'category']);
      if (a.lesson) this.ref('lesson', a.lesson, yaml, [...path, 'lesson']);
      (a.sources ?? []).forEach((s, j) => this.ref('source', s, yaml, [...path, 'sources', j]));
      const annotation: Annotation = {
        id: a.id,
        category: a.category,
        sentences,
        ...(a.phrase ? { phrase: a.phrase } : {}),
        reason: this.md(yaml, [...path, 'reason'], a.reason),
        lesson: a.lesson ?? lessonOf.get(a.category) ?? '',
        sources: a.sources ?? [],
      };
      return { value: annotation, where: yaml.where([...path, 'id']) };
    });
    return { categories, annotations };
  }

  private loadSources() {
    const loaded = this.yaml(join(this.root, 'sources.yaml'), SourcesFile);
    if (!loaded) return [];
    const { yaml, value } = loaded;
    return value.sources.map((s, i) => {
      if (!s.title && !s.description) {
        this.errors.push(
          yaml.error(['sources', i], 'needs a "title" (as published) or a "description" (ours)'),
        );
      }
      const source: Source = {
        id: s.id,
        publisher: s.publisher,
        ...(s.title ? { title: s.title } : {}),
        ...(s.description ? { description: s.description } : {}),
        date: s.date,
        url: s.url,
        ...(s.via ? { via: s.via } : {}),
        kind: s.kind,
        confidence: s.confidence,
        confidenceNote: s.confidenceNote,
        dossier: s.dossier,
        ...(s.funding ? { funding: s.funding } : {}),
      };
      return { value: source, where: yaml.where(['sources', i, 'id']) };
    });
  }

  private loadGlossary() {
    const loaded = this.yaml(join(this.root, 'glossary.yaml'), GlossaryFile);
    if (!loaded) return [];
    const { yaml, value } = loaded;
    return value.terms.map((t, i) => {
      (t.related ?? []).forEach((r, j) => this.ref('term', r, yaml, ['terms', i, 'related', j]));
      const term: GlossaryTerm = {
        id: t.id,
        term: t.term,
        aliases: t.aliases ?? [],
        definition: this.md(yaml, ['terms', i, 'definition'], t.definition),
        related: t.related ?? [],
      };
      return { value: term, where: yaml.where(['terms', i, 'id']) };
    });
  }

  private loadLessons() {
    const dirs = readdirSync(this.root, { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name !== CASE_STUDY_DIR)
      .map((d) => d.name)
      .sort();
    const lessons: {
      value: Lesson;
      where: Where;
      questions: { id: string; where: Where }[];
    }[] = [];
    let lessonNo = 0;
    for (const dir of dirs) {
      const loaded = this.loadLesson(join(this.root, dir), lessonNo + 1);
      if (!loaded) continue;
      if (loaded.value.kind === 'lesson') lessonNo += 1;
      lessons.push(loaded);
    }
    return lessons;
  }

  private loadLesson(dir: string, lessonNo: number) {
    const relDir = this.rel(dir);
    for (const name of readdirSync(dir)) {
      if (!LESSON_FILES.has(name)) {
        this.errors.push({
          file: `${relDir}/${name}`,
          line: 1,
          column: 1,
          path: '',
          message: `unexpected file in a lesson folder; allowed: ${[...LESSON_FILES].join(', ')}`,
        });
      }
    }
    const md = this.markdownFile(join(dir, 'lesson.md'), LessonFrontMatter);
    if (!md) return null;
    const front = md.front;
    const where = { file: this.rel(join(dir, 'lesson.md')), line: 1, column: 1, path: '' };
    const body = compileSections(md.body, md.md);
    const seenSections = new Set<string>();
    for (const s of body.sections) {
      if (seenSections.has(s.id))
        this.errors.push({ ...s.where, message: `duplicate section id "${s.id}"` });
      seenSections.add(s.id);
    }
    const skill = front?.skill;
    const kind = front?.kind ?? 'lesson';
    const questions: { id: string; where: Where }[] = [];

    const activitiesFile = this.yaml(join(dir, 'activities.yaml'), ActivitiesFile, false);
    const activities: Activity[] = (activitiesFile?.value.activities ?? []).map((a, i) =>
      this.compileActivity(a, activitiesFile?.yaml, ['activities', i], skill, questions),
    );

    const quizPath = join(dir, 'quiz.yaml');
    if (!existsSync(quizPath)) {
      this.errors.push({
        ...where,
        message: 'every lesson needs a quiz: add quiz.yaml to this folder',
      });
    }
    const quizFile = existsSync(quizPath) ? this.yaml(quizPath, QuizFile) : null;
    const teacherFile = this.yaml(join(dir, 'teacher.yaml'), TeacherFile, false);

    // Activities are shown where lesson.md places them; one never placed would be dead content.
    const embedded = new Set<string>();
    collectActivities([body.intro, ...body.sections.map((s) => s.body)], embedded);
    for (const [i, a] of activities.entries()) {
      if (!embedded.has(a.id) && activitiesFile) {
        this.errors.push(
          activitiesFile.yaml.error(
            ['activities', i, 'id'],
            `activity "${a.id}" is never shown: add ::activity{id=${a.id}} to lesson.md`,
          ),
        );
      }
    }
    const localActivities = new Set(activities.map((a) => a.id));
    // If activities.yaml exists but could not be read, its own errors say so; don't add more.
    const activitiesUnreadable = !activitiesFile && existsSync(join(dir, 'activities.yaml'));
    for (const r of activitiesUnreadable ? [] : this.refs) {
      if (r.kind === 'activity' && r.where.file === where.file && !localActivities.has(r.id)) {
        this.errors.push({
          ...r.where,
          message: `no activity "${r.id}" in this lesson's activities.yaml`,
        });
      }
    }
    // A lesson with a broken quiz is still listed, so references to it do not add noise;
    // the quiz's own errors already stop the build.
    if (!front) return null;
    const quiz: Quiz = {
      id: front.id,
      title: quizFile?.value.title ?? '',
      intro: quizFile?.value.intro ? this.md(quizFile.yaml, ['intro'], quizFile.value.intro) : [],
      passMark: quizFile?.value.passMark ?? DEFAULT_PASS_MARK,
      tries: quizFile?.value.tries ?? DEFAULT_TRIES,
      questions: quizFile
        ? quizFile.value.questions.map((q, i) =>
            this.compileQuestion(q, quizFile.yaml, ['questions', i], skill, questions),
          )
        : [],
    };
    const lesson: Lesson = {
      id: front.id,
      kind,
      label: front.label ?? (kind === 'review' ? 'Final review' : `Lesson ${lessonNo}`),
      title: front.title,
      summary: front.summary,
      ...(skill ? { skill } : {}),
      minutes: front.minutes,
      objectives: front.objectives,
      intro: body.intro,
      sections: body.sections.map(({ id, title, body: b }) => ({ id, title, body: b })),
      activities,
      quiz,
      ...(teacherFile ? { teacher: this.compileTeacher(teacherFile.yaml, teacherFile.value) } : {}),
    };
    return { value: lesson, where: md.yaml.where(['id']), questions };
  }

  private compileTeacher(yaml: YamlFile, t: v.InferOutput<typeof TeacherFile>): TeacherNotes {
    return {
      minutes: t.plan.reduce((sum, s) => sum + s.minutes, 0),
      plan: t.plan.map((s, i) => ({
        minutes: s.minutes,
        title: s.title,
        detail: this.md(yaml, ['plan', i, 'detail'], s.detail),
      })),
      prompts: (t.prompts ?? []).map((p, i) => this.md(yaml, ['prompts', i], p)),
      misconceptions: (t.misconceptions ?? []).map((m, i) => ({
        belief: m.belief,
        response: this.md(yaml, ['misconceptions', i, 'response'], m.response),
      })),
      notes: t.notes ? this.md(yaml, ['notes'], t.notes) : [],
    };
  }

  private compileActivity(
    a: v.InferOutput<typeof ActivitiesFile>['activities'][number],
    yaml: YamlFile | undefined,
    path: PathKey[],
    skill: Skill | undefined,
    questions: { id: string; where: Where }[],
  ): Activity {
    if (!yaml) throw new Error('unreachable: an activity without its file');
    const qs = a.questions.map((q, i) =>
      this.compileQuestion(q, yaml, [...path, 'questions', i], skill, questions),
    );
    const intro = this.md(yaml, [...path, 'intro'], a.intro);
    if (a.kind === 'questions')
      return { kind: a.kind, id: a.id, title: a.title, intro, questions: qs };
    const resultIds = new Set(a.results.map((r) => r.id));
    a.queries.forEach((q, i) =>
      q.results.forEach((r, j) => {
        if (!resultIds.has(r)) {
          this.errors.push(
            yaml.error(
              [...path, 'queries', i, 'results', j],
              `no result "${r}" in this activity's results`,
            ),
          );
        }
      }),
    );
    const results: SearchResult[] = a.results.map((r, i) => {
      if (r.source) this.ref('source', r.source, yaml, [...path, 'results', i, 'source']);
      return {
        id: r.id,
        title: r.title,
        site: r.site,
        snippet: r.snippet,
        ...(r.source ? { source: r.source } : {}),
        opened: this.md(yaml, [...path, 'results', i, 'opened'], r.opened),
        ...(r.misleading
          ? { misleading: this.md(yaml, [...path, 'results', i, 'misleading'], r.misleading) }
          : {}),
      };
    });
    return {
      kind: a.kind,
      id: a.id,
      title: a.title,
      intro,
      queries: a.queries,
      results,
      questions: qs,
      debrief: this.md(yaml, [...path, 'debrief'], a.debrief),
    };
  }

  private compileQuestion(
    q: QuestionInput,
    yaml: YamlFile,
    path: PathKey[],
    lessonSkill: Skill | undefined,
    seen: { id: string; where: Where }[],
  ): Question {
    seen.push({ id: q.id, where: yaml.where([...path, 'id']) });
    const err = (p: PathKey[], message: string) =>
      this.errors.push(yaml.error([...path, ...p], message));
    const skill = q.skill ?? lessonSkill;
    if (!skill) err(['skill'], 'is required here (the lesson has no "skill" to inherit)');
    const evidence = { sentences: q.evidence.sentences ?? [], sources: q.evidence.sources ?? [] };
    if (!evidence.sentences.length && !evidence.sources.length) {
      err(['evidence'], 'names no sentence and no source: every question points to its evidence');
    }
    evidence.sentences.forEach((s, i) =>
      this.ref('sentence', s, yaml, [...path, 'evidence', 'sentences', i]),
    );
    evidence.sources.forEach((s, i) =>
      this.ref('source', s, yaml, [...path, 'evidence', 'sources', i]),
    );
    const context = q.context ?? [];
    context.forEach((s, i) => this.ref('sentence', s, yaml, [...path, 'context', i]));
    const base = {
      id: q.id,
      skill: skill ?? 'unsupported-claims',
      prompt: this.md(yaml, [...path, 'prompt'], q.prompt),
      context,
      explanation: this.md(yaml, [...path, 'explanation'], q.explanation),
      evidence,
    };
    const uniqueIds = (items: { id: string }[], field: string) => {
      const ids = new Set<string>();
      items.forEach((it, i) => {
        if (ids.has(it.id)) err([field, i, 'id'], `duplicate id "${it.id}" in ${field}`);
        ids.add(it.id);
      });
      return ids;
    };
    const options = (
      opts: {
        id: string;
        text: string;
        feedback?: string | undefined;
        stance?: 'flag' | 'trust' | undefined;
      }[],
    ) =>
      opts.map((o, i) => ({
        id: o.id,
        text: this.inline(yaml, [...path, 'options', i, 'text'], o.text),
        ...(o.feedback
          ? { feedback: this.md(yaml, [...path, 'options', i, 'feedback'], o.feedback) }
          : {}),
        ...(o.stance ? { stance: o.stance } : {}),
      }));

    switch (q.kind) {
      case 'single-choice': {
        const ids = uniqueIds(q.options, 'options');
        if (!ids.has(q.answer))
          err(['answer'], `names "${q.answer}", which is not one of the options`);
        return { ...base, kind: q.kind, options: options(q.options), rubric: { answer: q.answer } };
      }
      case 'multiple-choice': {
        const ids = uniqueIds(q.options, 'options');
        q.answer.forEach((a, i) => {
          if (!ids.has(a)) err(['answer', i], `names "${a}", which is not one of the options`);
        });
        q.options.forEach((o, i) => {
          if (!o.stance) return;
          if (!q.selecting) {
            err(
              ['options', i, 'stance'],
              'needs "selecting" on the question, to say what ticking an option means',
            );
          } else if (q.answer.includes(o.id) !== (o.stance === q.selecting)) {
            err(
              ['options', i, 'stance'],
              `"${o.stance}" disagrees with the answer key: ticking means "${q.selecting}", and this option is ${q.answer.includes(o.id) ? '' : 'not '}in the answer`,
            );
          }
        });
        return {
          ...base,
          kind: q.kind,
          options: options(q.options),
          ...(q.selecting ? { selecting: q.selecting } : {}),
          rubric: { answer: q.answer },
        };
      }
      case 'tag-sentences': {
        const candidates = q.candidates ?? this.bodySentenceIds;
        q.candidates?.forEach((s, i) => this.ref('sentence', s, yaml, [...path, 'candidates', i]));
        const offered = new Set(candidates);
        q.answer.forEach((s, i) => {
          if (!this.articleUnits.has(s))
            err(['answer', i], `"${s}" is not a sentence of the article`);
          else if (!offered.has(s))
            err(['answer', i], `"${s}" is not among this question's candidates`);
        });
        const feedback: Record<string, Rich> = {};
        for (const [s, text] of Object.entries(q.feedback ?? {})) {
          if (!offered.has(s))
            err(['feedback', s], `"${s}" is not among this question's candidates`);
          feedback[s] = this.md(yaml, [...path, 'feedback', s], text);
        }
        // Judgement items: the answer sentences (tagging them is right, so their truth is what
        // tagging means), plus any other candidate given a stance explicitly.
        const stances: Record<string, 'flag' | 'trust'> = {};
        if (q.selecting) for (const s of q.answer) stances[s] = q.selecting;
        for (const [s, stance] of Object.entries(q.stances ?? {})) {
          if (!offered.has(s)) {
            err(['stances', s], `"${s}" is not among this question's candidates`);
          } else if (!q.selecting) {
            err(['stances'], 'needs "selecting" on the question, to say what tagging means');
          } else if (q.answer.includes(s) !== (stance === q.selecting)) {
            err(
              ['stances', s],
              `"${stance}" disagrees with the answer key: tagging means "${q.selecting}"`,
            );
          } else {
            stances[s] = stance;
          }
        }
        // Candidates are shown in article order, whatever order they were written in.
        const order = new Map(this.bodySentenceIds.map((id, i) => [id, i]));
        const sorted = [...candidates].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
        return {
          ...base,
          kind: q.kind,
          category: q.category,
          candidates: sorted,
          feedback,
          ...(q.selecting ? { selecting: q.selecting } : {}),
          stances,
          rubric: { answer: q.answer },
        };
      }
      case 'categorize': {
        const labelIds = uniqueIds(q.labels, 'labels');
        uniqueIds(q.items, 'items');
        const answer: Record<string, string> = {};
        const items = q.items.map((it, i) => {
          if (!labelIds.has(it.answer))
            err(['items', i, 'answer'], `names "${it.answer}", which is not one of the labels`);
          if (Boolean(it.text) === Boolean(it.sentence)) {
            err(
              ['items', i],
              'give either "text" or "sentence" (an article sentence id), not both',
            );
          }
          if (it.sentence)
            this.ref('sentence', it.sentence, yaml, [...path, 'items', i, 'sentence']);
          answer[it.id] = it.answer;
          return {
            id: it.id,
            text: it.text ? this.inline(yaml, [...path, 'items', i, 'text'], it.text) : [],
            ...(it.sentence ? { sentence: it.sentence } : {}),
            ...(it.feedback
              ? { feedback: this.md(yaml, [...path, 'items', i, 'feedback'], it.feedback) }
              : {}),
          };
        });
        return {
          ...base,
          kind: q.kind,
          labels: q.labels.map((l) => ({
            id: l.id,
            text: l.text,
            ...(l.stance ? { stance: l.stance } : {}),
          })),
          items,
          rubric: { answer },
        };
      }
      case 'order': {
        uniqueIds(q.items, 'items');
        return {
          ...base,
          kind: q.kind,
          items: q.items.map((it, i) => ({
            id: it.id,
            text: this.inline(yaml, [...path, 'items', i, 'text'], it.text),
          })),
          rubric: { answer: q.items.map((it) => it.id) },
        };
      }
      case 'short-answer':
        return {
          ...base,
          kind: q.kind,
          modelAnswer: this.md(yaml, [...path, 'modelAnswer'], q.modelAnswer),
          checklist: q.checklist,
          minLength: q.minLength ?? 20,
          rubric: {},
        };
    }
  }

  // ---------- cross-checks ----------

  private checkUnique(what: string, items: { id: string; where: Where }[]) {
    const first = new Map<string, Where>();
    for (const { id, where } of items) {
      const prior = first.get(id);
      if (prior) {
        this.errors.push({
          ...where,
          message: `duplicate ${what} id "${id}" (first used at ${prior.file}:${prior.line})`,
        });
      } else {
        first.set(id, where);
      }
    }
  }

  private resolveRefs(all: {
    article: Article | null;
    sources: Source[];
    glossary: GlossaryTerm[];
    lessons: Lesson[];
    categories: AnnotationCategory[];
  }) {
    const sources = new Set(all.sources.map((s) => s.id));
    const terms = new Map(all.glossary.map((t) => [t.id, t]));
    const termByName = new Map<string, string>();
    for (const t of all.glossary) {
      for (const name of [t.term, ...t.aliases]) termByName.set(name.toLowerCase(), t.id);
    }
    const lessons = new Map(all.lessons.map((l) => [l.id, l]));
    const categories = new Set(all.categories.map((c) => c.id));
    for (const r of this.refs) {
      const fail = (message: string) => this.errors.push({ ...r.where, message });
      switch (r.kind) {
        case 'sentence': {
          const unit = this.articleUnits.get(r.id);
          if (!unit) fail(`unknown sentence id "${r.id}"`);
          else if (r.text && !unit.text.includes(r.text)) {
            fail(`phrase "${r.text}" does not occur in sentence "${r.id}" (copy it exactly)`);
          }
          break;
        }
        case 'source':
          if (!sources.has(r.id))
            fail(`unknown source id "${r.id}" (sources are listed in sources.yaml)`);
          break;
        case 'term': {
          const id = r.id || termByName.get((r.text ?? '').trim().toLowerCase()) || '';
          if (!terms.has(id)) {
            fail(
              r.id
                ? `unknown glossary term id "${r.id}"`
                : `no glossary term or alias "${r.text}": add {id=…} or an alias in glossary.yaml`,
            );
          } else {
            r.resolve?.(id);
          }
          break;
        }
        case 'lesson': {
          const lesson = lessons.get(r.id);
          if (!lesson) fail(`unknown lesson id "${r.id}"`);
          else if (r.section && !lesson.sections.some((s) => s.id === r.section)) {
            fail(`lesson "${r.id}" has no section "${r.section}"`);
          }
          break;
        }
        case 'category':
          if (!categories.has(r.id)) fail(`unknown annotation category "${r.id}"`);
          break;
        case 'activity':
          // Checked per lesson in loadLesson, where the lesson's own activities are known.
          break;
      }
    }
  }
}

function collectActivities(bodies: Rich[], into: Set<string>) {
  const walk = (nodes: Rich) => {
    for (const n of nodes) {
      if (typeof n === 'string') continue;
      if (n.t === 'activity') into.add(n.id);
      if ('c' in n) walk(n.c);
    }
  };
  bodies.forEach(walk);
}
