import type { Drawing, DrawsOnce } from '../internal/drawn-once.js';
import type { AbuseRecord, Lang, LocalizedText } from '../data/types.js';
import type { ChartTable, SpokenPoint } from '../internal/chart-element.js';
import { quoteTranslation } from '../internal/frame.js';
import { formatList, formatNumber, localize, t } from '../internal/i18n.js';
import type { Measure } from '../internal/measure-text.js';
import { own } from '../internal/own.js';
import type { MeasuredLayout } from './views/measured.js';

/*
 * What both views of <violence-breakdown> share: the contract of a view module, the named records
 * localized into the input the report view lays out, and the wording of lists and sources. The
 * measured figures' input and words are in measures.ts, loaded with the measured view.
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
  /** `measure` gives the width of an axis label as drawn. */
  layout(data: ViolenceData, width: number, lang: Lang, measure: Measure): Model;
  /** `chart` keeps what the view draws once (drawn-once.ts). */
  render(model: Model, activePoint: number, lang: Lang, chart: DrawsOnce): Drawing;
  /**
   * The point under (x, y), in pixels from the top-left of a compact drawing, or -1. Only a compact
   * drawing asks, and the view's compact module, loaded with the reading code, sets it.
   */
  pointAt?(model: Model, drawing: number, x: number, y: number): number;
  summary(data: ViolenceData, lang: Lang): string;
  table(data: ViolenceData, lang: Lang): ChartTable;
}

/**
 * The measured view, once its code has run: it fills this in as it loads (views/measured.ts). The
 * module files load it from chunks/ the first time a chart draws the view (most pages show the
 * report view only, and a page of the report's charts never downloads it); the one-file builds run
 * it with the rest of their code.
 */
export const loaded: { measured?: ViewModule<MeasuredLayout> } = {};

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

/** A focus point's text and, when known, its source. */
export function withSource(text: string, { sourceTitle, sourceLang }: { sourceTitle?: string; sourceLang?: string }): SpokenPoint {
  return sourceTitle ? { text, source: { title: sourceTitle, ...(sourceLang ? { lang: sourceLang } : {}) } } : { text };
}

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
