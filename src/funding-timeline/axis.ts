import { ticks } from 'd3-array';
import type { Lang } from '../data/types.js';
import { formatYear, utcTime } from '../internal/i18n.js';
import type { Measure } from '../internal/measure-text.js';
import { EDGE, GAP } from './fit.js';
import type { TimedEntry } from './timed.js';

const MIN_TICK_SPACING = 56;

/** A whole year on the axis: grid line at its start, label just after. */
export interface YearTick {
  x: number;
  text: string;
  textX: number;
}

/** A time scale over whole years, from the first year any entry touches to the end of the last. */
export function timeScale(entries: TimedEntry[], width: number) {
  let first = Infinity;
  let last = -Infinity;
  for (const { start, end } of entries) {
    first = Math.min(first, start.start);
    last = Math.max(last, (end ?? start).end);
  }
  const firstYear = new Date(first).getUTCFullYear();
  const lastYear = new Date(Math.max(first, last - 1)).getUTCFullYear();
  const t0 = utcTime(firstYear, 0, 1);
  const t1 = utcTime(lastYear + 1, 0, 1);
  return { firstYear, lastYear, x: (time: number) => ((time - t0) / (t1 - t0)) * width };
}

/** Whole years, thinned so that labels keep apart, and dropped where a label would leave the plot. */
export function yearTicks(from: number, to: number, x: (time: number) => number, width: number, lang: Lang, measure: Measure): YearTick[] {
  const count = Math.max(1, Math.floor(width / MIN_TICK_SPACING));
  let marks = ticks(from, to, count)
    .filter((year) => Number.isInteger(year))
    .map((year) => {
      const at = x(utcTime(year, 0, 1));
      return { x: at, text: formatYear(year, lang), textX: at + 3 };
    })
    .filter((tick) => tick.textX + measure(tick.text) <= width - EDGE);
  const crowded = () => marks.some((tick, i) => i > 0 && marks[i - 1].textX + measure(marks[i - 1].text) + GAP > tick.x);
  while (marks.length > 1 && crowded()) marks = marks.filter((_, i) => i % 2 === 0);
  return marks;
}
