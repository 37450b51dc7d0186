// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { newLearner } from './learner';
import {
  putLearner,
  removeLearner,
  renameLearner,
  resetLearner,
  switchLearner,
  updateLearner,
} from './learners';
import { learner } from '../testing/records';

const ana = learner();
const ben = newLearner('l-ben12345', 'Ben', 1);
const both = { learners: { [ana.id]: ana, [ben.id]: ben }, activeLearnerId: ana.id };

describe('learners on one device (pure updates)', () => {
  it('adds a learner, or replaces one with the same id, and makes them active', () => {
    expect(putLearner({ learners: { [ana.id]: ana }, activeLearnerId: ana.id }, ben)).toEqual(
      both.learners && { learners: both.learners, activeLearnerId: ben.id },
    );
    const renamed = { ...ben, name: 'Benjamin' };
    expect(putLearner(both, renamed)).toEqual({
      learners: { [ana.id]: ana, [ben.id]: renamed },
      activeLearnerId: ben.id,
    });
  });

  it('switches only to a learner who exists', () => {
    expect(switchLearner(both, ben.id)).toEqual({ activeLearnerId: ben.id });
    expect(switchLearner(both, 'l-nobody12')).toEqual({});
  });

  it('updates, renames and resets only the learner named, and no one who does not exist', () => {
    expect(renameLearner(both, ben.id, 'Benjamin').learners).toEqual({
      [ana.id]: ana,
      [ben.id]: { ...ben, name: 'Benjamin' },
    });
    expect(resetLearner(both, ana.id, 42).learners).toEqual({
      [ana.id]: newLearner(ana.id, ana.name, 42),
      [ben.id]: ben,
    });
    expect(updateLearner(both, 'l-nobody12', () => ben)).toEqual({});
  });

  it('removes a learner; removing the active one activates another', () => {
    expect(removeLearner(both, ben.id)).toEqual({
      learners: { [ana.id]: ana },
      activeLearnerId: ana.id,
    });
    expect(removeLearner(both, ana.id)).toEqual({
      learners: { [ben.id]: ben },
      activeLearnerId: ben.id,
    });
  });

  it('keeps the active learner when removing another', () => {
    const cleo = newLearner('l-cleo1234', 'Cleo', 2);
    const three = { learners: { ...both.learners, [cleo.id]: cleo }, activeLearnerId: cleo.id };
    expect(removeLearner(three, ana.id)).toEqual({
      learners: { [ben.id]: ben, [cleo.id]: cleo },
      activeLearnerId: cleo.id,
    });
  });

  it('never removes the last learner, and ignores an unknown id', () => {
    expect(removeLearner({ learners: { [ana.id]: ana }, activeLearnerId: ana.id }, ana.id)).toEqual(
      {},
    );
    expect(removeLearner(both, 'l-nobody12')).toEqual({});
  });
});
