import type { LocalizedText, Source, YearPart } from '../data/types.js';
import { invalid } from '../internal/errors.js';
import { localize } from '../internal/i18n.js';
import { isObject, own, type Row } from '../internal/own.js';
import { defined, present, readKind, readNumber, readRows, readSource, readText, show } from '../internal/validate.js';
import { MONEY_KINDS, YEAR_PARTS, parseDate, parseSpan, type TimelineKind } from './format.js';
import type { Reading } from '../internal/data-controller.js';
import { parsing } from '../internal/parse.js';
// The thin rows of many entries: only such data as this module reads is ever that large.
import './compact.js';

/** One entry: an event (a date, no value) or an amount of money of one kind, over a period. */
export interface TimelineEntry {
  label: LocalizedText;
  kind: TimelineKind;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: the event's date, or the first date of an amount's period. */
  date: string;
  /** The last date of an amount's period; absent when the source does not state it. */
  end?: string;
  /** The part of the year `date` names, when `date` is a year and the source says no more: "Q1 2021". */
  datePart?: YearPart;
  /** The same for `end`: `end: '2005'` with `endPart: 'mid'` is "mid-2005", drawn to the 1st of July. */
  endPart?: YearPart;
  /** The amount; absent for events. */
  value?: number;
  /** `compact` when the source writes the amount so ("$4.5 million"): shown so, never as 4,500,000. */
  notation?: 'compact';
  /** ISO currency code of the amount. */
  currency?: string;
  source: Source;
}

/** What `<funding-timeline>` draws. */
export interface TimelineData {
  title?: LocalizedText;
  /** The finding in one sentence; without it the chart states how many entries it shows, from when to when. */
  summary?: LocalizedText;
  entries: TimelineEntry[];
}

const KINDS: readonly TimelineKind[] = ['event', ...MONEY_KINDS];

/** Reads a JSON value or CSV records into the timeline's data; throws `ChartDataError`. */
export function parse(raw: unknown): TimelineData {
  const rows = readRows(raw, 'entries');
  const input: Row = isObject(raw) ? raw : {};
  const shared = own(input, 'source') !== undefined ? readSource(input, 0) : undefined;
  const title = readText(input, 'title', 0, true);
  const summary = readText(input, 'summary', 0, true);
  const currency = present(input, 'currency') ? own(input, 'currency') : undefined;
  const entries = rows.map((row, i) => readEntry(row, i, shared, currency));
  return { ...defined({ title, summary }), entries };
}

/** A part of a year, given only with a date written as a year: "Q1" of "2021", "mid" of "2005". */
function readPart(row: Row, field: 'datePart' | 'endPart', date: string | undefined, index: number): YearPart | undefined {
  if (!present(row, field)) return undefined;
  const part = own(row, field);
  const known = typeof part === 'string' && (YEAR_PARTS as readonly string[]).includes(part.trim());
  if (!known || date === undefined || parseDate(date)!.precision !== 'year') {
    throw invalid('timelineBadDatePart', { row: index + 1, field, allowed: YEAR_PARTS.join(', '), value: show(part) });
  }
  return (part as string).trim() as YearPart;
}

function readKindOf(row: Row, index: number): TimelineKind {
  const rowNumber = index + 1;
  if (!present(row, 'kind')) {
    if (present(row, 'value')) throw invalid('timelineEventValue', { row: rowNumber, value: show(own(row, 'value')) });
    return 'event';
  }
  // `money` with a `subkind` is how the kit's own figures name an amount's kind (data/types.ts).
  const kind = readKind(row, index, [...KINDS, 'money']);
  if (kind !== 'money') return kind;
  if (!present(row, 'subkind')) throw invalid('missingField', { row: rowNumber, field: 'subkind' });
  return readKind(row, index, MONEY_KINDS, 'subkind');
}

function readEntry(row: Row, index: number, shared: Source | undefined, sharedCurrency: unknown): TimelineEntry {
  const rowNumber = index + 1;
  const kind = readKindOf(row, index);
  const dateText = localize(readText(row, 'date', index), 'en');
  const span = parseSpan(dateText);
  if (!span) throw invalid('timelineInvalidDate', { row: rowNumber, field: 'date', value: show(own(row, 'date')) });
  let { end } = span;
  let endText = span.end ? dateText.split('/')[1].trim() : undefined;
  if (present(row, 'end')) {
    if (span.end) throw invalid('timelineEndTwice', { row: rowNumber });
    endText = localize(readText(row, 'end', index), 'en');
    end = parseDate(endText);
    if (!end) throw invalid('timelineInvalidDate', { row: rowNumber, field: 'end', value: show(own(row, 'end')) });
  }
  const startText = dateText.split('/')[0].trim();
  if (end && end.end <= span.start.start) {
    throw invalid('timelineEndBeforeStart', { row: rowNumber, start: startText, end: endText! });
  }
  const datePart = readPart(row, 'datePart', startText, index);
  const endPart = readPart(row, 'endPart', endText, index);
  const base = {
    label: readText(row, 'label', index),
    kind,
    date: startText,
    ...defined({ datePart }),
    source: readSource(row, index, shared),
  };
  if (kind === 'event') {
    if (present(row, 'notation')) throw invalid('timelineBadNotation', { row: rowNumber, value: show(own(row, 'notation')) });
    if (present(row, 'value')) throw invalid('timelineEventValue', { row: rowNumber, value: show(own(row, 'value')) });
    if (endText !== undefined) throw invalid('timelineEventSpan', { row: rowNumber, value: show(own(row, 'end') ?? own(row, 'date')) });
    return base;
  }
  const value = readNumber(row, 'value', index);
  if (value < 0) throw invalid('negativeNumber', { row: rowNumber, field: 'value', value });
  const currency = present(row, 'currency') ? own(row, 'currency') : sharedCurrency;
  if (currency === undefined) throw invalid('missingField', { row: rowNumber, field: 'currency' });
  if (typeof currency !== 'string' || !/^[a-z]{3}$/i.test(currency.trim())) {
    throw invalid('timelineBadCurrency', { row: rowNumber, value: show(currency) });
  }
  const notation = own(row, 'notation');
  if (present(row, 'notation') && notation !== 'compact') throw invalid('timelineBadNotation', { row: rowNumber, value: show(notation) });
  return {
    ...base,
    ...defined({ end: endText, endPart }),
    value,
    ...(notation === 'compact' ? { notation } : {}),
    currency: currency.trim().toUpperCase(),
  };
}

/** What <funding-timeline> loads the first time it is given data (data-controller.ts). */
export const reading: Reading<TimelineData> = { ...parsing, read: parse };
