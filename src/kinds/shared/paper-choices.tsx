import type { ReactNode } from 'react';

/** Options on a paper worksheet, each with a box or circle to tick. */
export function PaperChoices(props: {
  hint: ReactNode;
  tick: '○' | '☐' | '___';
  options: { id: string; label: ReactNode }[];
}) {
  return (
    <>
      <p className="hint">{props.hint}</p>
      <ul className="paper-options">
        {props.options.map((o) => (
          <li key={o.id}>
            <span className="tick" aria-hidden="true">
              {props.tick}
            </span>{' '}
            {o.label}
          </li>
        ))}
      </ul>
    </>
  );
}
