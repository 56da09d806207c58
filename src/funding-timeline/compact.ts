import type { Lang, MoneyKind } from '../data/types.js';
import { pointLater, type FocusPoint } from '../internal/point-controller.js';
import type { Measure } from '../internal/measure-text.js';
import { timeScale, yearTicks, type YearTick } from './axis.js';
import { spoken, wordsOf, type TimedEntry } from './timed.js';

/**
 * Many entries: each a thin row in date order, in a panel whose height does not grow with them.
 * Marks of one look share one path (events, each kind of amount, open ends), so the DOM stays small;
 * the panel says where its rows are, for the pointer to find the row under it.
 */
export interface CompactLayout {
  view: 'compact';
  width: number;
  /** Height of the rows' panel, at most `COMPACT_HEIGHT`. */
  height: number;
  /** Pitch of the rows, in px: below 1 when there are more rows than pixels. */
  rowHeight: number;
  /** A short tick at each event's date. */
  events: string;
  bars: { kind: MoneyKind; d: string }[];
  /** Dashed lines after the starts of amounts whose end is not stated. */
  openEnds: string;
  /** Where each row's mark is, for the focus ring; in date order, as `points`. */
  rows: { x0: number; x1: number; y: number }[];
  points: FocusPoint[];
  ticks: YearTick[];
}

/** The height the rows take, whatever their number. */
export const COMPACT_HEIGHT = 480;
const MAX_ROW = 8;
const OPEN_TAIL = 44;

const round = (n: number) => Math.round(n * 100) / 100;

export function layoutCompact(entries: TimedEntry[], width: number, lang: Lang, measure: Measure): CompactLayout {
  const { firstYear, lastYear, x } = timeScale(entries, width);
  const rowHeight = Math.min(MAX_ROW, COMPACT_HEIGHT / entries.length);
  // Stripes are drawn at least a pixel high; past one row per pixel, neighbours share their pixels.
  const stripe = Math.max(1, rowHeight * 0.75);
  const events: string[] = [];
  const bars = new Map<MoneyKind, string[]>();
  const openEnds: string[] = [];
  const rows: CompactLayout['rows'] = [];
  const points = entries.map((timed, i): FocusPoint => {
    const { entry, start, end } = timed;
    const y = round(i * rowHeight);
    const x0 = x(start.start);
    let x1: number;
    if (entry.kind === 'event') {
      x1 = Math.max(x(start.end), x0 + 2);
      events.push(`M${round(x0)},${y}H${round(x1)}v${round(stripe)}H${round(x0)}z`);
    } else {
      const open = end === undefined;
      x1 = Math.max(open ? x0 + 6 : x(end.end), x0 + 2);
      const d = `M${round(x0)},${y}H${round(x1)}v${round(stripe)}H${round(x0)}z`;
      const same = bars.get(entry.kind) ?? [];
      same.push(d);
      bars.set(entry.kind, same);
      if (open) {
        const tail = Math.min(width, x0 + OPEN_TAIL);
        openEnds.push(`M${round(x1 + 2)},${round(y + stripe / 2)}H${round(tail)}`);
        x1 = tail;
      }
    }
    rows.push({ x0, x1, y });
    return pointLater(() => spoken(wordsOf(timed, lang).point, entry), { x: (x0 + x1) / 2, y });
  });
  return {
    view: 'compact',
    width,
    height: Math.ceil(entries.length * rowHeight),
    rowHeight,
    events: events.join(''),
    bars: [...bars].map(([kind, parts]) => ({ kind, d: parts.join('') })),
    openEnds: openEnds.join(''),
    rows,
    points,
    ticks: yearTicks(firstYear, lastYear + 1, x, width, lang, measure),
  };
}
