/** A lesson's quiz.yaml: settings and questions. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Quiz } from '../../domain/content.ts';
import type { CompileContext, Where } from './context.ts';
import { compileQuestion, type QuestionScope } from './question.ts';
import { QuizFile } from './schema.ts';

const DEFAULT_PASS_MARK = 80;
const DEFAULT_TRIES = 2;

/** Reads and checks the file, which every lesson must have; `lessonMd` is where to say so. */
export function readQuiz(ctx: CompileContext, dir: string, lessonMd: Where) {
  const path = join(dir, 'quiz.yaml');
  if (!existsSync(path)) {
    ctx.errors.push({
      ...lessonMd,
      message: 'every lesson needs a quiz: add quiz.yaml to this folder',
    });
    return null;
  }
  return ctx.yaml(path, QuizFile);
}

export function compileQuiz(
  scope: QuestionScope,
  id: string,
  file: ReturnType<typeof readQuiz>,
): Quiz {
  return {
    id,
    title: file?.value.title ?? '',
    intro: file?.value.intro ? scope.ctx.md(file.yaml, ['intro'], file.value.intro) : [],
    passMark: file?.value.passMark ?? DEFAULT_PASS_MARK,
    tries: file?.value.tries ?? DEFAULT_TRIES,
    questions: file
      ? file.value.questions.map((q, i) => compileQuestion(scope, q, file.yaml, ['questions', i]))
      : [],
  };
}
