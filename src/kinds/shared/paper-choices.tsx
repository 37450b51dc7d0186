import type { ReactNode } from 'react';
import { letter } from './letters';

/**
 * Options on a paper worksheet, in printed order, each with its letter (A, B, C…, as the
 * compact answer key names them) and a box or circle to tick. `data-id` lets tests compare
 * the printed order with the content.
 */
export function PaperChoices(props: {
  hint: ReactNode;
  tick: '○' | '☐' | '___';
  options: { id: string; label: ReactNode }[];
}) {
  return (
    <>
      <p className="hint">{props.hint}</p>
      <ul className="paper-options">
        {props.options.map((o, i) => (
          <li key={o.id} data-id={o.id}>
            <span className="tick" aria-hidden="true">
              {props.tick}
            </span>
            <span className="option-letter">{letter(i)}</span>
            <span className="option-text">{o.label}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
