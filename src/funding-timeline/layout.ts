import { ticks } from 'd3-array';
import type { Lang, MoneyKind } from '../data/types.js';
import type { SpokenPoint } from '../internal/chart-element.js';
import { formatNumber, formatYear, t, type MessageKey } from '../internal/i18n.js';

/** What a timeline entry is: a dated event, or an amount of money of one kind. */
export type TimelineKind = 'event' | MoneyKind;

export const MONEY_KINDS: readonly MoneyKind[] = ['awarded', 'approved', 'disbursed', 'request', 'allocation'];

/**
 * A date as written, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, read as the stretch of time it names: `start`
 * is its first millisecond (UTC), `end` the first millisecond after it. "2012" is the whole year.
 */
export interface TimePoint {
  start: number;
  end: number;
  precision: 'year' | 'month' | 'day';
}

const isoDate = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The stretch of time a written date names, or undefined when it is not a real date. */
export function parseDate(text: string): TimePoint | undefined {
  const match = isoDate.exec(text.trim());
  if (!match) return undefined;
  const [, y, m, d] = match;
  const year = Number(y);
  const month = m === undefined ? 0 : Number(m) - 1;
  const day = d === undefined ? 1 : Number(d);
  if (month < 0 || month > 11) return undefined;
  const start = Date.UTC(year, month, day);
  // Date.UTC rolls 2015-02-30 over into March: a day that does not come back is not a day.
  if (new Date(start).getUTCDate() !== day) return undefined;
  if (d !== undefined) return { start, end: Date.UTC(year, month, day + 1), precision: 'day' };
  if (m !== undefined) return { start, end: Date.UTC(year, month + 1, 1), precision: 'month' };
  return { start, end: Date.UTC(year + 1, 0, 1), precision: 'year' };
}

/** `date` as one date, or as a span `start/end` (ISO 8601 style, each side any of the date forms). */
export function parseSpan(text: string): { start: TimePoint; end?: TimePoint } | undefined {
  const parts = text.split('/');
  if (parts.length > 2) return undefined;
  const start = parseDate(parts[0]);
  const end = parts.length === 2 ? parseDate(parts[1]) : undefined;
  if (!start || (parts.length === 2 && !end)) return undefined;
  return end ? { start, end } : { start };
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A date at the precision it was given: "2012", "Dec 2003", "Nov 5, 2015"; years never grouped. */
export function formatDate(point: TimePoint, lang: Lang): string {
  const date = new Date(point.start);
  if (point.precision === 'year') return formatYear(date.getUTCFullYear(), lang);
  // Chromium has no Kazakh month names (it writes "2015 М11 5"): Kazakh gets the numeric form used
  // in Kazakhstan, "05.11.2015" or "11.2015".
  if (lang === 'kk') {
    const two = (n: number) => String(n).padStart(2, '0');
    const month = `${two(date.getUTCMonth() + 1)}.${formatYear(date.getUTCFullYear(), lang)}`;
    return point.precision === 'day' ? `${two(date.getUTCDate())}.${month}` : month;
  }
  const key = `${lang}|${point.precision}`;
  let format = dateFormats.get(key);
  if (!format) {
    const day = point.precision === 'day' ? ({ day: 'numeric' } as const) : {};
    format = new Intl.DateTimeFormat(lang, { timeZone: 'UTC', year: 'numeric', month: 'short', ...day });
    dateFormats.set(key, format);
  }
  return format.format(point.start);
}

/** The period an entry refers to: one date, a span, or an open start ("from Dec 2003, end not stated"). */
export function formatPeriod(start: TimePoint, end: TimePoint | undefined, open: boolean, lang: Lang): string {
  if (open) return t(lang, 'timelineOpenEnd', { start: formatDate(start, lang) });
  if (!end) return formatDate(start, lang);
  return t(lang, 'timelineSpan', { start: formatDate(start, lang), end: formatDate(end, lang) });
}

/** An amount exactly as given, never rounded: "US$22,360,000", "22 360 000 долл. США". */
export function formatMoney(value: number, currency: string, lang: Lang): string {
  if (currency === 'USD') return t(lang, 'timelineUsd', { value: formatNumber(value, lang) });
  return `${formatNumber(value, lang)} ${currency}`;
}

const kindKeys: Record<TimelineKind, MessageKey> = {
  event: 'timelineKindEvent',
  awarded: 'timelineKindAwarded',
  approved: 'timelineKindApproved',
  disbursed: 'timelineKindDisbursed',
  request: 'timelineKindRequest',
  allocation: 'timelineKindAllocation',
};

export const formatKind = (kind: TimelineKind, lang: Lang) => t(lang, kindKeys[kind]);

/** One entry as the layout needs it: already in the reader's language. */
export interface TimelineInput {
  label: string;
  kind: TimelineKind;
  start: TimePoint;
  /** The last date of a span; absent for an event, and for an amount whose end the source does not state. */
  end?: TimePoint;
  /** The amount as the reader reads it; absent for an event. */
  amountText?: string;
  /** The title of the entry's source, for the text a screen reader speaks, and its language. */
  sourceTitle: string;
  sourceLang?: string;
}

/** A line of text placed so that it fits: `text` is what is drawn, `full` what it abbreviates. */
export interface PlacedText {
  text: string;
  full: string;
  x: number;
  /** Baseline. */
  y: number;
  width: number;
}

export interface EventMark {
  /** Index of the entry in the input. */
  index: number;
  x: number;
  y: number;
  /** The stretch of time the date names, when it is wide enough to see (a year, a month). */
  band?: { x0: number; x1: number };
  label: PlacedText;
  lane: number;
  /** From the marker up to the label; absent where it would cross another label. */
  leader?: { x: number; y1: number; y2: number };
  /** What a screen reader says, and the tooltip. */
  point: SpokenPoint;
}

export interface AmountMark {
  index: number;
  kind: MoneyKind;
  x0: number;
  x1: number;
  /** The end is not stated: the bar is a start and an open, dashed continuation. */
  open: boolean;
  y: number;
  height: number;
  /** "Grant awarded: US$22,360,000", then the entry's label and period. */
  lines: [PlacedText, PlacedText];
  point: SpokenPoint;
}

export interface TimelineLayout {
  width: number;
  height: number;
  /** The line the events sit on. */
  eventAxis?: { y: number };
  events: EventMark[];
  amounts: AmountMark[];
  /** Year ticks: grid lines at the start of each year shown, labels just after them. */
  ticks: { x: number; text: string; textX: number }[];
  axisY: number;
}

/** Measures the width of a label in pixels. */
export type Measure = (text: string) => number;

/** Text size of every label, in px: the kit draws nothing smaller than 12 px. */
export const LABEL_SIZE = 12;

/** A width estimate for use without a DOM: generous, so that real text is never wider. */
export const estimateWidth: Measure = (text) => text.length * LABEL_SIZE * 0.62;

const GAP = 8;
/** Space between a label's leader line and its text. */
const INSET = 4;
const MARKER = 5;
const OPEN_TAIL = 44;
/** Baseline to baseline of two lines of labels, in px, unless the reader's text needs more (`lineStep`). */
export const LINE_STEP = 16;
const BAR = 12;
const MIN_TICK_SPACING = 56;
/**
 * Room kept free at each side of the plot. Text is measured by its advance, but some glyphs draw a
 * pixel or so beyond it (the hook of a "J", the arm of an "f"): text placed flush with an edge would
 * stick out of the chart.
 */
const EDGE = 2;

/** `text`, cut with an ellipsis where needed so that it is at most `max` pixels wide. */
export function abbreviate(text: string, max: number, measure: Measure): string {
  if (measure(text) <= max) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(`${chars.slice(0, mid).join('').trimEnd()}…`) <= max) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join('').trimEnd()}…`;
}

function place(full: string, anchor: number, y: number, width: number, measure: Measure): PlacedText {
  const room = width - 2 * EDGE;
  const text = abbreviate(full, room, measure);
  const w = Math.min(room, measure(text));
  // Starts at its anchor; when that would run past the right edge it moves left, never past the left one.
  const x = Math.max(EDGE, Math.min(anchor, width - EDGE - w));
  return { text, full, x, y, width: w };
}

/** What a mark says: its text, then its source in the source's language. */
const spoken = (text: string, { sourceTitle, sourceLang }: TimelineInput): SpokenPoint => ({
  text,
  source: { title: sourceTitle, ...(sourceLang ? { lang: sourceLang } : {}) },
});

/**
 * Lays a timeline out across `width`: a time axis over whole years; events as markers on one line,
 * their labels stacked in lanes above so that no two labels overlap and no leader line crosses a
 * label; each amount on its own row, as a bar over its period, so that amounts are never stacked or
 * added. Labels that would not fit the width are abbreviated; the full text stays in `full`.
 */
export function layoutTimeline(
  entries: TimelineInput[],
  width: number,
  lang: Lang,
  measure: Measure = estimateWidth,
  lineStep = LINE_STEP,
): TimelineLayout {
  // Lanes of event labels are a line apart, and a little more: their leader lines pass between them.
  const laneStep = lineStep + 2;
  const starts = entries.map((entry) => entry.start.start);
  const ends = entries.map((entry) => (entry.end ?? entry.start).end);
  const firstYear = new Date(Math.min(...starts)).getUTCFullYear();
  const lastYear = new Date(Math.max(...ends) - 1).getUTCFullYear();
  const t0 = Date.UTC(firstYear, 0, 1);
  const t1 = Date.UTC(lastYear + 1, 0, 1);
  const x = (time: number) => ((time - t0) / (t1 - t0)) * width;

  const order = entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => a.entry.start.start - b.entry.start.start || a.index - b.index);
  const eventEntries = order.filter(({ entry }) => entry.kind === 'event');
  const amountEntries = order.filter(({ entry }) => entry.kind !== 'event');

  // Events: lanes first, then the y of each lane once their number is known.
  const placed = placeEventLabels(
    eventEntries.map(({ entry }) => {
      const at = x((entry.start.start + entry.start.end) / 2);
      return { at, full: `${formatDate(entry.start, lang)} · ${entry.label}` };
    }),
    width,
    measure,
  );
  const lanes = placed.reduce((most, { lane }) => Math.max(most, lane + 1), 0);
  const eventY = lanes * laneStep + MARKER + 6;
  const events = eventEntries.map(({ entry, index }, i): EventMark => {
    const { at, label, lane, leader } = placed[i];
    const baseline = eventY - MARKER - 10 - lane * laneStep;
    const x0 = x(entry.start.start);
    const x1 = x(entry.start.end);
    return {
      index,
      x: at,
      y: eventY,
      ...(entry.start.precision !== 'day' && x1 - x0 >= 2 * MARKER ? { band: { x0, x1 } } : {}),
      label: { ...label, y: baseline },
      lane,
      ...(leader ? { leader: { x: at, y1: eventY - MARKER, y2: baseline + 4 } } : {}),
      point: spoken(`${entry.label}: ${formatDate(entry.start, lang)}`, entry),
    };
  });

  // Amounts: one row each, two lines of text above the bar.
  let top = events.length ? eventY + MARKER + 14 : 0;
  const amounts = amountEntries.map(({ entry, index }): AmountMark => {
    const kind = entry.kind as MoneyKind;
    const x0 = x(entry.start.start);
    const open = entry.end === undefined;
    const x1 = open ? Math.min(width, x0 + OPEN_TAIL) : x(entry.end!.end);
    const period = formatPeriod(entry.start, entry.end, open, lang);
    const head = `${formatKind(kind, lang)}: ${entry.amountText ?? ''}`;
    const detail = `${entry.label} · ${period}`;
    const lines: [PlacedText, PlacedText] = [
      place(head, x0, top + LABEL_SIZE, width, measure),
      place(detail, x0, top + LABEL_SIZE + lineStep, width, measure),
    ];
    const mark: AmountMark = {
      index,
      kind,
      x0,
      x1: Math.max(x1, x0 + 2),
      open,
      y: top + 2 * lineStep + 4,
      height: BAR,
      lines,
      point: spoken(`${head}, ${period}, ${entry.label}`, entry),
    };
    top = mark.y + BAR + 14;
    return mark;
  });

  const axisY = amounts.length ? top - 6 : top;
  return {
    width,
    height: axisY + 20,
    ...(events.length ? { eventAxis: { y: eventY } } : {}),
    events,
    amounts,
    ticks: yearTicks(firstYear, lastYear + 1, x, width, lang, measure),
    axisY,
  };
}

interface LabelBox {
  at: number;
  lane: number;
  label: PlacedText;
  /** Whether the leader from the marker up to the label crosses no other label. */
  leader: boolean;
}

/** Below this much room beside its marker, a label takes the whole width rather than be cut short. */
const MIN_SIDE_ROOM = 160;

/**
 * A label beside its marker: after it when it fits, else before it; when it fits neither side, cut
 * short after it (labels after their markers stack into a staircase without crossing each other's
 * leaders), else before it, else across the whole width.
 */
function placeBeside(full: string, at: number, width: number, measure: Measure): PlacedText {
  const w = measure(full);
  const right = width - EDGE - at - INSET;
  const left = at - INSET - EDGE;
  if (w <= right) return { text: full, full, x: at + INSET, y: 0, width: w };
  if (w <= left) return { text: full, full, x: at - INSET - w, y: 0, width: w };
  if (Math.max(left, right) < MIN_SIDE_ROOM) return place(full, 0, 0, width, measure);
  const after = right >= MIN_SIDE_ROOM;
  const text = abbreviate(full, after ? right : left, measure);
  const cut = measure(text);
  return { text, full, x: after ? at + INSET : at - INSET - cut, y: 0, width: cut };
}

/**
 * Stacks event labels in lanes above the marker line so that no two overlap and, wherever the widths
 * allow it, no leader (from a marker straight up to its label) crosses another label.
 *
 * Each label first takes its place beside its marker (`placeBeside`). A label that reaches over
 * another event's marker must then sit above that event, or that event's leader would run through
 * it. The events are taken bottom up in an order that respects every such "above": an event goes
 * next once it reaches over no marker of an event still waiting (at equal footing, the one further
 * left first). Each goes in the lowest lane where it overlaps no label, its leader crosses no label
 * below it and it covers no leader from above; a new lane on top always qualifies, so the order
 * alone keeps every leader. Where two labels reach over each other's markers (labels across the
 * whole width at narrow sizes), the one reaching over the fewest waiting markers goes next and a
 * leader may be lost: it is left out, and the date that starts every label ties it to the axis.
 * Text starts a few pixels from its leader, so events on the same date share a marker without
 * their labels touching it.
 */
function placeEventLabels(items: { at: number; full: string }[], width: number, measure: Measure): LabelBox[] {
  const spanOf = (label: PlacedText) => [label.x, label.x + label.width] as const;
  const overlaps = (a: readonly [number, number], b: readonly [number, number]) => a[0] < b[1] + GAP && b[0] < a[1] + GAP;
  const crosses = (at: number, span: readonly [number, number]) => at > span[0] - 2 && at < span[1] + 2;

  const all = items.map(({ at, full }, index) => {
    const label = placeBeside(full, at, width, measure);
    return { index, at, label, span: spanOf(label), box: undefined as LabelBox | undefined };
  });
  type Item = (typeof all)[number];
  const covered = (item: Item, among: Item[]) => among.filter((other) => other !== item && crosses(other.at, item.span)).length;

  // A label beside its marker cut short so that it reaches over none of `markers`, or undefined
  // when that would leave it narrower than a label is ever cut (or it spans its own marker).
  const cut = (item: Item, markers: number[]): PlacedText | undefined => {
    const { at, label } = item;
    const after = label.x > at;
    if (!after && label.x + label.width > at) return undefined;
    const room = after
      ? Math.min(...markers.filter((m) => m > at)) - INSET - label.x
      : label.x + label.width - (Math.max(...markers.filter((m) => m < at)) + INSET);
    if (room < Math.min(MIN_SIDE_ROOM, measure(label.full))) return undefined;
    const text = abbreviate(label.full, room, measure);
    const w = measure(text);
    return { ...label, text, width: w, x: after ? label.x : label.x + label.width - w };
  };

  const boxes: LabelBox[] = [];
  const waiting = [...all].sort((a, b) => a.at - b.at || a.index - b.index);
  while (waiting.length) {
    let next = waiting.find((item) => covered(item, waiting) === 0);
    if (!next) {
      // Every waiting label reaches over another's marker, in a circle: shorten the one that loses
      // least to reach over none of them; failing that, take the one reaching over fewest.
      let best: { item: Item; label: PlacedText } | undefined;
      for (const item of waiting) {
        const markers = waiting.filter((other) => other !== item && crosses(other.at, item.span)).map((other) => other.at);
        const label = cut(item, markers);
        if (label && (!best || item.label.width - label.width < best.item.label.width - best.label.width)) best = { item, label };
      }
      if (best) {
        best.item.label = best.label;
        best.item.span = spanOf(best.label);
        continue;
      }
      next = waiting.reduce((most, item) => (covered(item, waiting) < covered(most, waiting) ? item : most));
    }
    waiting.splice(waiting.indexOf(next), 1);
    const { at, span, label } = next;
    const free = (lane: number) => boxes.every((box) => box.lane !== lane || !overlaps(span, spanOf(box.label)));
    const clear = (lane: number) =>
      boxes.every((box) =>
        box.lane < lane ? !crosses(at, spanOf(box.label)) : box.lane === lane || !crosses(box.at, span),
      );
    const top = boxes.reduce((most, box) => Math.max(most, box.lane + 1), 0);
    let lane = 0;
    while (lane < top && !(free(lane) && clear(lane))) lane++;
    next.box = { at, lane, label, leader: true };
    boxes.push(next.box);
  }
  for (const box of boxes) {
    box.leader = boxes.every((other) => other === box || other.lane >= box.lane || !crosses(box.at, spanOf(other.label)));
  }
  return all.map((item) => item.box!);
}

/** Whole years, thinned so that labels keep apart, and dropped where a label would leave the plot. */
function yearTicks(
  from: number,
  to: number,
  x: (time: number) => number,
  width: number,
  lang: Lang,
  measure: Measure,
): TimelineLayout['ticks'] {
  const count = Math.max(1, Math.floor(width / MIN_TICK_SPACING));
  let marks = ticks(from, to, count)
    .filter((year) => Number.isInteger(year))
    .map((year) => {
      const at = x(Date.UTC(year, 0, 1));
      return { x: at, text: formatYear(year, lang), textX: at + 3 };
    })
    .filter((tick) => tick.textX + measure(tick.text) <= width - EDGE);
  const crowded = () => marks.some((tick, i) => i > 0 && marks[i - 1].textX + measure(marks[i - 1].text) + GAP > tick.x);
  while (marks.length > 1 && crowded()) marks = marks.filter((_, i) => i % 2 === 0);
  return marks;
}
