import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways on a phone. The scrolling box is a named region that
 * takes focus, so keyboard users can scroll it too (axe: scrollable-region-focusable).
 * Name it by its table's caption (`labelledBy`) or, with no caption, by `label`.
 */
export function ScrollRegion(
  props: { children: ReactNode } & ({ labelledBy: string } | { label: string }),
) {
  return (
    <div
      className="table-scroll"
      role="region"
      tabIndex={0}
      aria-labelledby={'labelledBy' in props ? props.labelledBy : undefined}
      aria-label={'label' in props ? props.label : undefined}
    >
      {props.children}
    </div>
  );
}
