/**
 * Small building blocks for charts and diagrams drawn as inline SVG (no image files, no
 * library): they work from file://, follow the colour theme through CSS classes (charts.css)
 * and print in black and white.
 *
 * A chart is laid out in the CSS pixels of the space it is given, and in "em" of the page's
 * text size, so its words are as large as the text around it at every width and text size:
 * <ChartFigure> measures both and hands them to the drawing. Every chart also says what it
 * shows in words (`summary`, read by screen readers) and can offer the figures as a table.
 */
import { useId, type ReactNode } from 'react';
import { useChartSize, type ChartSize } from './chart-layout';

/**
 * A figure holding one SVG chart: a visible caption, the drawing (an image to screen readers,
 * named by the caption and described by `summary`) and, optionally, the same figures as a
 * table in a disclosure.
 */
export function ChartFigure(props: {
  caption: ReactNode;
  /** What the chart shows, in words: the screen-reader description of the drawing. */
  summary: string;
  /** Height of the drawing for a given size. */
  height(size: ChartSize): number;
  /** The drawing, in CSS pixels of `size` (x from 0 to size.width). */
  children(size: ChartSize): ReactNode;
  /** The figures as a table (or text), for anyone who would rather read than look. */
  table?: ReactNode;
  tableLabel?: string;
  /** Show the table without a click (where the words carry what the drawing only numbers). */
  tableOpen?: boolean;
  className?: string;
}) {
  const { box, probe, size } = useChartSize<HTMLDivElement>();
  const id = useId();
  const height = Math.ceil(props.height(size));
  return (
    <figure className={['chart', props.className].filter(Boolean).join(' ')}>
      <figcaption id={`${id}-caption`} className="chart-caption">
        {props.caption}
      </figcaption>
      <div ref={box} className="chart-box">
        <span ref={probe} className="chart-em" aria-hidden="true" />
        <svg
          role="img"
          aria-labelledby={`${id}-caption`}
          aria-describedby={`${id}-summary`}
          viewBox={`0 0 ${size.width} ${height}`}
          width={size.width}
          height={height}
          className="chart-svg"
        >
          <desc id={`${id}-summary`}>{props.summary}</desc>
          {props.children(size)}
        </svg>
      </div>
      {props.table ? (
        <details className="chart-table" open={props.tableOpen}>
          <summary>{props.tableLabel ?? 'The same figures as a table'}</summary>
          {props.table}
        </details>
      ) : null}
    </figure>
  );
}

/**
 * A horizontal axis along y: a baseline, tick marks and their labels, and optional grid
 * lines up to `gridTop`. The outer labels are aligned inwards so they never leave the chart.
 */
export function AxisX(props: {
  scale: (value: number) => number;
  ticks: readonly number[];
  y: number;
  em: number;
  format?: (value: number) => string;
  gridTop?: number;
}) {
  const { scale, ticks, y, em, format = String, gridTop } = props;
  const first = ticks[0];
  const last = ticks.at(-1);
  const x0 = first === undefined ? 0 : scale(first);
  const x1 = last === undefined ? 0 : scale(last);
  return (
    <g className="chart-axis">
      {gridTop === undefined
        ? null
        : ticks.map((t) => (
            <line
              key={`grid-${t}`}
              className="chart-grid"
              x1={scale(t)}
              x2={scale(t)}
              y1={gridTop}
              y2={y}
            />
          ))}
      <line className="chart-axis-line" x1={x0} x2={x1} y1={y} y2={y} />
      {ticks.map((t) => (
        <g key={t}>
          <line className="chart-axis-line" x1={scale(t)} x2={scale(t)} y1={y} y2={y + em * 0.3} />
          <text
            className="chart-label chart-muted"
            x={scale(t)}
            y={y + em * 1.3}
            textAnchor={t === first ? 'start' : t === last ? 'end' : 'middle'}
          >
            {format(t)}
          </text>
        </g>
      ))}
    </g>
  );
}

/**
 * A horizontal bar from x0 to x1. "solid" and "outline" look different in shape, not only in
 * colour, so two series can be told apart in print and by people who do not see colour.
 */
export function HBar(props: {
  x0: number;
  x1: number;
  y: number;
  height: number;
  look?: 'solid' | 'outline';
}) {
  const { x0, x1, y, height, look = 'solid' } = props;
  return (
    <rect
      className={`chart-bar chart-bar-${look}`}
      x={Math.min(x0, x1)}
      y={y}
      width={Math.max(Math.abs(x1 - x0), 1)}
      height={height}
      rx={Math.min(3, height / 4)}
    />
  );
}

/** A dashed vertical line marking a threshold (a pass mark, a date) from y0 to y1. */
export function VRule({ x, y0, y1 }: { x: number; y0: number; y1: number }) {
  return <line className="chart-rule" x1={x} x2={x} y1={y0} y2={y1} />;
}
