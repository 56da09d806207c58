import type { Lang, LocalizedText } from '../data/types.js';
import { en, type Messages } from '../i18n/en.js';
import { kk } from '../i18n/kk.js';
import { ru } from '../i18n/ru.js';

const catalogs: Record<Lang, Messages> = { en, ru, kk };

/** `ru-RU` means `ru`; anything the kit does not speak means `en`. */
export function resolveLang(tag: string | null | undefined): Lang {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return base === 'ru' || base === 'kk' ? base : 'en';
}

export type MessageKey = keyof Messages;
export type MessageParams = Record<string, string | number>;

/** A message in `lang` with `{name}` placeholders filled in as plain text. */
export function t(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  return catalogs[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Picks the text for `lang` from text given in one or several languages. */
export function localize(text: LocalizedText, lang: Lang): string {
  return typeof text === 'string' ? text : (text[lang] ?? text.en);
}

// Chromium claims to support Kazakh but formats it with English separators ("19,606.5"). CLDR gives
// Kazakh the same number symbols as Russian (no-break space to group, comma for decimals), so
// numbers in Kazakh are formatted with Russian's rules.
const numberLocale = (lang: Lang): string => (lang === 'kk' ? 'ru' : lang);

const formatters = new Map<string, Intl.NumberFormat>();

/** Formats a number exactly as given: grouped, with the language's separators, never rounded. */
export function formatNumber(value: number, lang: Lang, options: Intl.NumberFormatOptions = {}): string {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(numberLocale(lang), { maximumFractionDigits: 10, ...options });
    formatters.set(key, format);
  }
  return format.format(value);
}

/** A year, never grouped ("2012", not "2,012"). */
export const formatYear = (year: number, lang: Lang): string => formatNumber(year, lang, { useGrouping: false });
