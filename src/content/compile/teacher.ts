/** A lesson's teacher.yaml: the lesson plan, discussion prompts and misconceptions. */
import { join } from 'node:path';
import type { TeacherNotes } from '../../domain/content.ts';
import type { CompileContext } from './context.ts';
import { TeacherFile } from './schema.ts';

/** Reads and checks the file (it is optional); compiling waits until the lesson is known. */
export function readTeacher(ctx: CompileContext, dir: string) {
  return ctx.yaml(join(dir, 'teacher.yaml'), TeacherFile, false);
}

export function compileTeacher(
  ctx: CompileContext,
  { yaml, value: t }: NonNullable<ReturnType<typeof readTeacher>>,
): TeacherNotes {
  return {
    minutes: t.plan.reduce((sum, s) => sum + s.minutes, 0),
    plan: t.plan.map((s, i) => ({
      minutes: s.minutes,
      title: s.title,
      detail: ctx.md(yaml, ['plan', i, 'detail'], s.detail),
    })),
    prompts: (t.prompts ?? []).map((p, i) => ctx.md(yaml, ['prompts', i], p)),
    misconceptions: (t.misconceptions ?? []).map((m, i) => ({
      belief: m.belief,
      response: ctx.md(yaml, ['misconceptions', i, 'response'], m.response),
    })),
    notes: t.notes ? ctx.md(yaml, ['notes'], t.notes) : [],
  };
}
