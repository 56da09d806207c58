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
  /** For `money`: what the amount is; kinds are never added together. */
  subkind?: MoneyKind;
  source: Source;
}

/**
 * What an amount of money is: a grant `awarded` in total, an amount `approved` or `disbursed`, a
 * funding `request` (or application), or an `allocation` offered by a funder.
 */
export type MoneyKind = 'awarded' | 'approved' | 'disbursed' | 'request' | 'allocation';

/**
 * A record of abuse: a form of abuse by a perpetrator. Without `value` it says only that a source
 * names this form and ties it to this perpetrator (or to none, when `perpetrator` is absent: the
 * source does not say who). With `value` it is a measured `count` or `rate` (percent, 0-100), of a
 * sample of `n` people when `n` is known.
 */
export interface AbuseRecord {
  form: LocalizedText;
  /** Absent when the source does not name the perpetrator. */
  perpetrator?: LocalizedText;
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
