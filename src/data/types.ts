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
  source: Source;
}
