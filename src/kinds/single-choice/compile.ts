import * as v from 'valibot';
import type { KindCompiler } from '../types';
import { choices, commonQuestionFields, id } from '../shared/authoring';
import { compileChoices, uniqueIds } from '../shared/choices';

const schema = v.strictObject({
  kind: v.literal('single-choice'),
  ...commonQuestionFields,
  options: choices,
  answer: id,
});

export const singleChoiceCompiler = {
  schema,
  compile(q: v.InferOutput<typeof schema>, ctx) {
    const ids = uniqueIds(ctx, q.options, 'options');
    if (!ids.has(q.answer))
      ctx.error(['answer'], `names "${q.answer}", which is not one of the options`);
    return { kind: q.kind, options: compileChoices(ctx, q.options), rubric: { answer: q.answer } };
  },
} satisfies KindCompiler<'single-choice'>;
