import type { Lang, MoneyKind, YearPart } from '../data/types.js';
import { own } from '../internal/own.js';
import type { TimelineEntry } from './read.js';
import { formatDateSpan, formatDateText, parseDate as parseIsoDate, t, type MessageKey, utcTime } from '../internal/i18n.js';

/** What a timeline entry is: a dated event, or an amount of money of one kind. */
export type TimelineKind = 'event' | MoneyKind;

export const MONEY_KINDS: readonly MoneyKind[] = ['awarded', 'approved', 'disbursed', 'request', 'allocation'];

export const YEAR_PARTS: readonly YearPart[] = ['Q1', 'Q2', 'Q3', 'Q4', 'mid'];

/**
 * A date as written, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, read as the stretch of time it names: `start`
 * is its first millisecond (UTC), `end` the first millisecond after it. "2012" is the whole year.
 * `text` is the date as written and `part` the part of its year a source names ("Q1 2021"), for
 * writing it as precisely as the source does and no more.
 */
export interface TimePoint {
  start: number;
  end: number;
  precision: 'year' | 'month' | 'day';
  text: string;
  part?: YearPart;
}

/** The stretch of time a written date names, or undefined when it is not a real date. */
export function parseDate(text: string): TimePoint | undefined {
  const date = parseIsoDate(text);
  if (!date) return undefined;
  const { year, month, day, utc: start, precision } = date;
  // The first millisecond after it: the next day, the next month's 1st, or the next year's.
  const end = precision === 'day' ? utcTime(year, month - 1, day + 1) : precision === 'month' ? utcTime(year, month, 1) : utcTime(year + 1, 0, 1);
  return { start, end, precision, text: text.trim(), part: undefined };
}

/**
 * A year narrowed to the part a source names: a quarter is its three months; "mid" is a point, the
 * 1st of July, for a source that says "mid-2005" and no closer (never the end of the year).
 */
export function withPart(point: TimePoint, part: YearPart): TimePoint {
  const year = new Date(point.start).getUTCFullYear();
  if (part === 'mid') {
    const mid = utcTime(year, 6, 1);
    return { ...point, start: mid, end: mid, part };
  }
  const quarter = Number(part.slice(1)) - 1;
  return { ...point, start: utcTime(year, 3 * quarter, 1), end: utcTime(year, 3 * quarter + 3, 1), part };
}

/** `date` as one date, or as a span `start/end` (ISO 8601 style, each side any of the date forms). */
export function parseSpan(text: string): { start: TimePoint; end?: TimePoint } | undefined {
  const parts = text.split('/');
  if (parts.length > 2) return undefined;
  const start = parseDate(parts[0]);
  const end = parts.length === 2 ? parseDate(parts[1]) : undefined;
  if (!start || (parts.length === 2 && !end)) return undefined;
  // `end` is always set, if only to undefined: never inherited from a polluted Object.prototype.
  return { start, end };
}

/** A date at the precision its source gives: "2012", "Dec 2003", "Nov 5, 2015", "Q1 2021", "mid-2005". */
export const formatDate = (point: TimePoint, lang: Lang): string => formatDateText(point.text, lang, point.part);

/** The period an entry refers to: one date, a span, or an open start ("from Dec 1, 2003, end not stated"). */
export function formatPeriod(start: TimePoint, end: TimePoint | undefined, open: boolean, lang: Lang): string {
  if (open) return t(lang, 'timelineOpenEnd', { start: formatDate(start, lang) });
  if (!end) return formatDate(start, lang);
  return formatDateSpan(start.text, end.text, lang, { start: start.part, end: end.part });
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

type Period = { start: TimePoint; end?: TimePoint };

/**
 * The period an entry covers, from dates already checked by the reader; `end` is always set, if only
 * to undefined. Read once per data, with the entries' order (`inDateOrder`).
 */
export function periodOf(entry: TimelineEntry): Period {
  const narrowed = (text: string, part: YearPart | undefined) => (part ? withPart(parseDate(text)!, part) : parseDate(text)!);
  const end = own(entry, 'end');
  return {
    start: narrowed(entry.date, own(entry, 'datePart')),
    end: end === undefined ? undefined : narrowed(end, own(entry, 'endPart')),
  };
}
