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

/**
 * Words broken into lines no wider than `maxWidth` pixels, for SVG text (which does not wrap).
 * Widths are estimated at `charWidth` em per character: generous for the UI fonts, so a line
 * is never wider than its room. A word longer than a line (a web address on a phone at the
 * largest text size) is cut into pieces that fit.
 */
export function wrapText(text: string, maxWidth: number, em: number, charWidth = 0.56): string[] {
  const perLine = Math.max(1, Math.floor(maxWidth / (em * charWidth)));
  const lines: string[] = [];
  let line = '';
  const words = text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w) => w.match(new RegExp(`.{1,${perLine}}`, 'gu')) ?? []);
  for (const word of words) {
    if (line && line.length + 1 + word.length > perLine) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Round tick values (every 1, 2, 5, 10, 20… units) at least `minGap` pixels apart. */
export function niceTicks(
  [d0, d1]: readonly [number, number],
  pixels: number,
  minGap: number,
): number[] {
  const span = d1 - d0;
  if (span <= 0 || pixels <= 0) return [d0];
  const steps = [1, 2, 5, 10, 20, 50, 100];
  const step = steps.find((s) => (pixels * s) / span >= minGap) ?? span;
  const ticks: number[] = [];
  for (let t = Math.ceil(d0 / step) * step; t <= d1; t += step) ticks.push(t);
  return ticks;
}

/**
 * Rows for markers along a line so that none overlaps another: each marker (by its centre
 * x, in order) goes into the first row whose last marker is at least `gap` away.
 */
export function stackRows(xs: readonly number[], gap: number): number[] {
  const lastInRow: number[] = [];
  return xs.map((x) => {
    let row = lastInRow.findIndex((last) => x - last >= gap);
    if (row === -1) row = lastInRow.length;
    lastInRow[row] = x;
    return row;
  });
}
