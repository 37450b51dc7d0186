import { useRef, useState } from 'react';
import { RichText } from '../../components/rich-text';
import { plainText } from '../../components/plain-text';
import type { InputProps } from '../shared/input-props';
import { markFor } from '../shared/input-props';

/** Reordering with Move up / Move down buttons: works by keyboard, touch and screen reader. */
export function OrderInput(props: InputProps<'order'>) {
  const { question, value, onChange, locked, reveal, uid } = props;
  const byId = new Map(question.items.map((i) => [i.id, i]));
  const [announcement, setAnnouncement] = useState('');
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());

  const move = (id: string, delta: -1 | 1, which: 'up' | 'down') => {
    const from = value.order.indexOf(id);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= value.order.length) return;
    const next = [...value.order];
    next.splice(from, 1);
    next.splice(to, 0, id);
    onChange({ kind: 'order', order: next });
    const item = byId.get(id);
    setAnnouncement(
      `${item ? plainText(item.text) : id} moved to position ${to + 1} of ${next.length}.`,
    );
    // Keep focus on the item that moved; if it reached an end, its button there is disabled.
    requestAnimationFrame(() => {
      const edge = (which === 'up' && to === 0) || (which === 'down' && to === next.length - 1);
      const target = buttons.current.get(
        `${id}:${edge ? (which === 'up' ? 'down' : 'up') : which}`,
      );
      target?.focus();
    });
  };

  const correct = question.rubric.answer;
  return (
    <>
      <p className="hint">Use the buttons to put the items in order, first at the top.</p>
      <ol className="order-list">
        {value.order.map((id, i) => {
          const item = byId.get(id);
          if (!item) return null;
          const mark = markFor(reveal, id);
          const label = plainText(item.text);
          return (
            <li
              key={id}
              className="order-item"
              data-state={mark ? (mark.ok ? 'ok' : 'bad') : undefined}
            >
              {/* The list's own numbers would sit outside the card's narrow width; this one is
                  inside it. Screen readers get the position from the list. */}
              <span className="order-position" aria-hidden="true">
                {i + 1}
              </span>
              <span className="order-text" id={`${uid}-${id}`}>
                <RichText nodes={item.text} />
              </span>
              <span className="order-buttons">
                <button
                  type="button"
                  className="button button-small"
                  ref={(el) => void buttons.current.set(`${id}:up`, el)}
                  aria-label={`Move up: ${label}`}
                  disabled={locked || i === 0}
                  onClick={() => move(id, -1, 'up')}
                >
                  ↑ Up
                </button>
                <button
                  type="button"
                  className="button button-small"
                  ref={(el) => void buttons.current.set(`${id}:down`, el)}
                  aria-label={`Move down: ${label}`}
                  disabled={locked || i === value.order.length - 1}
                  onClick={() => move(id, 1, 'down')}
                >
                  ↓ Down
                </button>
              </span>
              {/* After Check the mark takes a line of its own below, so nothing else moves. */}
              {mark ? (
                <span className={`mark ${mark.ok ? 'mark-ok' : 'mark-bad'}`}>
                  {mark.ok
                    ? '✓ Right place'
                    : reveal?.solution
                      ? `✗ Belongs at position ${correct.indexOf(id) + 1}`
                      : '✗ Not in the right place'}
                </span>
              ) : null}
            </li>
          );
        })}
      </ol>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </>
  );
}
