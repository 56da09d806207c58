import type { LocalizedText, QuoteTranslation, Source } from '../data/types.js';
import { ChartDataError, invalid } from './errors.js';
import { has, isObject, own, type Row } from './own.js';

/*
 * Readers for the fields every element shares. The names are the same in JSON and CSV and across
 * elements: label, value, kind, date, source, source_url, quote, n, currency.
 * Rows are numbered from 1 in messages, as a person counts them in a spreadsheet.
 */

/** Set (not enumerable) on a CSV record from the `;` dialect, where a comma marks decimals. */
export const DECIMAL_COMMA = Symbol('decimal comma');

const decimalComma = /^[-+]?\d+,\d+$/;
const groupedWithCommas = /^[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** A numeric string as JavaScript reads it: grouping spaces out, the dialect's comma resolved. */
function numberText(raw: string, commaIsDecimal: boolean): string {
  // \s is every Unicode space, the no-break ones that group digits ("19 606") too.
  const text = raw.replace(/\s/g, '');
  if (commaIsDecimal) return decimalComma.test(text) ? text.replace(',', '.') : text;
  return groupedWithCommas.test(text) ? text.replace(/,/g, '') : text;
}

/**
 * The most rows a chart reads. Every element draws this many compactly in a bounded number of nodes
 * and well under a second (`npm run bench`); a larger input is refused before any work grows with it.
 * With the 10 MB cap on a file (parse.ts), it bounds what a partner's data can cost a reader's page.
 */
export const MAX_ROWS = 10_000;

/** The list of rows in `raw`: a list itself, or the list under `key` of an object. */
export function readRows(raw: unknown, key: string): Row[] {
  const list = Array.isArray(raw) ? raw : isObject(raw) ? own(raw, key) : undefined;
  if (raw === null || raw === undefined || (isObject(raw) && list === undefined)) throw new ChartDataError('no-data');
  if (!Array.isArray(list)) throw invalid('notAList');
  if (list.length === 0) throw new ChartDataError('no-data');
  if (list.length > MAX_ROWS) throw tooManyRows();
  // Array.from visits the holes of a sparse list, which map would skip and keep as holes.
  return Array.from(list, (row, i) => {
    if (!isObject(row)) throw invalid('rowNotObject', { row: i + 1 });
    return row;
  });
}

// A field set to undefined (as `{ value: obj.missing }` does) is as absent as a missing one.
export const present = (row: Row, field: string) => {
  const value = own(row, field);
  return value !== undefined && value !== null && value !== '';
};

/**
 * `fields` without those that are undefined: an optional field the input lacks stays absent from
 * the data read, not present as undefined.
 */
export const defined = <T extends object>(fields: T) =>
  Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };

const numeric = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i;

/** A finite number from a number or a numeric string; anything else names the row and field. */
export function readNumber(row: Row, field: string, index: number): number;
export function readNumber(row: Row, field: string, index: number, optional: true): number | undefined;
export function readNumber(row: Row, field: string, index: number, optional = false): number | undefined {
  if (!present(row, field)) {
    if (optional) return undefined;
    throw invalid('missingField', { row: index + 1, field });
  }
  const raw = own(row, field);
  const text = typeof raw === 'string' ? numberText(raw, (row as { [DECIMAL_COMMA]?: boolean })[DECIMAL_COMMA] === true) : undefined;
  const value = typeof raw === 'number' ? raw : text !== undefined && numeric.test(text) ? Number(text) : NaN;
  if (!Number.isFinite(value)) throw invalid('notANumber', { row: index + 1, field, value: show(raw) });
  // -0 is 0: nothing should read "-0".
  return value === 0 ? 0 : value;
}

/**
 * The longest text a chart reads, a label, a title or a quote: 5,000 characters, fourteen times the
 * report's longest (355). The page lays out every character a chart shows: a label of 1 MB held it
 * for half a second, of 9 MB for up to seven (`<funding-timeline>`), after the chart had drawn.
 */
export const MAX_TEXT = 5_000;

/**
 * `value` trimmed, when it is text that is not blank (else undefined); text of more than MAX_TEXT
 * characters is refused, naming `field` and quoting its start.
 */
const textOf = (value: unknown, field: string): string | undefined => {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text.length > MAX_TEXT) throw invalid('textTooLong', { field, max: MAX_TEXT, value: show(text) });
  return text || undefined;
};

/** Non-empty text, at most MAX_TEXT characters; an object of translations (`{ "en": …, "ru": … }`) is kept as one. */
export function readText(row: Row, field: string, index: number): LocalizedText;
export function readText(row: Row, field: string, index: number, optional: true): LocalizedText | undefined;
export function readText(row: Row, field: string, index: number, optional = false): LocalizedText | undefined {
  const raw = own(row, field);
  if (present(row, field)) {
    const text = textOf(raw, field);
    if (text) return text;
    // Not NaN or Infinity: a label that reads "NaN" looks like a broken chart.
    if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw);
    if (isObject(raw) && textOf(own(raw, 'en'), field)) return textsOf(raw, Object.keys(raw), field) as LocalizedText;
  }
  if (optional) return undefined;
  throw invalid('missingField', { row: index + 1, field });
}

/**
 * A value as a word to compare, trimmed and in lower case; '' for what is not text (String() of an
 * object without a prototype throws).
 */
export const lowered = (value: unknown): string => (typeof value === 'string' ? value.trim().toLowerCase() : '');

/** One of `allowed` in `field` (`kind`), defaulting to the first when the field is absent. */
export function readKind<K extends string>(row: Row, index: number, allowed: readonly K[], field = 'kind'): K {
  if (!present(row, field)) return allowed[0];
  const raw = own(row, field);
  const kind = lowered(raw);
  if ((allowed as readonly string[]).includes(kind)) return kind as K;
  throw invalid('notOneOf', { row: index + 1, field, allowed: allowed.join(', '), value: show(raw) });
}

/**
 * The source of a row: `source` as a title or as `{ title, url, quote }`, with `source_url` and
 * `quote` as flat columns for CSV. A URL that is not http(s) is dropped, so it never becomes a link.
 */
export function readSource(row: Row, index: number, fallback?: Source): Source {
  if (!present(row, 'source') && fallback) {
    // A source given once for all rows still lets each row quote its own words.
    const quote = textOf(own(row, 'quote'), 'quote');
    return quote ? { ...fallback, quote } : fallback;
  }
  const source = own(row, 'source');
  const nested = isObject(source) ? source : {};
  // A source with no title is a row with no source.
  const title = readText({ source: isObject(source) ? own(nested, 'title') : source }, 'source', index);
  const url = safeUrl(own(nested, 'url') ?? own(row, 'source_url'));
  const quote = textOf(own(nested, 'quote') ?? own(row, 'quote'), 'quote');
  const lang = languageTag(own(nested, 'lang'));
  const quoteLang = languageTag(own(nested, 'quoteLang'));
  const quoteTranslation = translations(own(nested, 'quoteTranslation'));
  return {
    title: typeof title === 'string' ? title : title.en,
    ...defined({
      url,
      quote,
      lang,
      quoteLang,
      quoteTranslation,
    }),
  };
}

/** The source an object of rows gives once for all of them, when it has one. */
export const sharedSource = (raw: unknown): Source | undefined => (isObject(raw) && has(raw, 'source') ? readSource(raw, 0) : undefined);

/** A quote's translations, `{ "ru": …, "kk": … }`: the kit's languages' non-empty texts, else undefined. */
const translations = (value: unknown): QuoteTranslation | undefined =>
  isObject(value) ? textsOf(value, ['en', 'ru', 'kk'], 'quoteTranslation') : undefined;

/**
 * The texts of `row` under `keys` (languages) that are not blank, by key, each at most MAX_TEXT
 * characters; undefined when there is none.
 */
function textsOf(row: Row, keys: string[], field: string): Record<string, string> | undefined {
  const texts = keys.flatMap((key) => {
    const text = textOf(own(row, key), field);
    return text ? [[key, text]] : [];
  });
  return texts.length ? Object.fromEntries(texts) : undefined;
}

/** A BCP 47 language tag such as `en` or `kk-Cyrl`, else undefined: a source's language is optional. */
function languageTag(value: unknown): string | undefined {
  return typeof value === 'string' && /^[a-z]{2,3}(-[a-z\d]{2,8})*$/i.test(value.trim()) ? value.trim() : undefined;
}

/** `url` when it is an absolute http(s) URL, else undefined. */
export function safeUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const parsed = new URL(url.trim());
    // A link with a user name or password in it ("https://bank.example@evil.example/") shows one
    // host and goes to another; it is no source link.
    if (parsed.username || parsed.password) return undefined;
    return /^https?:$/.test(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A value as it may be quoted in a message: short, never markup (it is rendered as text), and never
 * the letters "NaN", which read as a broken chart.
 */
export function show(value: unknown): string {
  const text =
    typeof value === 'string'
      ? value
      : typeof value === 'number'
        ? Number.isNaN(value) ? '—' : String(value)
        : typeof value === 'bigint'
          ? String(value)
          : json(value);
  const cut = text.length > 40 ? `${text.slice(0, 39)}…` : text;
  // A text is cut inside its quotes, so that the quote still closes: "A long label. A long label…".
  return typeof value === 'string' ? `"${cut}"` : cut;
}

/** JSON of a value for a message; a dash for what JSON cannot say (undefined, a function, a cycle). */
function json(value: unknown): string {
  try {
    return JSON.stringify(value) ?? '—';
  } catch {
    return '—';
  }
}

/** The refusal of an input over MAX_ROWS, in the reader's language. */
export const tooManyRows = () => invalid('tooManyRows', { max: MAX_ROWS });
