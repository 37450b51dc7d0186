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

const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
  'twenty-one',
  'twenty-two',
  'twenty-three',
  'twenty-four',
  'twenty-five',
];

/**
 * The number of questions an intro states ("Sixteen questions…", "16 questions"), if any.
 * Intros are written by hand, and adding an item silently made them wrong once.
 */
export function statedQuestionCount(intro: string): number | null {
  const m = /\b([a-z-]+|\d+) questions\b/i.exec(intro);
  if (!m?.[1]) return null;
  const word = m[1].toLowerCase();
  if (/^\d+$/.test(word)) return Number(word);
  const n = NUMBER_WORDS.indexOf(word);
  return n < 0 ? null : n;
}

export function compileQuiz(
  scope: QuestionScope,
  id: string,
  file: ReturnType<typeof readQuiz>,
): Quiz {
  const stated = file?.value.intro ? statedQuestionCount(file.value.intro) : null;
  if (file && stated !== null && stated !== file.value.questions.length)
    scope.ctx.errors.push(
      file.yaml.error(
        ['intro'],
        `the intro says ${stated} questions, but the quiz has ${file.value.questions.length}`,
      ),
    );
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
