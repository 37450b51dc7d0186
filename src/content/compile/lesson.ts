/** One lesson folder: lesson.md (front matter and sections) with its quiz, activities, notes. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Lesson } from '../../domain/content.ts';
import { loadActivities } from './activities.ts';
import type { ArticleIndex } from './article.ts';
import { checkActivityPlacement } from './checks.ts';
import { NOT_LESSON_DIRS, type CompileContext, type Located, type Where } from './context.ts';
import { compileSections } from './markdown.ts';
import type { QuestionScope } from './question.ts';
import { compileQuiz, readQuiz } from './quiz.ts';
import { LessonFrontMatter } from './schema.ts';
import { compileTeacher, readTeacher } from './teacher.ts';

const LESSON_FILES = new Set(['lesson.md', 'quiz.yaml', 'activities.yaml', 'teacher.yaml']);

export interface LoadedLesson extends Located<Lesson> {
  /** Its questions' ids (quiz and practice), for the duplicate check across lessons. */
  questions: { id: string; where: Where }[];
}

/** Every folder except the case study and the checks is a lesson, in folder-name order. */
export function loadLessons(ctx: CompileContext, article: ArticleIndex): LoadedLesson[] {
  const dirs = readdirSync(ctx.root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !NOT_LESSON_DIRS.has(d.name))
    .map((d) => d.name)
    .sort();
  const lessons: LoadedLesson[] = [];
  let lessonNo = 0;
  for (const dir of dirs) {
    const loaded = loadLesson(ctx, article, join(ctx.root, dir), lessonNo + 1);
    if (!loaded) continue;
    if (loaded.value.kind === 'lesson') lessonNo += 1;
    lessons.push(loaded);
  }
  return lessons;
}

function loadLesson(
  ctx: CompileContext,
  article: ArticleIndex,
  dir: string,
  lessonNo: number,
): LoadedLesson | null {
  const relDir = ctx.rel(dir);
  for (const name of readdirSync(dir)) {
    if (!LESSON_FILES.has(name)) {
      ctx.errors.push({
        file: `${relDir}/${name}`,
        line: 1,
        column: 1,
        path: '',
        message: `unexpected file in a lesson folder; allowed: ${[...LESSON_FILES].join(', ')}`,
      });
    }
  }
  const md = ctx.markdownFile(join(dir, 'lesson.md'), LessonFrontMatter);
  if (!md) return null;
  const front = md.front;
  const where = { file: ctx.rel(join(dir, 'lesson.md')), line: 1, column: 1, path: '' };
  const body = compileSections(md.body, md.md);
  const seenSections = new Set<string>();
  for (const s of body.sections) {
    if (seenSections.has(s.id))
      ctx.errors.push({ ...s.where, message: `duplicate section id "${s.id}"` });
    seenSections.add(s.id);
  }
  const skill = front?.skill;
  const kind = front?.kind ?? 'lesson';
  const scope: QuestionScope = { ctx, article, lessonSkill: skill, seen: [] };

  const { file: activitiesFile, activities } = loadActivities(scope, dir);
  const quizFile = readQuiz(ctx, dir, where);
  const teacherFile = readTeacher(ctx, dir);
  checkActivityPlacement(ctx, {
    lessonMd: where.file,
    placed: [body.intro, ...body.sections.map((s) => s.body)],
    activities,
    activitiesFile,
    activitiesUnreadable: !activitiesFile && existsSync(join(dir, 'activities.yaml')),
  });
  // A lesson with a broken quiz is still listed, so references to it do not add noise;
  // the quiz's own errors already stop the build.
  if (!front) return null;
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
    quiz: compileQuiz(scope, front.id, quizFile),
    ...(teacherFile ? { teacher: compileTeacher(ctx, teacherFile) } : {}),
  };
  return { value: lesson, where: md.yaml.where(['id']), questions: scope.seen };
}
