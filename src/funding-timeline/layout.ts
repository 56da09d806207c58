import type { TemplateResult } from 'lit';
import type { Lang, MoneyKind } from '../data/types.js';
import type { FocusPoint } from '../internal/chart-element.js';
import { localize, writtenOnce } from '../internal/i18n.js';
import type { Measure } from '../internal/measure-text.js';
import type { CompactLayout } from './compact.js';
import { placeEventLabels } from './event-labels.js';
import { timeScale, yearTicks, type YearTick } from './axis.js';
import { EDGE, LABEL_SIZE, estimateWidth, measuredOnce, wrap, type TextLine } from './fit.js';
import { formatDate } from './format.js';
import { layoutList, type ListLayout } from './list.js';
import type { TimelineData } from './read.js';
import { inDateOrder, spoken, wordsOf, type TimedEntry } from './timed.js';

/** Below this width the timeline reads down the page, as a list along a vertical time axis. */
export const PHONE_WIDTH = 560;
/** Past this many entries every entry is a thin row, in a panel of bounded height. */
export const COMPACT_ENTRIES = 60;

/**
 * The thin rows' layout and drawing (compact.ts). Only a page's own data has more than
 * COMPACT_ENTRIES entries, never the report's, so they come with the code that reads such data
 * (read.ts imports compact.ts, which fills this in): a page of the report's charts never downloads them.
 */
export const compact = {} as {
  layout(entries: TimedEntry[], width: number, lang: Lang, measure: Measure): CompactLayout;
  render(model: CompactLayout, active: number, lang: Lang): TemplateResult;
};

// Optional parts of a mark are set, if only to undefined, so that none is inherited from a page's
// Object.prototype.
export interface EventMark {
  /** Index of the entry in the data. */
  index: number;
  /** Index of the mark among the points the keyboard walks (`WideLayout.points`). */
  point: number;
  x: number;
  y: number;
  /** The stretch of time the date names, when it is wide enough to see (a year, a month). */
  band?: { x0: number; x1: number };
  /** "2012 · Amelia NGO founded", whole, in as many lines as it needs beside its marker. */
  lines: TextLine[];
  /** From the marker up along its label. */
  leader: { x: number; y1: number; y2: number };
}

export interface AmountMark {
  index: number;
  point: number;
  kind: MoneyKind;
  x0: number;
  x1: number;
  /** The end is not stated: the bar is a start and an open, dashed continuation. */
  open: boolean;
  y: number;
  height: number;
  /** "Grant total: 22,360,000 US dollars", then the entry's label and period, each wrapped whole. */
  head: TextLine[];
  detail: TextLine[];
}

/** The timeline across the width: events on a line, amounts as bars below, a row each. */
export interface WideLayout {
  view: 'wide';
  width: number;
  height: number;
  /** The line the events sit on. */
  eventAxis?: { y: number };
  events: EventMark[];
  amounts: AmountMark[];
  /** What each mark says and where, events then amounts: the order the keyboard walks them in. */
  points: FocusPoint[];
  ticks: YearTick[];
  axisY: number;
}

export type TimelineLayout = WideLayout | ListLayout | CompactLayout;

const MARKER = 5;
const OPEN_TAIL = 44;
/** Baseline to baseline of two lines of labels, in px, unless the reader's text needs more (`lineStep`). */
export const LINE_STEP = 16;
const BAR = 12;
/** Space between two event labels stacked above each other. */
const ROW_GAP = 4;
/** The least width an amount's text wraps to, moving left of its bar's start when it must. */
const MIN_AMOUNT_ROOM = 360;

/**
 * Lays a timeline out in `width`: across the width from `PHONE_WIDTH` up (`WideLayout`), down the page
 * below it (`ListLayout`), and as thin rows past `COMPACT_ENTRIES` entries (`CompactLayout`). `measure`
 * gives text widths (each distinct text is asked for once); `lineStep` spreads lines as the reader's
 * line height does.
 */
export function layoutTimeline(
  data: TimelineData,
  width: number,
  lang: Lang,
  measureText: Measure = estimateWidth,
  lineStep = LINE_STEP,
): TimelineLayout {
  const measure = measuredOnce(measureText);
  if (data.entries.length > COMPACT_ENTRIES) return compact.layout(inDateOrder(data), width, lang, measure);
  // Down the page nothing depends on width: laid out once per data and language, its marks drawn once.
  if (width < PHONE_WIDTH) return writtenOnce(data, lang, () => layoutList(inDateOrder(data), lang));
  return layoutWide(inDateOrder(data), width, lang, measure, lineStep);
}

/**
 * Across the width: a time axis over whole years; events as markers on one line, each label whole
 * beside its marker in a row of its own above (`placeEventLabels`); each amount in a row of its own,
 * as a bar over its period, so that amounts are never stacked or added.
 */
function layoutWide(entries: TimedEntry[], width: number, lang: Lang, measure: Measure, lineStep: number): WideLayout {
  const { firstYear, lastYear, x } = timeScale(entries, width);
  const eventEntries = entries.filter(({ entry }) => entry.kind === 'event');
  const amountEntries = entries.filter(({ entry }) => entry.kind !== 'event');
  const points: FocusPoint[] = [];

  const ats = eventEntries.map(({ start }) => x((start.start + start.end) / 2));
  const blocks = placeEventLabels(
    // The date, its dot and the label's first word hold together: a line never ends on "2012 ·".
    eventEntries.map((timed, i) => ({ at: ats[i], full: `${formatDate(timed.start, lang)}\u00a0·\u00a0${localize(timed.entry.label, lang)}` })),
    width,
    measure,
  );
  // Rows from the top: each label's first baseline, then the marker line under the last.
  const baselines: number[] = [];
  let top = 0;
  for (const block of [...blocks].sort((a, b) => a.row - b.row)) {
    baselines[block.row] = top + LABEL_SIZE;
    top += block.lines.length * lineStep + ROW_GAP;
  }
  const eventY = top - ROW_GAP + MARKER + 8;
  const events = eventEntries.map((timed, i): EventMark => {
    const { start, entry, index } = timed;
    const at = ats[i];
    const first = baselines[blocks[i].row];
    const [x0, x1] = [x(start.start), x(start.end)];
    points.push({ ...spoken(wordsOf(timed, lang).point, entry), x: at, y: eventY - 6 });
    return {
      index,
      point: points.length - 1,
      x: at,
      y: eventY,
      band: start.precision !== 'day' && x1 - x0 >= 2 * MARKER ? { x0, x1 } : undefined,
      lines: blocks[i].lines.map((line, k) => ({ ...line, y: first + k * lineStep })),
      leader: { x: at, y1: eventY - MARKER, y2: first - LABEL_SIZE + 2 },
    };
  });

  top = events.length ? eventY + MARKER + 14 : 0;
  const amounts = amountEntries.map((timed): AmountMark => {
    const { entry, index, start, end } = timed;
    const kind = entry.kind as MoneyKind;
    const x0 = x(start.start);
    const open = end === undefined;
    const x1 = Math.max(open ? Math.min(width, x0 + OPEN_TAIL) : x(end.end), x0 + 2);
    const words = wordsOf(timed, lang);
    // Text starts at its bar; near the right edge it wraps, and moves left only when the room is small.
    const room = Math.min(width - 2 * EDGE, Math.max(width - EDGE - x0, MIN_AMOUNT_ROOM));
    const head = wrap(words.head, room, measure);
    // Label and period share a line when they fit on one, else each starts a line of its own.
    const both = `${words.label} · ${words.period}`;
    const detail = measure(both) <= room ? [both] : [...wrap(words.label, room, measure), ...wrap(words.period, room, measure)];
    const left = Math.max(EDGE, Math.min(x0, width - EDGE - Math.max(...[...head, ...detail].map(measure))));
    const line = (text: string, k: number): TextLine => ({ text, x: left, y: top + LABEL_SIZE + k * lineStep, width: measure(text) });
    const y = top + (head.length + detail.length) * lineStep + 4;
    points.push({ ...spoken(words.point, entry), x: (x0 + x1) / 2, y });
    const mark: AmountMark = {
      index,
      point: points.length - 1,
      kind,
      x0,
      x1,
      open,
      y,
      height: BAR,
      head: head.map(line),
      detail: detail.map((text, k) => line(text, head.length + k)),
    };
    top = y + BAR + 14;
    return mark;
  });

  const axisY = amounts.length ? top - 6 : top;
  return {
    view: 'wide',
    width,
    height: axisY + 20,
    eventAxis: events.length ? { y: eventY } : undefined,
    events,
    amounts,
    points,
    ticks: yearTicks(firstYear, lastYear + 1, x, width, lang, measure),
    axisY,
  };
}
