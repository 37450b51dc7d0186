import type { RubricLevel } from '../../domain/question';
import { RichText } from '../../components/rich-text';
import { LEVEL_NAMES } from './level-names';

/** A rubric written out: each level's name, what an answer at it does, and its exemplar. */
export function RubricList({ levels }: { levels: readonly RubricLevel[] }) {
  return (
    <dl className="rubric-list">
      {levels.map((level) => (
        <div key={level.id} className="rubric-entry">
          <dt>
            <strong>{LEVEL_NAMES[level.id]}</strong>: <RichText nodes={level.description} />
          </dt>
          <dd>
            <p className="rubric-exemplar-title">An answer at this level:</p>
            <blockquote className="rubric-exemplar">
              <RichText nodes={level.exemplar} />
            </blockquote>
          </dd>
        </div>
      ))}
    </dl>
  );
}
