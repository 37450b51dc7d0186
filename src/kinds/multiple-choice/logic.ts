/**
 * Multiple-choice: any number of right options. Points = (right ticks − wrong ticks) / key
 * size, never below 0 (shared/scoring.ts), so ticking everything earns nothing.
 */
import * as v from 'valibot';
import type { KindModule } from '../types';
import { scoreSelection, selectionJudgements, validateSelection } from '../shared/scoring';
import { ContentIdsInput } from '../shared/input';
import { idsOf, packIdsIn, responseSet, unpackIdsIn } from '../shared/lms';
import { selectionHint } from '../shared/hints';
import { letterList } from '../shared/letters';

export const multipleChoiceLogic: KindModule<'multiple-choice'> = {
  inputSchema: v.strictObject({ kind: v.literal('multiple-choice'), choices: ContentIdsInput }),
  presentationOrder: (question, mix) => mix(question.options.map((o) => o.id)),
  emptyInput: () => ({ kind: 'multiple-choice', choices: [] }),
  validate(question, input) {
    if (input.choices.length === 0) return 'empty';
    return validateSelection(
      input.choices,
      question.options.map((o) => o.id),
    );
  },
  score: (question, rubric, input) =>
    scoreSelection(
      input.choices,
      question.options.map((o) => o.id),
      rubric.answer,
    ),
  // Options with a stance are judgement items; ticking one means judging it `selecting`, and
  // leaving it unticked the opposite. Options without a stance do not count.
  judgements: (question, _rubric, input) =>
    selectionJudgements(
      question.id,
      question.options.flatMap((o): [string, 'flag' | 'trust'][] =>
        o.stance ? [[o.id, o.stance]] : [],
      ),
      question.selecting,
      input ? input.choices : null,
    ),
  retryHint: (_question, score) =>
    selectionHint(score.items, { one: 'option', many: 'options' }, 'ticked'),
  keyEntry: (_question, rubric, order) => letterList(order, rubric.answer),
  richText: (question) => question.options.flatMap((o) => [o.text, o.feedback ?? []]),
  quotedSentences: () => [],
  selfAssessed: false,
  // Packed as the positions of the ticked options.
  lms: {
    shape: (question) => idsOf(question.options),
    pack: (question, input) => packIdsIn(input.choices, idsOf(question.options)),
    unpack(question, packed) {
      const choices = unpackIdsIn(packed, idsOf(question.options));
      return choices && { kind: 'multiple-choice', choices };
    },
    interaction: { '1.2': 'choice', '2004': 'choice' },
    response: (question, input, v) => responseSet(input.choices, idsOf(question.options), v),
    correct: (question, rubric, v) => responseSet(rubric.answer, idsOf(question.options), v),
  },
};
