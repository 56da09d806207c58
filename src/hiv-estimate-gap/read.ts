import type { LocalizedText, RowSourceInput, Source, SourceInput, YearPart } from '../data/types.js';
import { invalid } from '../internal/errors.js';
import { localize } from '../internal/i18n.js';
import { isObject } from '../internal/own.js';
import { defined, readKind, readNumber, readRows, readSource, readText, sharedSource } from '../internal/validate.js';
import type { EstimateKind } from './layout.js';
import type { Reading } from '../internal/data-controller.js';
import { parsing } from '../internal/parse.js';
// The stripes of many estimates: only such data as this module reads is ever that large.
import './compact.js';

/** One estimate: a count, an open-ended count ("over 100") or a rate in percent. */
export interface Estimate {
  label: LocalizedText;
  value: number;
  kind: EstimateKind;
  date?: string;
  /** The part of the year a source names ("Q1"), when its date is a year. */
  datePart?: YearPart;
  source: Source;
}

/** What `<hiv-estimate-gap>` draws. */
export interface EstimateData {
  title?: LocalizedText;
  estimates: Estimate[];
}

/** One estimate as data gives it; `kind` is `count` when absent. */
export interface EstimateRowInput extends RowSourceInput {
  label: LocalizedText;
  value: number;
  kind?: EstimateKind;
  date?: string;
}

/** What `<hiv-estimate-gap>` accepts: the list of estimates, or an object with a title and one source for all. */
export type EstimateDataInput =
  | EstimateRowInput[]
  | { title?: LocalizedText; source?: SourceInput; estimates: EstimateRowInput[] };

const KINDS: readonly EstimateKind[] = ['count', 'lower-bound', 'rate'];

/** Validates input (a JSON value or CSV records) into estimates; throws `ChartDataError`. */
export function readEstimates(raw: unknown): EstimateData {
  const rows = readRows(raw, 'estimates');
  const shared = sharedSource(raw);
  const title = isObject(raw) ? readText(raw, 'title', 0, true) : undefined;
  const estimates = rows.map((row, i): Estimate => {
    const kind = readKind(row, i, KINDS);
    const value = readNumber(row, 'value', i);
    if (value < 0) throw invalid('negativeNumber', { row: i + 1, field: 'value', value });
    if (kind === 'rate' && value > 100) throw invalid('rateOutOfRange', { row: i + 1, value });
    const date = readText(row, 'date', i, true);
    return {
      label: readText(row, 'label', i),
      value,
      kind,
      ...defined({ date: date && localize(date, 'en') }),
      source: readSource(row, i, shared),
    };
  });
  return { ...defined({ title }), estimates };
}

/** What <hiv-estimate-gap> loads the first time it is given data (data-controller.ts). */
export const reading: Reading<EstimateData> = { ...parsing, read: readEstimates };
