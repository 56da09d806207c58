/** Languages the kit speaks. */
export type Lang = 'en' | 'ru' | 'kk';

/** Text given in one language, or in several keyed by language (English is the fallback). */
export type LocalizedText = string | ({ en: string } & Partial<Record<Lang, string>>);

/**
 * What a figure is. Kinds are never mixed on one axis:
 * - `count`: a number of people or things (28 people);
 * - `lower-bound`: an open-ended count ("over 100"), drawn and read as "more than";
 * - `rate`: a percentage, 0 to 100 (1.3 means 1.3 %);
 * - `money`: an amount in `currency`;
 * - `event`: a dated fact with no number.
 */
export type FigureKind = 'count' | 'lower-bound' | 'rate' | 'money' | 'event';

/** Where a figure was read. `url` is shown as a link only when it is http(s). */
export interface Source {
  title: string;
  url?: string;
  /** The words in the source that state the figure. */
  quote?: string;
  /** Language of the title and quote when it may differ from the chart's (`en`), so screen readers switch voice. */
  lang?: string;
  /** Language of the quote, when it differs from the title's. */
  quoteLang?: string;
  /** The quote in other languages, translated by the kit (see `QuoteTranslation`); `quote` stays the original. */
  quoteTranslation?: QuoteTranslation;
}

/** A source as input data may give it: its title alone, or the whole source. */
export type SourceInput = string | Source;

/**
 * The source fields a row of input data may carry (a CSV file has the same columns): a `source`, or
 * its title with `source_url` and `quote` beside it. Data may also give one `source` for every row.
 */
export interface RowSourceInput {
  source?: SourceInput;
  source_url?: string;
  quote?: string;
}

/** One figure of the report's data, with its provenance. */
export interface Figure {
  /** Stable identifier, used by tests and partner overrides. */
  id: string;
  label: LocalizedText;
  kind: FigureKind;
  /** Absent for events. */
  value?: number;
  /** ISO currency code, for `money`. */
  currency?: string;
  /** The date the figure refers to: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or a span `YYYY/YYYY`; absent when the source gives none. */
  date?: string;
  /** The end of a span, when it is given apart from `date` (same formats). */
  end?: string;
  /**
   * The part of the year `date` names, when the source is that precise and no more: `date: '2021'`
   * with `datePart: 'Q1'` is "Q1 2021". `date` alone stays true for a reader that ignores this.
   */
  datePart?: YearPart;
  /** The same for `end`: `end: '2005'` with `endPart: 'mid'` is "mid-2005", not the end of 2005. */
  endPart?: YearPart;
  /** For `money`: what the amount is; kinds are never added together. */
  subkind?: MoneyKind;
  /**
   * `compact` when the source writes the amount compactly ("$4.5 million"): it is shown so, because
   * 4,500,000 would claim a precision the source does not give.
   */
  notation?: 'compact';
  source: Source;
}

/**
 * A part of a year that a source names: a quarter, or the middle of the year ("mid-2005", a point
 * the source gives no closer than that).
 */
export type YearPart = 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'mid';

/**
 * A quote translated for readers of other languages, keyed by language. The translation is the
 * kit's, never the source's words: it is shown marked as a translation, with the original
 * (`Source.quote`, in `Source.quoteLang ?? Source.lang`) one step away, and exported beside it.
 */
export type QuoteTranslation = Partial<Record<Lang, string>>;

/**
 * What an amount of money is: a grant's total (`awarded`; shown as "grant total", the most a source
 * saying "for a total of" supports), an amount `approved` or `disbursed`, a funding `request` (or
 * application), or an `allocation` offered by a funder.
 */
export type MoneyKind = 'awarded' | 'approved' | 'disbursed' | 'request' | 'allocation';

/**
 * A record of abuse: a form of abuse by a perpetrator. Without `value` it says only that a source
 * names this form and ties it to this perpetrator (or to none, when `perpetrator` is absent: the
 * source does not say who). With `value` it is a measured `count` or `rate` (percent, 0-100), of a
 * sample of `n` people when `n` is known.
 *
 * With `record: 'fear'` it is not an abuse at all but a fear the source records (sex workers fear
 * being identified by the police or health officials): `feared` names whom they fear, who are not
 * perpetrators of anything the source attributes, and `perpetrator` is absent. A view never draws
 * it in a perpetrator's column nor as an abuse with its perpetrator not specified.
 */
export interface AbuseRecord {
  form: LocalizedText;
  /** Absent when the source does not name the perpetrator. */
  perpetrator?: LocalizedText;
  /** `abuse` (the default, when absent) or `fear`: what kind of record this is. */
  record?: 'abuse' | 'fear';
  /** For a fear: whom the source says sex workers fear, in its order. Not perpetrators. */
  feared?: LocalizedText[];
  value?: number;
  /** Present exactly when `value` is. */
  kind?: 'count' | 'rate';
  /** Size of the sample the count or rate was measured in. */
  n?: number;
  /** Who the sample is: "women who sell sex and use drugs". */
  population?: LocalizedText;
  place?: LocalizedText;
  /** `YYYY` or a span `YYYY/YYYY`. */
  date?: string;
  /** Records with the same `part_of`, in one sample, are shares of one whole (one 100 % bar). */
  part_of?: LocalizedText;
  source: Source;
}
