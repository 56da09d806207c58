import type { AbuseRecord, LocalizedText, Source } from '../data/types.js';
import { invalid } from '../internal/errors.js';
import { formatNumber, localize } from '../internal/i18n.js';
import { isObject, own, type Row } from '../internal/own.js';
import { defined, present, readKind, readNumber, readRows, readSource, readText, sharedSource } from '../internal/validate.js';
import { measuredInputs, rateOf, sampleKey } from './measures.js';
import type { ViolenceData } from './shared.js';
import type { Reading } from '../internal/data-controller.js';
import { parsing } from '../internal/parse.js';
// The compact drawings of many rows: only such data as this module reads is ever that large.
import './views/grid.js';
import './views/stripes.js';

/*
 * Input to data for <violence-breakdown>: a JSON value or CSV records in, validated records out,
 * read only through the shared field readers (own fields, no String() of what a page passed).
 */

const KINDS = ['count', 'rate'] as const;

export function readViolence(raw: unknown): ViolenceData {
  const rows = readRows(raw, 'rows');
  const shared = sharedSource(raw);
  const title = isObject(raw) ? readText(raw, 'title', 0, true) : undefined;
  const records = rows.map((row, i) => readRecord(row, i, shared));
  checkWholes(records);
  return { ...defined({ title }), rows: records };
}

/**
 * One row of input, validated: named when it has no `value` nor `kind`, measured when it has one;
 * a fear (`record: fear`) names whom sex workers fear and nothing else.
 */
function readRecord(row: Row, i: number, shared: Source | undefined): AbuseRecord {
  const form = readText(row, 'form', i, true) ?? readText(row, 'label', i, true);
  if (form === undefined) throw invalid('missingField', { row: i + 1, field: 'form' });
  const source = readSource(row, i, shared);
  if (readKind(row, i, RECORDS, 'record') === 'fear') {
    if (['perpetrator', 'value', 'kind'].some((field) => present(row, field))) throw invalid('violenceFearFields', { row: i + 1 });
    return { record: 'fear', form, feared: readFeared(row, i), source };
  }
  const perpetrator = readText(row, 'perpetrator', i, true);
  const base = { form, ...defined({ perpetrator }) };
  if (!present(row, 'value') && !present(row, 'kind')) return { ...base, source };
  const kind = readKind(row, i, KINDS);
  const value = readNumber(row, 'value', i);
  if (value < 0) throw invalid('negativeNumber', { row: i + 1, field: 'value', value });
  if (kind === 'rate' && value > 100) throw invalid('rateOutOfRange', { row: i + 1, value });
  const n = readNumber(row, 'n', i, true);
  if (n !== undefined && (!Number.isInteger(n) || n <= 0)) throw invalid('violenceBadN', { row: i + 1, value: n });
  if (n !== undefined && kind === 'count' && value > n) throw invalid('violenceCountAboveN', { row: i + 1, value, n });
  const optional = (field: string) => readText(row, field, i, true);
  const [population, place, date, partOf] = ['population', 'place', 'date', 'part_of'].map(optional);
  return {
    ...base,
    value,
    kind,
    ...defined({ n, population, place, date: date && localize(date, 'en'), part_of: partOf }),
    source,
  };
}

/** What a row records: an abuse (when `record` is absent) or a fear. */
const RECORDS = ['abuse', 'fear'] as const;

/** Whom a fear is of: a list of texts in JSON, one text in a CSV cell. */
function readFeared(row: Row, i: number): LocalizedText[] {
  const raw = own(row, 'feared');
  const items = Array.isArray(raw) ? raw : [raw];
  const feared = items.flatMap((item) => readText({ feared: item }, 'feared', i, true) ?? []);
  if (!feared.length) throw invalid('missingField', { row: i + 1, field: 'feared' });
  return feared;
}

/** Shares of one whole may not add up to more than all of it. */
function checkWholes(records: AbuseRecord[]): void {
  const sums = new Map<string, { whole: string; sum: number }>();
  for (const input of measuredInputs({ rows: records }, 'en')) {
    const rate = rateOf(input);
    if (input.partOf === undefined || rate === undefined) continue;
    const key = `${sampleKey(input)}|${input.partOf}`;
    const entry = sums.get(key) ?? { whole: input.partOf, sum: 0 };
    entry.sum += rate;
    sums.set(key, entry);
  }
  for (const { whole, sum } of sums.values()) {
    if (sum > 100 + 1e-9) throw invalid('violencePartsOver100', { whole, sum: formatNumber(Math.round(sum * 10) / 10, 'en') });
  }
}

/** What <violence-breakdown> loads the first time it is given data (data-controller.ts). */
export const reading: Reading<ViolenceData> = { ...parsing, read: readViolence };
