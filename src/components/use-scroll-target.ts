import { useEffect } from 'react';
import { useSearchParams } from 'react-router';

/**
 * Hash routing leaves no room for #fragments, so "jump to this sentence / source / term"
 * travels as a query parameter; this scrolls to the element with that id and focuses it.
 * A passive effect on purpose: it runs after the layout has focused the new page's heading
 * (src/app/root-layout.tsx), so the target keeps focus.
 */
export function useScrollTarget(param: string, idPrefix: string): string | null {
  const [params] = useSearchParams();
  const target = params.get(param);
  useEffect(() => {
    if (!target) return;
    const el = document.getElementById(`${idPrefix}${target}`);
    if (!el) return;
    el.scrollIntoView({ block: 'center' });
    el.focus({ preventScroll: true });
  }, [target, idPrefix]);
  return target;
}
