import type { Messages, PluralMessages } from '../i18n/en.js';

/** The texts of the report's data in one language, by id (`hivOfficial.label`, `quote.size`). */
export type ReportTexts = Readonly<Record<string, string>>;

/** A date as written in the data (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), read at the precision given. */
export interface DateFields {
  year: number;
  /** 1-12. */
  month: number;
  day: number;
  precision: 'year' | 'month' | 'day';
}

/**
 * What a language writes differently from what a browser's `Intl` gives it, where browsers lack the
 * language's CLDR data (Kazakh); each part left out is `Intl`'s.
 */
export interface LanguageFormat {
  /** The locale whose number data the language shares, used in its place. */
  numberLocale?: string;
  /** A percent formatted by `numberLocale`, put right. */
  percent?(parts: Intl.NumberFormatPart[]): Intl.NumberFormatPart[];
  /** An amount of money, the currency named in words, formatted by `numberLocale`, put right. */
  money?(parts: Intl.NumberFormatPart[], currency: string): Intl.NumberFormatPart[];
  list?(items: readonly string[], type: 'conjunction' | 'disjunction'): string;
  date?(date: DateFields): string;
  /** Two dates of one precision, shared fields written once. */
  range?(start: DateFields, end: DateFields): string;
  /** A value put in a grammatical case, as a message's `{name|case}` asks. */
  inflect?(value: string, grammaticalCase: string): string;
}

/**
 * Everything a language brings: the kit's messages, the messages that follow a number, the labels
 * and quote translations of the report's data, and what its formatting needs beyond `Intl`.
 * `dist/lang/<lang>.js` is one pack.
 */
export interface LanguagePack {
  messages: Messages;
  plural: PluralMessages;
  report: ReportTexts;
  format?: LanguageFormat;
}
