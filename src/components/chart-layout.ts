import { useLayoutEffect, useRef, useState } from 'react';

export interface ChartSize {
  /** Width available, in CSS pixels. */
  width: number;
  /** The text size in CSS pixels: lay out lines and label columns in multiples of it. */
  em: number;
}

/** Used before the first measurement, and where there is no layout (tests, pre-rendering). */
const FALLBACK: ChartSize = { width: 640, em: 16 };

/** Width and text size of an element, measured again whenever either changes. */
export function useChartSize<E extends HTMLElement>() {
  const box = useRef<E>(null);
  const probe = useRef<HTMLSpanElement>(null);
  const [size, setSize] = useState<ChartSize>(FALLBACK);
  useLayoutEffect(() => {
    const el = box.current;
    const em = probe.current;
    if (!el || !em) return;
    const measure = () => {
      const width = Math.floor(el.getBoundingClientRect().width);
      const fontSize = em.getBoundingClientRect().width;
      if (width <= 0 || fontSize <= 0) return;
      setSize((s) => (s.width === width && s.em === fontSize ? s : { width, em: fontSize }));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    // The probe is 1em wide, so a change of text size resizes it even when the width stays.
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    observer.observe(em);
    return () => observer.disconnect();
  }, []);
  return { box, probe, size };
}

/** A linear map from data values to pixels, clamped to the domain. */
export function linearScale(
  [d0, d1]: readonly [number, number],
  [r0, r1]: readonly [number, number],
) {
  return (value: number) => {
    const t = d1 === d0 ? 0 : (Math.min(Math.max(value, d0), d1) - d0) / (d1 - d0);
    return r0 + t * (r1 - r0);
  };
}
