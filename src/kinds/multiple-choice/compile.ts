import * as v from 'valibot';
import type { KindCompiler } from '../types';
import { choices, commonQuestionFields, ids, stance } from '../shared/authoring';
import { compileChoices, uniqueIds } from '../shared/choices';

const schema = v.strictObject({
  kind: v.literal('multiple-choice'),
  ...commonQuestionFields,
  options: choices,
  answer: v.pipe(ids, v.minLength(1, 'names at least one correct option')),
  selecting: v.optional(stance),
});

export const multipleChoiceCompiler = {
  schema,
  compile(q: v.InferOutput<typeof schema>, ctx) {
    const offered = uniqueIds(ctx, q.options, 'options');
    q.answer.forEach((a, i) => {
      if (!offered.has(a))
        ctx.error(['answer', i], `names "${a}", which is not one of the options`);
    });
    // A stance says how an option should be judged; ticking means judging it `selecting`, so
    // the stance must agree with whether the option is in the key.
    q.options.forEach((o, i) => {
      if (!o.stance) return;
      if (!q.selecting) {
        ctx.error(
          ['options', i, 'stance'],
          'needs "selecting" on the question, to say what ticking an option means',
        );
      } else if (q.answer.includes(o.id) !== (o.stance === q.selecting)) {
        ctx.error(
          ['options', i, 'stance'],
          `"${o.stance}" disagrees with the answer key: ticking means "${q.selecting}", and this option is ${q.answer.includes(o.id) ? '' : 'not '}in the answer`,
        );
      }
    });
    return {
      kind: q.kind,
      options: compileChoices(ctx, q.options),
      ...(q.selecting ? { selecting: q.selecting } : {}),
      rubric: { answer: q.answer },
    };
  },
} satisfies KindCompiler<'multiple-choice'>;
