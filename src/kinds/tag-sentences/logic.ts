/**
 * Tag-sentences: tick the article sentences that fit a category. Scored like multiple-choice
 * (shared/scoring.ts); tagging nothing is a real answer here ("none of these fit").
 */
import * as v from 'valibot';
import type { KindModule } from '../types';
import { scoreSelection, selectionJudgements, validateSelection } from '../shared/scoring';
import { ContentIdsInput } from '../shared/input';
import { packIdsIn, responseSet, unpackIdsIn } from '../shared/lms';
import { selectionHint } from '../shared/hints';
import { letterList } from '../shared/letters';

export const tagSentencesLogic: KindModule<'tag-sentences'> = {
  inputSchema: v.strictObject({ kind: v.literal('tag-sentences'), sentences: ContentIdsInput }),
  // Sentences stay in article order: their position is part of their meaning.
  presentationOrder: (question) => question.candidates,
  emptyInput: () => ({ kind: 'tag-sentences', sentences: [] }),
  validate: (question, input) => validateSelection(input.sentences, question.candidates),
  score: (question, rubric, input) =>
    scoreSelection(input.sentences, question.candidates, rubric.answer),
  // The sentences listed in `stances` are judgement items (the compiler adds the answer
  // sentences): a sentence that simply does not fit the category is not thereby "supported".
  judgements: (question, _rubric, input) =>
    selectionJudgements(
      question.id,
      Object.entries(question.stances),
      question.selecting,
      input ? input.sentences : null,
    ),
  retryHint: (_question, score) =>
    selectionHint(score.items, { one: 'sentence', many: 'sentences' }, 'tagged'),
  keyEntry: (_question, rubric, order) => letterList(order, rubric.answer),
  richText: (question) => Object.values(question.feedback),
  quotedSentences: (question) => question.candidates,
  selfAssessed: false,
  // Packed as the positions of the tagged sentences among the candidates.
  lms: {
    shape: (question) => question.candidates,
    pack: (question, input) => packIdsIn(input.sentences, question.candidates),
    unpack(question, packed) {
      const sentences = unpackIdsIn(packed, question.candidates);
      return sentences && { kind: 'tag-sentences', sentences };
    },
    interaction: { '1.2': 'choice', '2004': 'choice' },
    response: (question, input, v) => responseSet(input.sentences, question.candidates, v),
    correct: (question, rubric, v) => responseSet(rubric.answer, question.candidates, v),
  },
};
