import type { Lang, LocalizedText } from '../data/types.js';
import type { SpokenPoint } from '../internal/chart-element.js';
import { formatNumber, formatPercent, localize, t } from '../internal/i18n.js';
import { own } from '../internal/own.js';
import { withSource, type ViolenceData } from './shared.js';

/*
 * Measured figures of <violence-breakdown>: a record with a value read into the input the measured
 * view lays out, and the words for its value and its sample. The measured view and the reader share
 * them; in the module files both are loaded on first use (the view from a chunk of its own, when a
 * chart first draws it), so a page of the report's charts, which shows the report view, never
 * downloads them.
 */

/** A measured count or rate (percent), with the sample it comes from. */
export interface MeasuredInput {
  form: string;
  perpetrator?: string;
  kind: 'count' | 'rate';
  value: number;
  n?: number;
  population?: string;
  place?: string;
  /** As the reader sees it: "2015–2017". */
  years?: string;
  partOf?: string;
  /** Records of one sample share a source; two sources are two samples even when n agrees. */
  sourceTitle: string;
  sourceLang?: string;
}

export function measuredInputs(data: ViolenceData, lang: Lang): MeasuredInput[] {
  const text = (value: LocalizedText | undefined) => (value === undefined ? undefined : localize(value, lang));
  return data.rows.flatMap((row): MeasuredInput[] => {
    const value = own(row, 'value');
    if (value === undefined) return [];
    const date = own(row, 'date');
    return [
      {
        form: localize(row.form, lang),
        perpetrator: text(own(row, 'perpetrator')),
        kind: own(row, 'kind') ?? 'count',
        value,
        n: own(row, 'n'),
        population: text(own(row, 'population')),
        place: text(own(row, 'place')),
        years: date === undefined ? undefined : formatYears(date),
        partOf: text(own(row, 'part_of')),
        sourceTitle: row.source.title,
        sourceLang: own(row.source, 'lang'),
      },
    ];
  });
}

/** "2015/2017" as "2015–2017"; a single year as it is. */
export const formatYears = (date: string): string => date.replace('/', '–');

/** The rate a count is of its sample, and whether one decimal states it exactly. */
export function computedRate(count: number, n: number): { rate: number; exact: boolean } {
  const rate = (count / n) * 100;
  return { rate, exact: Math.abs(Math.round(rate * 10) / 10 - rate) < 1e-9 };
}

/**
 * What the reader sees for a measured figure: "28 %", "12 of 40 = 30 %", "7 of 30 ≈ 23.3 %", or a
 * count with no rate when the sample size is not known.
 */
export function formatMeasure({ kind, value, n }: Pick<MeasuredInput, 'kind' | 'value' | 'n'>, lang: Lang): string {
  if (kind === 'rate') return formatPercent(value, lang);
  const count = formatNumber(value, lang);
  if (n === undefined) return t(lang, 'violenceNoRate', { count });
  const { rate, exact } = computedRate(value, n);
  const rateText = formatPercent(exact ? rate : Math.round(rate * 10) / 10, lang);
  return t(lang, exact ? 'violenceOf' : 'violenceOfAbout', { count, n: formatNumber(n, lang), rate: rateText });
}

/** The rate drawn for a figure, or undefined when it has none (a count without n). */
export function rateOf({ kind, value, n }: Pick<MeasuredInput, 'kind' | 'value' | 'n'>): number | undefined {
  if (kind === 'rate') return value;
  return n === undefined ? undefined : computedRate(value, n).rate;
}

/** "n = 400, women who sell sex and use drugs, Almaty and Temirtau, 2015–2017". */
export function sampleText(input: Pick<MeasuredInput, 'n' | 'population' | 'place' | 'years'>, lang: Lang): string {
  const n = input.n === undefined ? t(lang, 'violenceNNotStated') : t(lang, 'violenceN', { n: formatNumber(input.n, lang) });
  return [n, input.population, input.place, input.years].filter(Boolean).join(', ');
}

/** The label of a figure: "Clients: Recent violence", or the form and "perpetrator not specified". */
export function figureLabel({ form, perpetrator }: { form: string; perpetrator?: string }, lang: Lang): string {
  return t(lang, 'violencePair', { perpetrator: perpetrator ?? t(lang, 'violenceUnspecifiedHeading'), form });
}

/** The key of a figure's sample: figures of one sample may be compared; of two, never combined. */
export const sampleKey = (input: MeasuredInput): string =>
  JSON.stringify([rateOf(input) === undefined ? 'count' : 'rate', input.n, input.population, input.place, input.years, input.sourceTitle]);

/** Figures grouped by sample, samples in the order first met: one pass, whatever their number. */
export function bySample(records: MeasuredInput[]): MeasuredInput[][] {
  const groups = new Map<string, MeasuredInput[]>();
  for (const record of records) {
    const key = sampleKey(record);
    const members = groups.get(key);
    if (members) members.push(record);
    else groups.set(key, [record]);
  }
  return [...groups.values()];
}

/** What the keyboard says of a measured figure: its label, value and sample, then its source. */
export const measuredPoint = (label: string, record: MeasuredInput, lang: Lang): SpokenPoint =>
  withSource(t(lang, 'violencePoint', { label, value: formatMeasure(record, lang), sample: sampleText(record, lang) }), record);
