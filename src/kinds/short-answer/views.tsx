import type { KindViews } from '../shared/view-types';
import { RichText } from '../../components/rich-text';
import { PaperChoices } from '../shared/paper-choices';
import { ShortAnswerInput } from './input';
import { RubricList } from './rubric';
import { LEVEL_NAMES } from './level-names';
import { RUBRIC_LEVELS } from '../../domain/question';

export const shortAnswerViews: KindViews<'short-answer'> = {
  Input: ShortAnswerInput,
  Key: ({ question }) => (
    <>
      <RichText nodes={question.modelAnswer} />
      <p>Rubric (the learner places their own answer at a level):</p>
      <RubricList levels={question.levels} />
    </>
  ),
  Response: ({ input }) => (
    <>
      <blockquote className="learner-text">{input.text}</blockquote>
      <p>
        {input.level
          ? `Placed at: ${LEVEL_NAMES[input.level]} (self-assessed).`
          : 'Not placed at a level yet.'}
      </p>
    </>
  ),
  // The rubric is on the answer key: learners on paper write first, then compare with it.
  Blank: () => (
    <>
      <p className="hint">Write your answer here.</p>
      <div className="write-space" aria-hidden="true" />
      <PaperChoices
        hint="Then compare your answer with the rubric and model answer on the answer key, and tick the level closest to it:"
        tick="☐"
        options={RUBRIC_LEVELS.map((id) => ({ id, label: LEVEL_NAMES[id] }))}
      />
    </>
  ),
};
