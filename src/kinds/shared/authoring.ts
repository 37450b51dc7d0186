/**
 * The building blocks of the authoring format (what may be written in lessons/): ids, text,
 * Markdown fields, stances, and the fields every question has. Each kind's schema is built
 * from them, and so are the other files' schemas (src/content/compile/schema.ts). Markdown
 * fields are plain strings here; compiling turns them into rich text.
 */
import * as v from 'valibot';
import { ID_PATTERN } from '../../domain/ids';
import { SKILLS } from '../../domain/question';
import { CAMPS } from '../../domain/stimulus';

export const text = v.pipe(v.string('must be text'), v.trim(), v.minLength(1, 'must not be empty'));
export const markdown = text;
export const id = v.pipe(
  v.string('must be an id (text)'),
  v.regex(ID_PATTERN, 'must be an id: lower-case letters, digits and single hyphens'),
);
export const ids = v.array(id, 'must be a list of ids');
export const stance = v.picklist(['flag', 'trust'], 'must be "flag" or "trust"');
export const positiveInt = v.pipe(
  v.number('must be a number'),
  v.integer('must be a whole number'),
  v.minValue(1, 'must be at least 1'),
);
export const skill = v.picklist(SKILLS, `must be one of: ${SKILLS.join(', ')}`);

export const camp = v.picklist(CAMPS, `must be one of: ${CAMPS.join(', ')}`);

/**
 * A fresh text to judge (src/content/compile/question.ts checks the combinations): either
 * `quote` (exact, a sentence or less) with the `source` it comes from and optionally an `intro`
 * in our words, or `constructed` (a text written for the module); always whose text it is.
 */
export const stimulus = v.strictObject({
  quote: v.optional(text),
  source: v.optional(id),
  intro: v.optional(markdown),
  constructed: v.optional(markdown),
  camp,
});

/** The fields every question has, whatever its kind (compiled in src/content/compile/question.ts). */
export const commonQuestionFields = {
  id,
  skill: v.optional(skill),
  prompt: markdown,
  context: v.optional(ids),
  text: v.optional(stimulus),
  explanation: markdown,
  evidence: v.strictObject({
    sentences: v.optional(ids),
    sources: v.optional(ids),
  }),
};

/** Options of single- and multiple-choice questions. */
export const choices = v.pipe(
  v.array(
    v.strictObject({
      id,
      text: markdown,
      feedback: v.optional(markdown),
      stance: v.optional(stance),
    }),
  ),
  v.minLength(2, 'needs at least two options'),
);
