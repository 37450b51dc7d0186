import { Fragment } from 'react';
import { Link } from 'react-router';
import type { TimelineEvent, TimelineLane } from '../domain/content';
import { paths } from '../config/paths';
import { content, sourceById } from '../content';
import { dateSpan, formatPartialDate } from '../content/dates';
import { AxisX, ChartFigure, HBar } from './chart';
import { linearScale, niceTicks, stackRows, wrapText, type ChartSize } from './chart-layout';

// Layout, in multiples of the text size.
const LINE = 1.3;
const DOT_R = 0.62;
const DOT_GAP = 0.15;
const ROW = DOT_R * 2 + 0.2;
const LANE_GAP = 0.6;
const AXIS_H = 2.2;
const TICK_GAP = 3.4;

/** Lower confidence is drawn as an outlined dot, so it shows in shape, not only in the list. */
const OUTLINED = new Set(['medium', 'low-medium', 'low', 'not rated']);

interface Placed {
  event: TimelineEvent;
  number: number;
  x: number;
  row: number;
}

function layout(lanes: readonly TimelineLane[], events: readonly TimelineEvent[], size: ChartSize) {
  const { width, em } = size;
  const spans = [
    ...events.map((e) => dateSpan(e.date)),
    ...lanes.flatMap((l) => (l.period ? [dateSpan(l.period.from), dateSpan(l.period.until)] : [])),
  ];
  const x0 = em * DOT_R;
  const x1 = width - em * DOT_R;
  const first = Math.floor(Math.min(...spans.map((s) => s[0])));
  const last = Math.ceil(Math.max(...spans.map((s) => s[1])));
  const x = linearScale([first, last], [x0, x1]);
  const ticks = niceTicks([first, last], x1 - x0, em * TICK_GAP);
  const numbers = new Map(events.map((e, i) => [e.id, i + 1]));
  let y = 0;
  const rows = lanes.map((lane) => {
    const own = events.filter((e) => e.lane === lane.id);
    const xs = own.map((e) => {
      const [a, b] = dateSpan(e.date);
      return x((a + b) / 2);
    });
    const stack = stackRows(xs, em * (DOT_R * 2 + DOT_GAP));
    const label = wrapText(lane.label, width, em, 0.66);
    const top = y;
    const track = top + label.length * em * LINE + em * 0.2;
    const depth = Math.max(1, ...stack.map((r) => r + 1));
    y = track + depth * em * ROW + em * LANE_GAP;
    const placed: Placed[] = own.map((event, i) => ({
      event,
      number: numbers.get(event.id) ?? 0,
      x: xs[i] ?? 0,
      row: stack[i] ?? 0,
    }));
    return { lane, label, top, track, placed };
  });
  return { x, x0, x1, ticks, rows, height: y + em * AXIS_H, axisY: y };
}

/**
 * Dated events as a timeline: a row per lane, a numbered dot per event (outlined where the
 * research gives it less than medium-high confidence), a bar where a row stands for years on a
 * list (outlined where the exact date is not known). The numbered list below is the same
 * information in words, with each event's sources; it is the text alternative.
 */
export function TimelineChart({
  lanes: only,
  listOpen = false,
}: {
  /** The lanes to show; all of them if not given. */
  lanes?: readonly string[] | undefined;
  listOpen?: boolean;
}) {
  const { timeline } = content;
  const lanes = only ? timeline.lanes.filter((l) => only.includes(l.id)) : timeline.lanes;
  const shown = new Set(lanes.map((l) => l.id));
  const events = timeline.events.filter((e) => shown.has(e.lane));
  const years = [
    ...events.map((e) => e.date),
    ...lanes.flatMap((l) => (l.period ? [l.period.from, l.period.until] : [])),
  ].map((d) => Number(d.slice(0, 4)));
  if (!years.length) return null;
  const summary =
    `A timeline from ${Math.min(...years)} to ${Math.max(...years)} in ${lanes.length} rows: ` +
    `${lanes.map((l) => l.label).join('; ')}. ${events.length} events, numbered in date order; ` +
    'the list after the drawing gives each one in words, with its sources and confidence.';
  return (
    <ChartFigure
      className="timeline-chart"
      caption={
        <>
          Each numbered dot is an event, listed below with its sources; an outlined dot is less
          certain.
          {lanes.some((l) => l.period)
            ? ' A bar shows the years on a list; an outlined end means the exact date is not known.'
            : ''}
        </>
      }
      summary={summary}
      height={(size) => layout(lanes, events, size).height}
      table={<EventList lanes={lanes} events={events} />}
      tableLabel="The events in words, with their sources"
      tableOpen={listOpen}
    >
      {(size) => <Drawing lanes={lanes} events={events} size={size} />}
    </ChartFigure>
  );
}

function Drawing(props: {
  lanes: readonly TimelineLane[];
  events: readonly TimelineEvent[];
  size: ChartSize;
}) {
  const { em } = props.size;
  const { x, x0, x1, ticks, rows, axisY } = layout(props.lanes, props.events, props.size);
  return (
    <>
      <AxisX scale={x} ticks={ticks} y={axisY} em={em} gridTop={0} />
      {/* The years run on past the last round tick, to the last event. */}
      <line className="chart-axis-line" x1={x0} x2={x1} y1={axisY} y2={axisY} />
      {rows.map(({ lane, label, top, track, placed }) => (
        <g key={lane.id}>
          <text className="chart-label chart-strong" x={0} y={top + em}>
            {label.map((line, i) => (
              <tspan key={i} x={0} dy={i === 0 ? 0 : em * LINE}>
                {line}
              </tspan>
            ))}
          </text>
          {lane.period ? <PeriodBar period={lane.period} x={x} y={track} em={em} /> : null}
          {placed.map(({ event, number, x: cx, row }) => {
            const cy = track + em * (ROW * row + ROW / 2);
            const outlined = OUTLINED.has(event.confidence);
            return (
              <g key={event.id} className={outlined ? 'timeline-dot-outline' : 'timeline-dot'}>
                <circle cx={cx} cy={cy} r={em * DOT_R} />
                <text x={cx} y={cy + em * 0.25} textAnchor="middle">
                  {number}
                </text>
              </g>
            );
          })}
        </g>
      ))}
    </>
  );
}

/** Years on a list: solid where the dates are known to the day, outlined across a year or month. */
function PeriodBar(props: {
  period: NonNullable<TimelineLane['period']>;
  x: (year: number) => number;
  y: number;
  em: number;
}) {
  const { period, x, y, em } = props;
  const [fromStart, fromEnd] = dateSpan(period.from);
  const [untilStart, untilEnd] = dateSpan(period.until);
  const h = em * 0.7;
  const top = y + em * (ROW / 2) - h / 2;
  const fuzzy = (a: number, b: number) =>
    b - a > 1 / 360 ? <HBar x0={x(a)} x1={x(b)} y={top} height={h} look="outline" /> : null;
  return (
    <g className="timeline-period">
      {fuzzy(fromStart, fromEnd)}
      <HBar x0={x(fromEnd)} x1={x(untilStart)} y={top} height={h} />
      {fuzzy(untilStart, untilEnd)}
    </g>
  );
}

/** The text alternative: every event in words, numbered as on the drawing, by row. */
function EventList(props: { lanes: readonly TimelineLane[]; events: readonly TimelineEvent[] }) {
  const numbers = new Map(props.events.map((e, i) => [e.id, i + 1]));
  return (
    <div className="timeline-list">
      {props.lanes.map((lane) => (
        <Fragment key={lane.id}>
          <p className="timeline-lane">
            {lane.label}
            {lane.period
              ? ` — ${lane.period.label}: ${formatPartialDate(lane.period.from)} to ${formatPartialDate(lane.period.until)}`
              : ''}
          </p>
          <ul>
            {props.events
              .filter((e) => e.lane === lane.id)
              .map((e) => (
                <li key={e.id}>
                  <span className="timeline-number">{numbers.get(e.id)}.</span>{' '}
                  <strong>{formatPartialDate(e.date)}</strong>: {e.text}{' '}
                  <span className="timeline-meta">
                    Confidence: {e.confidence}
                    {e.note ? ` (${e.note.replace(/\.$/, '')})` : ''}. Sources:{' '}
                    {e.sources.map((id, i) => (
                      <Fragment key={id}>
                        {i > 0 ? '; ' : ''}
                        <Link to={paths.source(id)}>{sourceById.get(id)?.publisher ?? id}</Link>
                      </Fragment>
                    ))}
                    .
                  </span>
                </li>
              ))}
          </ul>
        </Fragment>
      ))}
    </div>
  );
}
