import { AxisX, ChartFigure, HBar, VRule } from '../../components/chart';
import { linearScale, type ChartSize } from '../../components/chart-layout';
import { indexText, INDEX_MEANING, percentText } from '../../components/check-words';
import type { ClassChange } from '../../scoring/prepost';
import type { CheckResult, ClassChecks } from './class-checks';
import { ScrollRegion } from '../../components/scroll-region';

type Means = NonNullable<ClassChange['before']>;

/** The three figures the chart and its table show, each as points (−100…100). */
const MEASURES: { key: keyof Means; label: string; short: string; format(v: number): string }[] = [
  {
    key: 'hitRate',
    label: 'Weak claims flagged',
    short: 'Weak claims flagged',
    format: (v) => percentText(v),
  },
  {
    key: 'falseAlarmRate',
    label: 'Well-supported claims wrongly doubted',
    short: 'Supported claims doubted',
    format: (v) => percentText(v),
  },
  {
    key: 'index',
    label: 'Discernment (flagged minus wrongly doubted)',
    short: 'Discernment',
    format: indexText,
  },
];

/**
 * The before-and-after check for the class: the change with the number of learners it rests
 * on, as a chart with the same figures in a table, and each learner's before and after.
 */
export function ClassChecksView({ checks }: { checks: ClassChecks }) {
  const { change, learners } = checks;
  const taken = learners.filter((l) => l.before || l.after).length;
  return (
    <section aria-labelledby="class-checks-heading">
      <h2 id="class-checks-heading">Before-and-after check</h2>
      <p>
        {change.n === 0
          ? `No learner has finished both checks yet (${taken} of ${learners.length} finished one), so there is no class change to show.`
          : `The class change rests on the ${change.n} learner${change.n === 1 ? '' : 's'} who finished both checks (of ${learners.length} learner${learners.length === 1 ? '' : 's'} here). `}
        {change.before && change.after && change.change !== null
          ? `Their mean discernment went from ${indexText(change.before.index)} before to ${indexText(change.after.index)} after: a change of ${indexText(change.change)}. They flagged ${percentText(change.before.hitRate)} of weak claims before and ${percentText(change.after.hitRate)} after, and wrongly doubted ${percentText(change.before.falseAlarmRate)} of well-supported ones before and ${percentText(change.after.falseAlarmRate)} after.`
          : ''}
      </p>
      {change.n > 0 && change.n < 5 ? (
        <p className="hint">
          With so few learners, the change says little about the class: one learner more or less
          could move it a lot.
        </p>
      ) : null}
      {change.before && change.after ? (
        <ChangeChart before={change.before} after={change.after} n={change.n} />
      ) : null}
      <p className="hint">
        {INDEX_MEANING} Which form each learner takes first depends on their learner id, so about
        half a class starts with each form ({checks.firstForms['form-a']} here started with form A,{' '}
        {checks.firstForms['form-b']} with form B).
      </p>
      <ScrollRegion labelledBy="class-checks-caption">
        <table className="class-table">
          <caption id="class-checks-caption">Each learner’s checks, before and after</caption>
          <thead>
            <tr>
              <th scope="col">Learner</th>
              <th scope="col">Before</th>
              <th scope="col">After</th>
              <th scope="col">Change in discernment</th>
            </tr>
          </thead>
          <tbody>
            {learners.map((l) => (
              <tr key={l.id}>
                <th scope="row">{l.name}</th>
                <td>
                  <ResultCell result={l.before} />
                  {l.before && l.beforeLate ? (
                    <>
                      <br />
                      <span className="cell-note">taken after the lessons began</span>
                    </>
                  ) : null}
                </td>
                <td>
                  <ResultCell result={l.after} />
                </td>
                <td>
                  {l.before?.figures.index != null && l.after?.figures.index != null
                    ? indexText(l.after.figures.index - l.before.figures.index)
                    : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}

function ResultCell({ result }: { result: CheckResult | null }) {
  if (!result) return <>—</>;
  const f = result.figures;
  return (
    <>
      {f.index === null ? '—' : indexText(f.index)} (
      {result.form === 'form-a' ? 'form A' : 'form B'})
      <br />
      <span className="cell-note">
        {f.flagged}/{f.flagItems} weak flagged; {f.wronglyFlagged}/{f.trustItems} supported doubted
      </span>
    </>
  );
}

// Layout, in multiples of the text size (as in the Progress page's score chart).
const LABEL_W = 4.5;
const VALUE_W = 3.6;
const NARROW_BELOW = 19;
const TITLE_H = 1.6;
const ROW_H = 1.7;
const NARROW_ROW_H = 2.9;
const BAR_H = 1.05;
const GROUP_GAP = 0.7;
const AXIS_H = 2.2;

function layout({ width, em }: ChartSize) {
  const narrow = width < em * NARROW_BELOW;
  return {
    narrow,
    x0: narrow ? 0 : em * LABEL_W,
    x1: narrow ? width - em * 0.5 : width - em * VALUE_W,
    rowH: em * (narrow ? NARROW_ROW_H : ROW_H),
  };
}

function ChangeChart({ before, after, n }: { before: Means; after: Means; n: number }) {
  const negative = MEASURES.some((m) => before[m.key] < 0 || after[m.key] < 0);
  const domain: [number, number] = [negative ? -1 : 0, 1];
  const summary = MEASURES.map(
    (m) => `${m.label}: ${m.format(before[m.key])} before, ${m.format(after[m.key])} after.`,
  ).join(' ');
  return (
    <ChartFigure
      className="score-chart"
      caption={
        <>
          The class before (filled bars) and after (outlined bars): means over the {n} learner
          {n === 1 ? '' : 's'} who finished both checks.
        </>
      }
      summary={`Means over ${n} learners. ${summary}`}
      height={(size) =>
        size.em * (MEASURES.length * (TITLE_H + GROUP_GAP) + AXIS_H) +
        MEASURES.length * 2 * layout(size).rowH
      }
      table={<ChangeTable before={before} after={after} />}
    >
      {(size) => <Bars before={before} after={after} size={size} domain={domain} />}
    </ChartFigure>
  );
}

function Bars(props: { before: Means; after: Means; size: ChartSize; domain: [number, number] }) {
  const { before, after, size, domain } = props;
  const { em } = size;
  const { narrow, x0, x1, rowH } = layout(size);
  const x = linearScale(domain, [x0, x1]);
  const ticks = domain[0] < 0 ? [-1, -0.5, 0, 0.5, 1] : x1 - x0 < em * 12 ? [0, 1] : [0, 0.5, 1];
  // Each group: its title, then a Before and an After line.
  const groupH = em * (TITLE_H + GROUP_GAP) + 2 * rowH;
  const axisY = MEASURES.length * groupH;
  const groups = MEASURES.map((m, g) => {
    const y = g * groupH;
    const top = y + em * TITLE_H;
    const group = (
      <g key={m.key}>
        {/* Short enough for a phone; the table below gives the full wording. */}
        <text className="chart-label chart-strong" x={0} y={y + em * 1.1}>
          {m.short}
        </text>
        {domain[0] < 0 ? <VRule x={x(0)} y0={top - em * 0.25} y1={top + 2 * rowH} /> : null}
        {(['before', 'after'] as const).map((when, i) => {
          const value = (when === 'before' ? before : after)[m.key];
          const lineTop = top + i * rowH;
          const barY = narrow ? lineTop + em * 1.45 : lineTop + (rowH - em * BAR_H) / 2;
          const textY = narrow ? lineTop + em * 1.05 : lineTop + rowH / 2 + em * 0.35;
          const label = when === 'before' ? 'Before' : 'After';
          return (
            <g key={when}>
              <text className="chart-label chart-halo" x={0} y={textY}>
                {narrow ? (
                  <>
                    {label}: <tspan className="chart-value">{m.format(value)}</tspan>
                  </>
                ) : (
                  label
                )}
              </text>
              <HBar
                x0={x(0)}
                x1={x(value)}
                y={barY}
                height={em * BAR_H}
                look={when === 'before' ? 'solid' : 'outline'}
              />
              {narrow ? null : (
                <text
                  className="chart-label chart-value chart-halo"
                  x={Math.max(x(0), x(value)) + em * 0.4}
                  y={textY}
                >
                  {m.format(value)}
                </text>
              )}
            </g>
          );
        })}
      </g>
    );
    return group;
  });
  return (
    <>
      <AxisX
        scale={x}
        ticks={ticks}
        y={axisY}
        em={em}
        format={(v) => (domain[0] < 0 ? indexText(v) : percentText(v))}
        gridTop={0}
      />
      {groups}
    </>
  );
}

function ChangeTable({ before, after }: { before: Means; after: Means }) {
  return (
    <div className="table-scroll">
      <table className="score-table">
        <thead>
          <tr>
            <th scope="col">Class mean</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {MEASURES.map((m) => (
            <tr key={m.key}>
              <th scope="row">{m.label}</th>
              <td>{m.format(before[m.key])}</td>
              <td>{m.format(after[m.key])}</td>
              <td>{indexText(after[m.key] - before[m.key])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
