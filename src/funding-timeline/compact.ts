import { html, nothing, svg } from 'lit';
import type { MoneyKind } from '../data/types.js';
import { formatNumber, t } from '../internal/i18n.js';
import { pointLater, type FocusPoint } from '../internal/point-controller.js';
import { round, stripe as stripePath } from '../internal/scale.js';
import { timeScale, yearTicks, type YearTick } from './axis.js';
import { compact } from './layout.js';
import { patterns, renderAxis, strokes } from './marks.js';
import { spoken, wordsOf } from './timed.js';

/*
 * Many entries, past COMPACT_ENTRIES: a thin row each. Only a page's own data is ever this large, so
 * this module comes with the code that reads it (read.ts imports it) and fills in `compact` for the
 * layout and the marks.
 */

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

compact.layout = (entries, width, lang, measure) => {
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
      events.push(stripePath(x0, x1, y, stripe));
    } else {
      const open = end === undefined;
      x1 = Math.max(open ? x0 + 6 : x(end.end), x0 + 2);
      const d = stripePath(x0, x1, y, stripe);
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
};

/** Many entries: a note, then a thin row each, one path per look, and the years under them. */
compact.render = (model, active, lang) => {
  const { width, height, rowHeight, ticks } = model;
  const row = model.rows[active];
  return html`<p class="compact-note">${t(lang, 'timelineCompactNote', { count: formatNumber(model.rows.length, lang) })}</p>
    <svg class="timeline compact" width=${width} height=${height + 20} aria-hidden="true" data-rows=${model.rows.length}
      data-row-height=${rowHeight}>
      ${patterns}
      <path class="grid" d=${strokes(ticks, 0, height)}></path>
      ${model.events ? svg`<path part="event" class="event compact-events" d=${model.events}></path>` : nothing}
      ${model.bars.map(({ kind, d }) => svg`<g part="amount" class="amount ${kind}"><path class="bar" d=${d}></path></g>`)}
      ${model.openEnds ? svg`<path class="open-tail dash" d=${model.openEnds}></path>` : nothing}
      ${renderAxis(ticks, height)}
      ${row
        ? svg`<rect class="focus-mark" x=${row.x0 - 2} y=${row.y - 2} width=${row.x1 - row.x0 + 4}
            height=${Math.max(rowHeight, 1) + 4} rx="2"></rect>`
        : nothing}
    </svg>`;
};
