import type { TeacherNotes } from '../domain/content';
import { RichText } from './rich-text';

/** A lesson plan with timings, discussion prompts and common misconceptions. */
export function TeacherNotesView({
  notes,
  headingLevel,
}: {
  notes: TeacherNotes;
  headingLevel: 2 | 3;
}) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const starts = notes.plan.map((_, i) =>
    notes.plan.slice(0, i).reduce((t, s) => t + s.minutes, 0),
  );
  return (
    <div className="teacher-notes">
      <H>Lesson plan ({notes.minutes} minutes)</H>
      <table className="plan">
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Step</th>
            <th scope="col">What to do</th>
          </tr>
        </thead>
        <tbody>
          {notes.plan.map((step, i) => {
            const from = starts[i] ?? 0;
            return (
              <tr key={step.title}>
                <td className="plan-time">
                  {from}–{from + step.minutes} min
                </td>
                <th scope="row">{step.title}</th>
                <td>
                  <RichText nodes={step.detail} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {notes.prompts.length ? (
        <>
          <H>Discussion prompts</H>
          <ul>
            {notes.prompts.map((p, i) => (
              <li key={i}>
                <RichText nodes={p} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {notes.misconceptions.length ? (
        <>
          <H>Common misconceptions</H>
          <dl className="misconceptions">
            {notes.misconceptions.map((m) => (
              <div key={m.belief}>
                <dt>“{m.belief}”</dt>
                <dd>
                  <RichText nodes={m.response} />
                </dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
      {notes.notes.length ? (
        <>
          <H>Notes</H>
          <RichText nodes={notes.notes} />
        </>
      ) : null}
    </div>
  );
}
