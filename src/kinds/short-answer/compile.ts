import * as v from 'valibot';
import { RUBRIC_LEVELS } from '../../domain/question';
import type { KindCompiler } from '../types';
import { commonQuestionFields, markdown, positiveInt } from '../shared/authoring';

/** One level of the rubric: what an answer at it does, and one answer at it. */
const level = v.strictObject({ description: markdown, exemplar: markdown });

const schema = v.strictObject({
  kind: v.literal('short-answer'),
  ...commonQuestionFields,
  modelAnswer: markdown,
  // Every level is required, so that self-assessment is always anchored by an example.
  rubric: v.strictObject({ beginning: level, developing: level, secure: level }),
  selfCheck: v.optional(markdown),
  minLength: v.optional(positiveInt),
});

/** Characters a learner must write before comparing, unless the question says otherwise. */
const DEFAULT_MIN_LENGTH = 20;

export const shortAnswerCompiler = {
  schema,
  compile(q: v.InferOutput<typeof schema>, ctx) {
    const minLength = q.minLength ?? DEFAULT_MIN_LENGTH;
    RUBRIC_LEVELS.forEach((id, i) => {
      const { exemplar } = q.rubric[id];
      // An exemplar is an answer a learner could give, so it meets the question's minimum.
      if (exemplar.length < minLength) {
        ctx.error(
          ['rubric', id, 'exemplar'],
          `is shorter than the ${minLength} characters a learner must write`,
        );
      }
      const same = RUBRIC_LEVELS.slice(0, i).find((other) => q.rubric[other].exemplar === exemplar);
      if (same) ctx.error(['rubric', id, 'exemplar'], `is the same as the ${same} exemplar`);
    });
    return {
      kind: q.kind,
      modelAnswer: ctx.md(['modelAnswer'], q.modelAnswer),
      levels: RUBRIC_LEVELS.map((id) => ({
        id,
        description: ctx.inline(['rubric', id, 'description'], q.rubric[id].description),
        exemplar: ctx.md(['rubric', id, 'exemplar'], q.rubric[id].exemplar),
      })),
      ...(q.selfCheck ? { selfCheck: ctx.md(['selfCheck'], q.selfCheck) } : {}),
      minLength,
      rubric: {},
    };
  },
} satisfies KindCompiler<'short-answer'>;
