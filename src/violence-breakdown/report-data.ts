import { violenceMeasured, violenceNamed } from '../data/report.js';
import type { AbuseRecord, LocalizedText } from '../data/types.js';
import { own } from '../internal/own.js';
import type { ViolenceData } from './shared.js';

/*
 * The report's data for <violence-breakdown>, and whether data a page gives is the report's: both
 * on every page, where the readers of a page's data (read.ts) are loaded with that data.
 */

const reportRows = [...violenceNamed, ...violenceMeasured];

/** The report's data, drawn when no input is given. */
export const reportData = (): ViolenceData => ({ rows: reportRows });

const fromReport = new WeakMap<ViolenceData, boolean>();

/**
 * Whether `data` holds the report's records, whatever object holds them: the data read from a chart,
 * copied and set again, is read into the same records in new arrays, and keeps the report's title.
 */
export function isReportData(data: ViolenceData): boolean {
  let known = fromReport.get(data);
  if (known === undefined) {
    // The report's own records (its default data) are known at once; a copy's, by their content.
    known = data.rows.length === reportRows.length && data.rows.every((row, i) => row === reportRows[i] || recordKey(row) === reportKeys()[i]);
    fromReport.set(data, known);
  }
  return known;
}

let keys: string[] | undefined;
const reportKeys = () => (keys ??= reportRows.map(recordKey));

/** A record's content as one string, its fields in one order. */
function recordKey(row: AbuseRecord): string {
  // A text by its English words, which every text has: the other languages come with their packs,
  // and the report's records read again when one arrives are still the report's.
  const text = (value: LocalizedText | undefined) => (typeof value === 'object' ? value.en : value);
  const { source } = row;
  return JSON.stringify([
    text(row.form),
    own(row, 'record'),
    own(row, 'feared')?.map(text),
    ...(['perpetrator', 'population', 'place', 'part_of'] as const).map((field) => text(own(row, field))),
    ...(['value', 'kind', 'n', 'date'] as const).map((field) => own(row, field)),
    ...(['title', 'url', 'quote', 'lang', 'quoteLang'] as const).map((field) => own(source, field)),
  ]);
}
