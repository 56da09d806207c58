import type { TemplateResult } from 'lit';
import type { AbuseRecord, Lang, LocalizedText } from '../data/types.js';
import type { ChartTable, SpokenPoint } from '../internal/chart-element.js';
import { quoteTranslation } from '../internal/frame.js';
import { formatList, formatNumber, formatPercent, localize, t, type MessageKey } from '../internal/i18n.js';
import type { Measure } from '../internal/measure-text.js';
import { own } from '../internal/own.js';

/*
 * What both views of <violence-breakdown> share: the records localized into the inputs their layouts
 * take, the wording of a measured figure and its sample, and the contract of a view module.
 */

/** What `<violence-breakdown>` draws: records of abuse, named (no `value`) or measured, and fears. */
export interface ViolenceData {
  title?: LocalizedText;
  rows: AbuseRecord[];
}

/**
 * One view: a pure layout, the template that draws its model, and the words and table that go with
 * it. The element picks one when its data or `view` changes and hands it the model it laid out.
 */
export interface ViewModule<Model extends { points: SpokenPoint[] }> {
  /** The title of the report's own data (it names Kazakhstan), and of a partner's data without one. */
  readonly titles: { report: MessageKey; partner: MessageKey };
  /** `measure` gives the width of an axis label as drawn. */
  layout(data: ViolenceData, width: number, lang: Lang, measure: Measure): Model;
  render(model: Model, activePoint: number, lang: Lang): TemplateResult;
  /**
   * The point under (x, y), in pixels from the top-left of a compact drawing, or -1. Only a compact
   * drawing asks, and the view's compact module, loaded with the reading code, sets it.
   */
  pointAt?(model: Model, drawing: number, x: number, y: number): number;
  summary(data: ViolenceData, lang: Lang): string;
  table(data: ViolenceData, lang: Lang): ChartTable;
}

/**
 * A form of abuse a source names, `perpetrator` undefined when it names none; or, with `feared`, a
 * fear it records, which is no one's abuse.
 */
export interface NamedInput {
  form: string;
  perpetrator?: string;
  /** Whom sex workers fear, for a fear: never perpetrators. */
  feared?: string[];
  quote?: string;
  /** Language of the quote, when the source gives one (the report's are in English). */
  quoteLang?: string;
  /** The kit's translation of the quote into the reader's language, when it is in another. */
  translation?: string;
  /** Said after the point, so a listener hears where it comes from, in its language. */
  sourceTitle?: string;
  sourceLang?: string;
}

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

/**
 * Past this many rows a view is drawn compactly: a label and an SVG per row would cost thousands of
 * DOM nodes and seconds of layout. Every value stays on the keyboard and in the CSV download (the table shows the first 500).
 */
export const COMPACT_ROWS = 40;

// Optional fields are read with `own`: a page that has added `value` or `perpetrator` to
// Object.prototype must not turn a named form into a measured one, or blame anyone.

/** A record with no value: a form a source names, or a fear it records. */
export const isNamed = (row: AbuseRecord): boolean => own(row, 'value') === undefined;

export const isFear = (row: AbuseRecord): boolean => own(row, 'record') === 'fear';

// Every field is set, to undefined when absent, so later reads never reach a prototype.
export function namedInputs(data: ViolenceData, lang: Lang): NamedInput[] {
  return data.rows.flatMap((row): NamedInput[] => {
    if (!isNamed(row)) return [];
    const { source } = row;
    const perpetrator = isFear(row) ? undefined : own(row, 'perpetrator');
    const quote = own(source, 'quote');
    const sourceLang = own(source, 'lang');
    return [
      {
        form: localize(row.form, lang),
        perpetrator: perpetrator ? localize(perpetrator, lang) : undefined,
        feared: isFear(row) ? (own(row, 'feared') ?? []).map((who) => localize(who, lang)) : undefined,
        quote,
        quoteLang: quote ? (own(source, 'quoteLang') ?? sourceLang) : undefined,
        translation: quote ? quoteTranslation(source, lang) : undefined,
        sourceTitle: source.title,
        sourceLang,
      },
    ];
  });
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

/** A focus point's text and, when known, its source. */
export function withSource(text: string, { sourceTitle, sourceLang }: { sourceTitle?: string; sourceLang?: string }): SpokenPoint {
  return sourceTitle ? { text, source: { title: sourceTitle, ...(sourceLang ? { lang: sourceLang } : {}) } } : { text };
}

/** What the keyboard says of a measured figure: its label, value and sample, then its source. */
export const measuredPoint = (label: string, record: MeasuredInput, lang: Lang): SpokenPoint =>
  withSource(t(lang, 'violencePoint', { label, value: formatMeasure(record, lang), sample: sampleText(record, lang) }), record);

/** Items a summary names before it says how many more there are: a summary is a sentence, not the data. */
const SUMMARY_ITEMS = 10;

/** The first ten of `items` when there are more than eleven, and how many are left out. */
export function firstOf<T>(items: T[]): { shown: T[]; more: number } {
  const shown = items.length > SUMMARY_ITEMS + 1 ? items.slice(0, SUMMARY_ITEMS) : items;
  return { shown, more: items.length - shown.length };
}

/**
 * `items` joined by `separator`, or as the language writes a list when no separator is given ("A,
 * B, and C"); past eleven, the first ten and "and N more". `text` writes an item: only the items
 * shown are written, however many there are.
 */
export function someOf<T>(items: T[], lang: Lang, separator?: string, text: (item: T) => string = String): string {
  const { shown, more } = firstOf(items);
  const written = shown.map(text);
  if (!more) return separator === undefined ? formatList(written, lang) : written.join(separator);
  return [...written, t(lang, 'andMore', { count: formatNumber(more, lang) })].join(separator ?? ', ');
}

export function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
