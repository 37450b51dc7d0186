/**
 * case-study/timeline.yaml (dated events the lessons use) and case-study/trail.yaml (where the
 * text and its byline were found), both optional; the app draws them as inline SVG. Dates must
 * be real and as precise as the research gives them; every event names its sources.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Timeline, TimelineEvent, TimelineLane, Trail } from '../../domain/content.ts';
import { compareDates, parsePartialDate } from '../dates.ts';
import { CASE_STUDY_DIR, type CompileContext, type Located } from './context.ts';
import { TimelineFile, TrailFile } from './schema.ts';
import type { PathKey, YamlFile } from './yaml-file.ts';

const DATE_FORMAT = 'is not a date: write 2002, 2025-05 or 2025-06-03 (a real day)';

function checkDate(ctx: CompileContext, yaml: YamlFile, path: PathKey[], date: string) {
  if (!parsePartialDate(date)) ctx.errors.push(yaml.error(path, `"${date}" ${DATE_FORMAT}`));
}

export interface LoadedTimeline {
  timeline: Timeline;
  /** False when the file exists but could not be read: its own errors say why. */
  readable: boolean;
  lanes: Located<TimelineLane>[];
  events: Located<TimelineEvent>[];
}

export function loadTimeline(ctx: CompileContext): LoadedTimeline {
  const path = join(ctx.root, CASE_STUDY_DIR, 'timeline.yaml');
  const loaded = ctx.yaml(path, TimelineFile, false);
  if (!loaded) {
    const readable = !existsSync(path);
    return { timeline: { lanes: [], events: [] }, readable, lanes: [], events: [] };
  }
  const { yaml, value } = loaded;
  const laneIds = new Set(value.lanes.map((l) => l.id));
  const lanes = value.lanes.map((l, i): Located<TimelineLane> => {
    if (l.period) {
      const { from, until } = l.period;
      checkDate(ctx, yaml, ['lanes', i, 'period', 'from'], from);
      checkDate(ctx, yaml, ['lanes', i, 'period', 'until'], until);
      if (parsePartialDate(from) && parsePartialDate(until) && compareDates(from, until) >= 0) {
        ctx.errors.push(
          yaml.error(['lanes', i, 'period', 'until'], `must come after "from" (${from})`),
        );
      }
    }
    const lane: TimelineLane = {
      id: l.id,
      label: l.label,
      ...(l.period ? { period: l.period } : {}),
    };
    return { value: lane, where: yaml.where(['lanes', i, 'id']) };
  });
  const events = value.events.map((e, i): Located<TimelineEvent> => {
    checkDate(ctx, yaml, ['events', i, 'date'], e.date);
    if (!laneIds.has(e.lane)) {
      ctx.errors.push(
        yaml.error(['events', i, 'lane'], `no lane "${e.lane}" in this file's lanes`),
      );
    }
    e.sources.forEach((s, j) => ctx.ref('source', s, yaml, ['events', i, 'sources', j]));
    const event: TimelineEvent = {
      id: e.id,
      lane: e.lane,
      date: e.date,
      text: e.text,
      sources: e.sources,
      confidence: e.confidence,
      ...(e.note ? { note: e.note } : {}),
    };
    return { value: event, where: yaml.where(['events', i, 'id']) };
  });
  for (const [i, lane] of lanes.entries()) {
    if (!lane.value.period && !events.some((e) => e.value.lane === lane.value.id)) {
      ctx.errors.push(yaml.error(['lanes', i, 'id'], 'has no period and no events to show'));
    }
  }
  const valid = (date: string) => parsePartialDate(date) !== null;
  const timeline: Timeline = {
    lanes: lanes.map((l) => l.value),
    events: events
      .map((e) => e.value)
      .filter((e) => valid(e.date))
      .sort((a, b) => compareDates(a.date, b.date)),
  };
  return { timeline, readable: true, lanes, events };
}

export function loadTrail(ctx: CompileContext): {
  trail: Trail | null;
  /** False when the file exists but could not be read: its own errors say why. */
  readable: boolean;
  steps: Located<{ id: string }>[];
} {
  const path = join(ctx.root, CASE_STUDY_DIR, 'trail.yaml');
  const loaded = ctx.yaml(path, TrailFile, false);
  if (!loaded) return { trail: null, readable: !existsSync(path), steps: [] };
  const { yaml, value } = loaded;
  const order = new Map(value.steps.map((s, i) => [s.id, i]));
  value.steps.forEach((s, i) => {
    checkDate(ctx, yaml, ['steps', i, 'date'], s.date);
    ctx.ref('source', s.source, yaml, ['steps', i, 'source']);
    const before = value.steps[i - 1];
    if (
      before &&
      parsePartialDate(before.date) &&
      parsePartialDate(s.date) &&
      compareDates(before.date, s.date) > 0
    ) {
      ctx.errors.push(
        yaml.error(
          ['steps', i, 'date'],
          `comes before the step above it: write steps in date order`,
        ),
      );
    }
  });
  const links = value.links ?? [];
  links.forEach((l, i) => {
    const from = order.get(l.from);
    const to = order.get(l.to);
    if (from === undefined)
      ctx.errors.push(yaml.error(['links', i, 'from'], `no step "${l.from}"`));
    if (to === undefined) ctx.errors.push(yaml.error(['links', i, 'to'], `no step "${l.to}"`));
    if (from !== undefined && to !== undefined && to !== from + 1) {
      ctx.errors.push(
        yaml.error(
          ['links', i, 'to'],
          `a link joins a step to the next one; "${l.to}" is not next`,
        ),
      );
    }
  });
  const trail: Trail = {
    caption: value.caption,
    steps: value.steps.map((s) => ({
      id: s.id,
      date: s.date,
      ...(s.dateNote ? { dateNote: s.dateNote } : {}),
      site: s.site,
      text: s.text,
      source: s.source,
      confidence: s.confidence,
      ...(s.note ? { note: s.note } : {}),
    })),
    links,
  };
  return {
    trail,
    readable: true,
    steps: value.steps.map((s, i) => ({
      value: { id: s.id },
      where: yaml.where(['steps', i, 'id']),
    })),
  };
}
