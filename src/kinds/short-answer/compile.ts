import * as v from 'valibot';
import type { KindCompiler } from '../types';
import { commonQuestionFields, markdown, positiveInt, text } from '../shared/authoring';

const schema = v.strictObject({
  kind: v.literal('short-answer'),
  ...commonQuestionFields,
  modelAnswer: markdown,
  checklist: v.pipe(v.array(text), v.minLength(1, 'needs at least one point')),
  minLength: v.optional(positiveInt),
});

/** Characters a learner must write before comparing, unless the question says otherwise. */
const DEFAULT_MIN_LENGTH = 20;

export const shortAnswerCompiler = {
  schema,
  compile: (q: v.InferOutput<typeof schema>, ctx) => ({
    kind: q.kind,
    modelAnswer: ctx.md(['modelAnswer'], q.modelAnswer),
    checklist: q.checklist,
    minLength: q.minLength ?? DEFAULT_MIN_LENGTH,
    rubric: {},
  }),
} satisfies KindCompiler<'short-answer'>;
