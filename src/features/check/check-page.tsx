import { Link } from 'react-router';
import type { CheckForm } from '../../domain/content';
import type { CheckTaking } from '../../model/learner';
import type { CheckStage } from '../../model/prepost';
import { Page } from '../../components/page';
import { RichText } from '../../components/rich-text';
import { StimulusView } from '../../components/stimulus';
import { EvidenceList } from '../../components/evidence';
import { checkSize } from '../../components/check-words';
import {
  changeText,
  countsText,
  INDEX_MEANING,
  indexText,
  percentText,
} from '../../components/check-words';
import { paths } from '../../config/paths';
import { content, lessons } from '../../content';
import { checkStatus, closingLesson, skipPreCheck } from '../../model/prepost';
import { KeyText, ResponseText } from '../../kinds/views';
import { scoreAnswer } from '../../scoring/score';
import { checkFigures, type CheckFigures } from '../../scoring/prepost';
import { useActiveLearner, useAppStore } from '../../stores/app-store';
import { formById, STAGE_NAMES } from './use-check';
import { ScrollRegion } from '../../components/scroll-region';

const MARKS = {
  right: { icon: '✓', label: 'Right' },
  wrong: { icon: '✗', label: 'Not right' },
};

/**
 * The before-and-after check: what it is and where the learner stands, and once the
 * after-check is done, both results side by side and every answer to review. Until then
 * nothing about the before-check's answers is shown.
 */
export function CheckPage() {
  const learner = useActiveLearner();
  const update = useAppStore((s) => s.updateLearner);
  const status = checkStatus(learner, content);
  const { items, minutes } = checkSize();
  const closing = closingLesson(lessons);
  if (content.checks.length < 2) {
    return (
      <Page title="Before-and-after check">
        <p>This copy of the module has no before-and-after check.</p>
      </Page>
    );
  }
  const { pre, post } = learner.checks;
  const done = status.post === 'done';

  return (
    <Page
      title="Before-and-after check"
      lead={
        <p>
          Two short checks of the same kind and difficulty: one before Lesson 1, one after the final
          review. Each has {items} fresh texts (about {minutes} minutes), and for each you judge
          whether it gives enough to accept a claim. Comparing the two shows whether you got better
          at telling weak claims from well-supported ones, not just at doubting.
        </p>
      }
    >
      {done && post ? (
        <Results before={pre?.finishedAt != null ? pre : null} after={post} />
      ) : (
        <section aria-labelledby="stages-heading">
          <h2 id="stages-heading">Where you are</h2>
          <ul className="progress-facts">
            <li>
              <strong>{STAGE_NAMES.pre}:</strong>{' '}
              {status.pre === 'done'
                ? 'done. Its results are shown after the after-check.'
                : status.pre === 'open'
                  ? 'started, not finished.'
                  : status.pre === 'closed'
                    ? 'not taken (it closes once the after-check begins).'
                    : status.pre === 'skipped'
                      ? 'skipped for now. You can still take it, best before Lesson 1.'
                      : 'not taken yet. Best taken before Lesson 1.'}
            </li>
            <li>
              <strong>{STAGE_NAMES.post}:</strong>{' '}
              {status.post === 'open'
                ? 'started, not finished.'
                : status.post === 'todo'
                  ? 'ready for you.'
                  : `opens when you have finished the ${closing?.label ?? 'last'} quiz.`}
            </li>
          </ul>
          <div className="button-row">
            {status.post === 'todo' || status.post === 'open' ? (
              <Link className="button button-primary" to={paths.checkTake('post')}>
                {status.post === 'open' ? 'Continue the after-check' : 'Take the after-check'}
              </Link>
            ) : null}
            {status.pre === 'todo' || status.pre === 'skipped' || status.pre === 'open' ? (
              <Link className="button button-primary" to={paths.checkTake('pre')}>
                {status.pre === 'open' ? 'Continue the before-check' : 'Take the before-check'}
              </Link>
            ) : null}
            {status.pre === 'todo' ? (
              <button type="button" className="button" onClick={() => update(skipPreCheck)}>
                Skip it for now
              </button>
            ) : null}
          </div>
        </section>
      )}
    </Page>
  );
}

function Results({ before, after }: { before: CheckTaking | null; after: CheckTaking }) {
  const rows = [
    { stage: 'pre' as const, taking: before },
    { stage: 'post' as const, taking: after },
  ].map(({ stage, taking }) => {
    const form = taking ? formById(taking.form) : undefined;
    return {
      stage,
      taking,
      form,
      figures: taking && form ? checkFigures(form, taking.answers) : null,
    };
  });
  const [b, a] = [rows[0]?.figures ?? null, rows[1]?.figures ?? null];
  return (
    <>
      <section aria-labelledby="check-results-heading">
        <h2 id="check-results-heading">Your results</h2>
        <ScrollRegion labelledBy="check-table-caption">
          <table className="report-table check-table">
            <caption id="check-table-caption">Your two checks, side by side</caption>
            <thead>
              <tr>
                <th scope="col">Check</th>
                <th scope="col">Weak claims flagged</th>
                <th scope="col">Well-supported claims wrongly doubted</th>
                <th scope="col">Discernment</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ stage, form, figures }) => (
                <tr key={stage}>
                  <th scope="row">
                    {STAGE_NAMES[stage]}
                    {form ? ` (${form.label})` : ''}
                  </th>
                  {figures ? <FigureCells figures={figures} /> : <td colSpan={3}>not taken</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
        {rows.map(({ stage, figures }) =>
          figures ? (
            <p key={stage}>
              {STAGE_NAMES[stage]}: you {countsText(figures)}.
            </p>
          ) : null,
        )}
        {b && a ? (
          <p>{changeText(b, a)}</p>
        ) : (
          <p>You did not take the before-check, so there is no change to show.</p>
        )}
        <p className="hint">{INDEX_MEANING}</p>
      </section>
      {rows.map(({ stage, taking, form }) =>
        taking && form ? <Review key={stage} stage={stage} taking={taking} form={form} /> : null,
      )}
    </>
  );
}

function FigureCells({ figures: f }: { figures: CheckFigures }) {
  return (
    <>
      <td>
        {f.flagged} of {f.flagItems}
        {f.hitRate === null ? '' : ` (${percentText(f.hitRate)})`}
      </td>
      <td>
        {f.wronglyFlagged} of {f.trustItems}
        {f.falseAlarmRate === null ? '' : ` (${percentText(f.falseAlarmRate)})`}
      </td>
      <td>{f.index === null ? '—' : indexText(f.index)}</td>
    </>
  );
}

/** Every item of one sitting: the text, the claim, the learner's answer, the right one, why. */
function Review({
  stage,
  taking,
  form,
}: {
  stage: CheckStage;
  taking: CheckTaking;
  form: CheckForm;
}) {
  return (
    <section aria-labelledby={`review-${stage}`}>
      <h2 id={`review-${stage}`}>
        Review: {STAGE_NAMES[stage].toLowerCase()} ({form.label})
      </h2>
      <details className="plan-block">
        <summary>Show all {form.items.length} texts, with your answers and the reasons</summary>
        <ol className="review-list">
          {form.items.map(({ question }) => {
            const input = taking.answers[question.id]?.input ?? null;
            const scored = input ? scoreAnswer(question, input) : null;
            const right = scored?.valid === true && scored.status === 'correct';
            const mark = MARKS[right ? 'right' : 'wrong'];
            return (
              <li
                key={question.id}
                className={`review-item review-${right ? 'correct' : 'incorrect'}`}
              >
                <p>
                  <span aria-hidden="true">{mark.icon} </span>
                  <strong>{mark.label}</strong>
                </p>
                {question.stimulus ? <StimulusView stimulus={question.stimulus} /> : null}
                <div className="check-claim">
                  <p className="check-claim-label">The claim</p>
                  <RichText nodes={question.prompt} />
                </div>
                <div className="review-answer">
                  <h3>Your answer</h3>
                  <ResponseText question={question} input={input} />
                </div>
                <div className="review-answer">
                  <h3>Right answer</h3>
                  <KeyText question={question} />
                </div>
                <div className="explanation">
                  <h3>Why</h3>
                  <RichText nodes={question.explanation} />
                </div>
                <EvidenceList evidence={question.evidence} level={3} />
              </li>
            );
          })}
        </ol>
      </details>
    </section>
  );
}
