import type { RubricLevelId } from '../../domain/question';

/** The rubric levels' names, as learners read them. */
export const LEVEL_NAMES: Record<RubricLevelId, string> = {
  beginning: 'Beginning',
  developing: 'Developing',
  secure: 'Secure',
};
