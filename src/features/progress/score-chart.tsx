import { AxisX, ChartFigure, HBar, VRule } from '../../components/chart';
import { linearScale, type ChartSize } from '../../components/chart-layout';
import { scoreSummary, type ScoreRow } from './scores';

// Layout, in multiples of the text size. Wide: "First attempt [bar] 49%" on one line. Narrow
// (a phone, or very large text): "First attempt: 49%" on a line of its own above a full-width
// bar.
const LABEL_W = 8.8;
const VALUE_W = 3.2;
const NARROW_BELOW = 23;
const TITLE_H = 1.6;
const ROW_H = 1.7;
const NARROW_ROW_H = 2.9;
const BAR_H = 1.05;
const GROUP_GAP = 0.7;
const AXIS_H = 2.2;

type Line = 'first' | 'best' | 'none';

function linesOf(row: ScoreRow): Line[] {
  if (row.first === null) return ['none'];
  return row.attempts > 1 ? ['first', 'best'] : ['first'];
}

function layout({ width, em }: ChartSize) {
  const narrow = width < em * NARROW_BELOW;
  const x0 = narrow ? 0 : em * LABEL_W;
  const x1 = narrow ? width - em * 0.5 : width - em * VALUE_W;
  return { narrow, x0, x1, rowH: em * (narrow ? NARROW_ROW_H : ROW_H) };
}

/** A bar's line, or the shorter "not taken yet". */
function lineHeight(line: Line, size: ChartSize) {
  return line === 'none' ? size.em * ROW_H : layout(size).rowH;
}

function heightOf(rows: readonly ScoreRow[], size: ChartSize) {
  const lines = rows.flatMap(linesOf).reduce((h, line) => h + lineHeight(line, size), 0);
  return size.em * (rows.length * (TITLE_H + GROUP_GAP) + AXIS_H) + lines;
}

/**
 * Quiz scores as a bar chart: per lesson the first attempt (filled) and, after a retry, the
 * best score (outlined), against the pass mark (dashed). The same figures are in a table below it.
 */
export function ScoreChart({ rows }: { rows: readonly ScoreRow[] }) {
  const marks = [...new Set(rows.map((r) => r.lesson.quiz.passMark))];
  const passText = marks.length === 1 ? `the pass mark, ${marks[0]}%` : 'each quiz’s pass mark';
  return (
    <ChartFigure
      className="score-chart"
      caption={
        <>
          For each quiz: your first attempt (filled bar) and, after a retry, your best score
          (outlined bar). The dashed line is {passText}.
        </>
      }
      summary={scoreSummary(rows)}
      height={(size) => heightOf(rows, size)}
      table={<ScoreTable rows={rows} />}
    >
      {(size) => <Bars rows={rows} size={size} />}
    </ChartFigure>
  );
}

function Bars({ rows, size }: { rows: readonly ScoreRow[]; size: ChartSize }) {
  const { em } = size;
  const { narrow, x0, x1 } = layout(size);
  const x = linearScale([0, 100], [x0, x1]);
  const track = x1 - x0;
  const ticks = track < em * 8 ? [0, 100] : track < em * 16 ? [0, 50, 100] : [0, 25, 50, 75, 100];
  const groups = [];
  let y = 0;
  for (const row of rows) {
    const top = y + em * TITLE_H;
    const lines = linesOf(row).map((line, i, all) => ({
      line,
      top: top + all.slice(0, i).reduce((h, l) => h + lineHeight(l, size), 0),
      height: lineHeight(line, size),
    }));
    const bottom = lines.reduce((end, l) => Math.max(end, l.top + l.height), top);
    groups.push(
      <g key={row.lesson.id}>
        <text className="chart-label chart-strong" x={0} y={y + em * 1.1}>
          {row.lesson.label}
        </text>
        {/* The rule first, so the figures are drawn over it. */}
        {row.first === null ? null : (
          <VRule x={x(row.lesson.quiz.passMark)} y0={top - em * 0.25} y1={bottom} />
        )}
        {lines.map(({ line, top, height }) => (
          <ScoreLine
            key={line}
            line={line}
            value={(line === 'first' ? row.first : row.best) ?? 0}
            top={top}
            height={height}
            x={x}
            x0={x0}
            em={em}
            narrow={narrow}
          />
        ))}
      </g>,
    );
    y = bottom + em * GROUP_GAP;
  }
  return (
    <>
      <AxisX scale={x} ticks={ticks} y={y} em={em} format={(v) => `${v}%`} gridTop={0} />
      {groups}
    </>
  );
}

function ScoreLine(props: {
  line: Line;
  value: number;
  top: number;
  height: number;
  x: (value: number) => number;
  x0: number;
  em: number;
  narrow: boolean;
}) {
  const { line, value, top, height, x, x0, em, narrow } = props;
  const label = line === 'first' ? 'First attempt' : 'Best after retries';
  const barY = narrow ? top + em * 1.45 : top + (height - em * BAR_H) / 2;
  const textY = narrow ? top + em * 1.05 : top + height / 2 + em * 0.35;
  if (line === 'none') {
    return (
      <text className="chart-label chart-muted chart-halo" x={x0} y={textY}>
        not taken yet
      </text>
    );
  }
  const bar = (
    <HBar
      x0={x0}
      x1={x(value)}
      y={barY}
      height={em * BAR_H}
      look={line === 'first' ? 'solid' : 'outline'}
    />
  );
  return narrow ? (
    <g>
      <text className="chart-label chart-halo" x={0} y={textY}>
        {label}: <tspan className="chart-value">{value}%</tspan>
      </text>
      {bar}
    </g>
  ) : (
    <g>
      <text className="chart-label" x={0} y={textY}>
        {label}
      </text>
      {bar}
      <text className="chart-label chart-value chart-halo" x={x(value) + em * 0.4} y={textY}>
        {value}%
      </text>
    </g>
  );
}

function ScoreTable({ rows }: { rows: readonly ScoreRow[] }) {
  return (
    <div className="table-scroll">
      <table className="score-table">
        <thead>
          <tr>
            <th scope="col">Quiz</th>
            <th scope="col">First attempt</th>
            <th scope="col">Best after retries</th>
            <th scope="col">Finished attempts</th>
            <th scope="col">Pass mark</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ lesson, first, best, attempts }) => (
            <tr key={lesson.id}>
              <th scope="row">{lesson.label}</th>
              <td>{first === null ? 'not taken' : `${first}%`}</td>
              <td>{best === null ? '—' : `${best}%`}</td>
              <td>{attempts}</td>
              <td>{lesson.quiz.passMark}%</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
