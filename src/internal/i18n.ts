import type { Lang, LocalizedText, YearPart } from '../data/types.js';
import type { Messages, PluralMessages } from '../i18n/en.js';
import { builtIn, loadPack } from '../languages/built-in.js';
import type { DateFields, LanguagePack } from '../languages/pack.js';

/*
 * The catalogues are not imported here: languages register. `languages/built-in.ts` says which come
 * with the code (every language in the npm build and in the all-language file; one in the other
 * files, which swap that module at build time) and how another is fetched when a chart asks for it.
 */
const packs = new Map<Lang, LanguagePack>(Object.entries(builtIn) as [Lang, LanguagePack][]);
const loads = new Map<Lang, Promise<boolean>>();
const failed = new Set<Lang>();

let registered = 0;

/** How many times a language was registered: what was read in the languages here is out of date when it changes. */
export const languagesRegistered = (): number => registered;

/** Makes `lang` available to every chart on the page: its messages and the report's texts. */
export function registerLanguage(lang: Lang, pack: LanguagePack): void {
  registered++;
  packs.set(lang, pack);
  hooks.delete(lang);
  failed.delete(lang);
}

/** Whether `lang`'s texts are here. */
export const hasLanguage = (lang: Lang): boolean => packs.has(lang);

/** Whether fetching `lang` was tried and failed: its file is not beside the script, or was blocked. */
export const languageFailed = (lang: Lang): boolean => failed.has(lang);

/**
 * Fetches `lang` once, however many charts ask; true once it is registered. A failed fetch is not
 * tried again: the charts stay in the language they have and say so.
 */
export function loadLanguage(lang: Lang): Promise<boolean> {
  if (packs.has(lang)) return Promise.resolve(true);
  let load = loads.get(lang);
  if (!load) {
    // No file to fetch it from (the npm build has every language): a failed fetch, as for a missing file.
    load = (loadPack ? loadPack(lang) : Promise.reject()).then(
      (pack) => (registerLanguage(lang, pack), true),
      () => (failed.add(lang), false),
    );
    loads.set(lang, load);
  }
  return load;
}

/** The language a chart falls back to while its own is missing: English when it is here. */
export const fallbackLang = (): Lang => (packs.has('en') ? 'en' : [...packs.keys()][0]);

const pack = (lang: Lang): LanguagePack => packs.get(lang) ?? packs.get(fallbackLang())!;

/*
 * A language's formatting hooks, read from a copy with no prototype: on a page that has put `date` or
 * `list` on Object.prototype, a missing hook must stay missing, not become a string to call.
 */
const hooks = new Map<Lang, NonNullable<LanguagePack['format']>>();
const format = (lang: Lang): NonNullable<LanguagePack['format']> => {
  let found = hooks.get(lang);
  if (!found) {
    found = Object.assign(Object.create(null), packs.get(lang)?.format);
    if (packs.has(lang)) hooks.set(lang, found!);
  }
  return found!;
};

/** A text of the report's data in `lang`, by its id (`hivOfficial.label`), when `lang` has one. */
export const reportText = (lang: Lang, id: string): string | undefined => packs.get(lang)?.report[id];

/** `ru-RU` means `ru`; anything the kit does not speak means `en`. */
export function resolveLang(tag: string | null | undefined): Lang {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return base === 'ru' || base === 'kk' ? base : 'en';
}

export type MessageKey = keyof Messages;
export type PluralKey = keyof PluralMessages;
export type MessageParams = Record<string, string | number>;

/**
 * A message in `lang` with `{name}` placeholders filled in as plain text. `{name|ablative}` puts the
 * value in that case, as the language's pack inflects it (Kazakh): "{value|ablative} астам" with
 * "40" is "40-тан астам".
 */
export function t(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  return fill(lang, pack(lang).messages[key], params);
}

/** A message in each language the kit speaks, as the report's texts are: its default titles and summary. */
export const inAllLangs = (key: MessageKey) => ({ en: t('en', key), ru: t('ru', key), kk: t('kk', key) });

// A placeholder is read with the full stop after it, if any: a value that ends in its own (an
// abbreviated date, "14 июн. 2018 г.", "14 мау.") ends the sentence with it, not with two.
function fill(lang: Lang, message: string, params: MessageParams): string {
  return message.replace(/\{(\w+)(?:\|(\w+))?\}(\.?)/g, (whole, name: string, grammaticalCase: string | undefined, stop: string) => {
    if (!(name in params)) return whole;
    let value = String(params[name]);
    const inflect = grammaticalCase && format(lang).inflect;
    if (inflect) value = inflect(value, grammaticalCase);
    return value.endsWith(stop) ? value : value + stop;
  });
}

/** What `writtenOnce` wrote, by object and language. */
const written = new WeakMap<object, Partial<Record<Lang, unknown>>>();

/**
 * What `write` writes for `key` (an entry, a chart's data) in `lang`, written the first time only:
 * for words that depend on neither width nor view (a timeline entry's, the estimates' values), so
 * that a width change lays them out again without writing them. One memo serves every kind of key:
 * each object keys one thing written (a timeline's entry is never an estimate's data).
 */
export function writtenOnce<T>(key: object, lang: Lang, write: () => T): T {
  let words = written.get(key);
  if (!words) written.set(key, (words = {}));
  return (words[lang] ??= write()) as T;
}

/** Picks the text for `lang` from text given in one or several languages. */
export function localize(text: LocalizedText, lang: Lang): string {
  return typeof text === 'string' ? text : (text[lang] ?? text.en);
}

// ---------------------------------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------------------------------

/** Intl's formatters, made once per language and options: making one costs more than using it. */
const formatters = new Map<string, unknown>();

function formatter<T>(key: string, make: () => T): T {
  if (!formatters.has(key)) formatters.set(key, make());
  return formatters.get(key) as T;
}

// Most numbers are written with no options: their key is not worth a JSON.stringify per number.
const numberFormat = (lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat =>
  formatter(`n${lang}${options === NO_OPTIONS ? '' : JSON.stringify(options)}`, () =>
    new Intl.NumberFormat(format(lang).numberLocale ?? lang, { maximumFractionDigits: 10, ...options }),
  );

const join = (parts: Intl.NumberFormatPart[]): string => parts.map((part) => part.value).join('');

const NO_OPTIONS: Intl.NumberFormatOptions = {};

/** Formats a number exactly as given: grouped, with the language's separators, never rounded. */
export function formatNumber(value: number, lang: Lang, options = NO_OPTIONS): string {
  // Ten fraction digits would write 1e-12 as "0": a value that small is written in scientific form,
  // never as zero. And -0 is 0.
  if (value !== 0 && Math.abs(value) < 1e-10) return numberFormat(lang, { ...options, notation: 'scientific' }).format(value);
  return numberFormat(lang, options).format(value === 0 ? 0 : value);
}

/** A year, never grouped ("2012", not "2,012"). */
export const formatYear = (year: number, lang: Lang): string => formatNumber(year, lang, { useGrouping: false });

/** A rate given in percent (45 means 45 %), as the language writes it: "45%", "45 %", "45%"; never rounded. */
export function formatPercent(value: number, lang: Lang): string {
  const parts = numberFormat(lang, { style: 'percent' }).formatToParts(value / 100);
  return join(format(lang).percent?.(parts) ?? parts);
}

/**
 * An amount of money exactly as given, the currency named in words ("22,360,000 US dollars",
 * "22 360 000 долларов США", "22 360 000 АҚШ доллары"). With `compact`, for a source that writes the
 * amount compactly, it is written so ("4.5 million US dollars"), never rounded: 4,512,000 stays
 * "4.512 million".
 */
export function formatMoney(value: number, currency: string, lang: Lang, notation?: 'compact'): string {
  const options: Intl.NumberFormatOptions = {
    style: 'currency',
    currency,
    currencyDisplay: 'name',
    minimumFractionDigits: 0,
    ...(notation === 'compact' ? { notation, compactDisplay: 'long' } : {}),
  };
  const parts = numberFormat(lang, options).formatToParts(value);
  return join(format(lang).money?.(parts, currency) ?? parts);
}

// ---------------------------------------------------------------------------------------------------
// Plurals and lists
// ---------------------------------------------------------------------------------------------------

/** The plural category of a number as the kit writes it (so "3,5" is Russian `other`: "в 3,5 раза"). */
export const pluralCategory = (count: number, lang: Lang): Intl.LDMLPluralRule =>
  // Chromium has CLDR's Kazakh plural rules (one, other), unlike its number data.
  formatter(`p${lang}`, () => new Intl.PluralRules(lang, { maximumFractionDigits: 10 })).select(count);

/** A message whose words follow the number `count`; `{count}` is the number as the reader reads it. */
export function tp(lang: Lang, key: PluralKey, count: number, params: MessageParams = {}): string {
  const forms = pack(lang).plural[key];
  const message = forms[pluralCategory(count, lang)] ?? forms.other;
  return fill(lang, message, { ...params, count: formatNumber(count, lang) });
}

/** "N times" as it stands after "over": "3.5 times", "в 3,5 раза", "в 5 раз", "3,5 еседен". */
export const formatTimes = (ratio: number, lang: Lang): string => tp(lang, 'times', ratio);

/** A list as the language writes it: "police and clients", "полиция и клиенты", "полиция не клиенттер". */
export const formatList = (items: readonly string[], lang: Lang, type: 'conjunction' | 'disjunction' = 'conjunction'): string =>
  format(lang).list?.(items, type) ?? formatter(`l${lang}${type}`, () => new Intl.ListFormat(lang, { type })).format(items);

// ---------------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------------

interface ParsedDate extends DateFields {
  utc: number;
}

/**
 * Milliseconds of a UTC day, as `Date.UTC` gives them, but for every year: `Date.UTC` reads the
 * years 0 to 99 as 1900 to 1999, and a year written "0050" is the year 50.
 */
export function utcTime(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return date.getTime();
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (month from 1); anything else, 2015-02-30 too, is not a date. */
export function parseDate(text: string): ParsedDate | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(text.trim());
  if (!match) return undefined;
  const [, y, m, d] = match;
  const year = Number(y);
  const month = m === undefined ? 1 : Number(m);
  const day = d === undefined ? 1 : Number(d);
  const utc = utcTime(year, month - 1, day);
  const real = new Date(utc);
  if (real.getUTCMonth() !== month - 1 || real.getUTCDate() !== day) return undefined;
  return { year, month, day, utc, precision: d !== undefined ? 'day' : m !== undefined ? 'month' : 'year' };
}

const DATE_FIELDS: Record<DateFields['precision'], Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'short' },
  day: { year: 'numeric', month: 'short', day: 'numeric' },
};
const dateFormat = (lang: Lang, precision: DateFields['precision']): Intl.DateTimeFormat =>
  formatter(`d${lang}${precision}`, () => new Intl.DateTimeFormat(lang, { timeZone: 'UTC', ...DATE_FIELDS[precision] }));

/** A year with the part of it a source names: "Q1 2021", "mid-2005". */
function formatYearPart(year: number, part: YearPart, lang: Lang): string {
  const y = formatYear(year, lang);
  if (part === 'mid') return t(lang, 'dateMidYear', { year: y });
  return t(lang, 'dateQuarter', { year: y, quarter: part.slice(1) });
}

/**
 * A date as written in the data (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), at the precision it was given:
 * "2012", "Dec 2003", "Nov 5, 2015"; with `part`, the part of the year a source names ("Q1 2021").
 * Text that is not such a date is returned as it is.
 */
export function formatDateText(date: string, lang: Lang, part?: YearPart): string {
  const parsed = parseDate(date);
  if (!parsed) return date;
  if (part && parsed.precision === 'year') return formatYearPart(parsed.year, part, lang);
  if (parsed.precision === 'year') return formatYear(parsed.year, lang);
  const custom = format(lang).date?.(parsed);
  if (custom) return custom;
  const written = dateFormat(lang, parsed.precision);
  if (parsed.year > 0) return written.format(parsed.utc);
  // Intl's calendar has no year 0 (it writes "Jan 1 BC"): the year is written as the data gives it.
  return written
    .formatToParts(parsed.utc)
    .flatMap((part) => (part.type === 'era' ? [] : [part.type === 'year' ? formatYear(parsed.year, lang) : part.value]))
    .join('')
    .trim();
}

/**
 * A period from `start` to `end` (same forms as `formatDateText`). Two dates of one precision are
 * written by `Intl.DateTimeFormat.formatRange`, shared fields once ("Jan – Jun 2005", "2018–2020");
 * dates of different precision, or a part of a year ("Dec 2003 – mid-2005"), each on its own.
 */
export function formatDateSpan(
  start: string,
  end: string,
  lang: Lang,
  parts: { start?: YearPart; end?: YearPart } = {},
): string {
  const [a, b] = [parseDate(start), parseDate(end)];
  // Intl has no year 0 (see formatDateText): a span from it is written date by date.
  if (a && b && a.precision === b.precision && !parts.start && !parts.end && a.year > 0) {
    return format(lang).range?.(a, b) ?? dateFormat(lang, a.precision).formatRange(a.utc, b.utc);
  }
  return t(lang, 'timelineSpan', {
    start: formatDateText(start, lang, parts.start),
    end: formatDateText(end, lang, parts.end),
  });
}

// ---------------------------------------------------------------------------------------------------
// The first format
// ---------------------------------------------------------------------------------------------------

/*
 * A page's first number or date format costs 30-65 ms on a 2-core machine (Chromium loads ICU's
 * data then), in whichever chart formats first. The kit pays it in the first idle moment after its
 * script has run, in the page's language if it is here (a language still to be fetched may format
 * through another locale: Kazakh numbers through Russian's), so that a chart drawn later (its data
 * fetched, or added by a framework) does not wait for it. A chart drawn before then pays it as it
 * always did: once.
 */
if (globalThis.document) {
  (globalThis.requestIdleCallback ?? setTimeout)(() => {
    const page = resolveLang(document.documentElement.lang);
    const lang = packs.has(page) ? page : fallbackLang();
    numberFormat(lang, NO_OPTIONS);
    dateFormat(lang, 'month');
  });
}
