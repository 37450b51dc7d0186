import { Link } from 'react-router';
import type { Trail } from '../domain/content';
import { paths } from '../config/paths';
import { content, sourceById } from '../content';
import { formatPartialDate } from '../content/dates';
import { ChartFigure } from './chart';
import { wrapText, type ChartSize } from './chart-layout';

// Layout, in multiples of the text size: boxes one under another (the card is narrow beside
// the article and on a phone), joined by a line with what links them written beside it.
const LINE = 1.3;
const PAD = 0.6;
const LINK_INDENT = 1.6;
const LINK_MIN = 2.4;

interface Box {
  top: number;
  height: number;
  lines: { text: string; look: 'strong' | 'plain' | 'muted' }[];
}

function layout(trail: Trail, { width, em }: ChartSize) {
  const inner = width - em * PAD * 2;
  let y = 0;
  const boxes: Box[] = [];
  const links: { top: number; bottom: number; lines: string[] }[] = [];
  trail.steps.forEach((step, i) => {
    const date = formatPartialDate(step.date);
    const lines: Box['lines'] = [
      ...wrapText(date, inner, em, 0.66).map((text) => ({ text, look: 'strong' as const })),
      ...(step.dateNote ? wrapText(`(${step.dateNote})`, inner, em) : []).map((text) => ({
        text,
        look: 'muted' as const,
      })),
      ...wrapText(step.site, inner, em, 0.66).map((text) => ({ text, look: 'strong' as const })),
      ...wrapText(step.text, inner, em).map((text) => ({ text, look: 'plain' as const })),
      ...wrapText(`Confidence: ${step.confidence}`, inner, em).map((text) => ({
        text,
        look: 'muted' as const,
      })),
    ];
    const height = lines.length * em * LINE + em * PAD * 2;
    boxes.push({ top: y, height, lines });
    y += height;
    const next = trail.steps[i + 1];
    if (next) {
      const link = trail.links.find((l) => l.from === step.id && l.to === next.id);
      const text = link ? wrapText(link.text, width - em * (LINK_INDENT + 0.6), em) : [];
      const h = Math.max(LINK_MIN, text.length * LINE + 1) * em;
      links.push({ top: y, bottom: y + h, lines: text });
      y += h;
    }
  });
  return { boxes, links, height: y + 2 };
}

/**
 * Where the case-study text and its byline have been found, in date order, as boxes joined by
 * lines saying what links each find to the next; each with its date (as precise as known),
 * site, what is there and the research's confidence. The list below says the same in words,
 * with links to the sources.
 */
export function TrailDiagram() {
  const { trail } = content;
  if (!trail) return null;
  const summary = trail.steps
    .map((s, i) => {
      const link = trail.links.find((l) => l.from === trail.steps[i - 1]?.id && l.to === s.id);
      return `${link ? `${link.text}: ` : ''}${formatPartialDate(s.date)}, ${s.site}: ${s.text}`;
    })
    .join(' ');
  return (
    <ChartFigure
      className="trail-diagram"
      caption={trail.caption}
      summary={summary}
      height={(size) => layout(trail, size).height}
      table={<TrailList trail={trail} />}
      tableLabel="The same in words, with the sources"
    >
      {(size) => <Drawing trail={trail} size={size} />}
    </ChartFigure>
  );
}

function Drawing({ trail, size }: { trail: Trail; size: ChartSize }) {
  const { width, em } = size;
  const { boxes, links } = layout(trail, size);
  const lx = em * LINK_INDENT * 0.5;
  return (
    <>
      {boxes.map((box, i) => (
        <g key={trail.steps[i]?.id ?? i}>
          <rect
            className="trail-box"
            x={1}
            y={box.top + 1}
            width={width - 2}
            height={box.height - 2}
            rx={em * 0.3}
          />
          <text className="chart-label" x={em * PAD} y={box.top + em * (PAD + 1)}>
            {box.lines.map((line, j) => (
              <tspan
                key={j}
                x={em * PAD}
                dy={j === 0 ? 0 : em * LINE}
                className={line.look === 'plain' ? undefined : `chart-${line.look}`}
              >
                {line.text}
              </tspan>
            ))}
          </text>
        </g>
      ))}
      {links.map((link, i) => (
        <g key={i}>
          <line className="trail-link" x1={lx} x2={lx} y1={link.top} y2={link.bottom} />
          <text
            className="chart-label chart-muted"
            x={em * LINK_INDENT}
            y={(link.top + link.bottom) / 2 - ((link.lines.length - 1) * em * LINE) / 2 + em * 0.35}
          >
            {link.lines.map((line, j) => (
              <tspan key={j} x={em * LINK_INDENT} dy={j === 0 ? 0 : em * LINE}>
                {line}
              </tspan>
            ))}
          </text>
        </g>
      ))}
    </>
  );
}

function TrailList({ trail }: { trail: Trail }) {
  return (
    <ol className="trail-list">
      {trail.steps.map((s, i) => {
        const link = trail.links.find((l) => l.from === trail.steps[i - 1]?.id && l.to === s.id);
        const source = sourceById.get(s.source);
        return (
          <li key={s.id}>
            {link ? <p className="trail-list-link">{link.text}:</p> : null}
            <p>
              <strong>
                {formatPartialDate(s.date)}
                {s.dateNote ? ` (${s.dateNote})` : ''}, {s.site}.
              </strong>{' '}
              {s.text} Confidence: {s.confidence}
              {s.note ? ` (${s.note.replace(/\.$/, '')})` : ''}. Source:{' '}
              <Link to={paths.source(s.source)}>{source?.publisher ?? s.source}</Link>.
            </p>
          </li>
        );
      })}
    </ol>
  );
}
