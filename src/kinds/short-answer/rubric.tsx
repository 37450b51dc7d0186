import type { RubricLevel } from '../../domain/question';
import { RichText } from '../../components/rich-text';
import { LEVEL_NAMES } from './level-names';

/** A level's name and what an answer at it does. */
export function LevelSummary({ level }: { level: RubricLevel }) {
  return (
    <>
      <strong>{LEVEL_NAMES[level.id]}</strong>: <RichText nodes={level.description} />
    </>
  );
}

/** A level's exemplar: an answer a learner could give at that level. */
export function LevelExemplar({ level }: { level: RubricLevel }) {
  return (
    <>
      <p className="rubric-exemplar-title">An answer at this level:</p>
      <blockquote className="rubric-exemplar">
        <RichText nodes={level.exemplar} />
      </blockquote>
    </>
  );
}

/** A rubric written out: each level's name, what an answer at it does, and its exemplar. */
export function RubricList({ levels }: { levels: readonly RubricLevel[] }) {
  return (
    <dl className="rubric-list">
      {levels.map((level) => (
        <div key={level.id} className="rubric-entry">
          <dt>
            <LevelSummary level={level} />
          </dt>
          <dd>
            <LevelExemplar level={level} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
