/**
 * English strings: the reference every translation follows. `{name}` marks a value the kit fills in;
 * keep it, move it where the language needs it.
 */
export const en = {
  loading: 'Loading the chart data…',
  source: 'Source',
  sources: 'Sources',
  showTable: 'Show the data',
  tableFigure: 'Figure',
  tableValue: 'Value',
  tableDate: 'Refers to',
  tableSource: 'Source and quote',
  dateNotStated: 'not stated',
  moreThan: 'more than {value}',
  dateQuarter: 'Q{quarter} {year}',
  dateMidYear: 'mid-{year}',
  sourceUrl: 'Source link',
  quote: 'Quote',
  quoteTranslated: 'Translation (by this chart, not the source’s words)',
  quoteOriginal: 'Original',
  downloadOrCite: 'Download or cite',
  downloadCsv: 'Download data (CSV)',
  downloadSvg: 'Download image (SVG)',
  downloadPng: 'Download image (PNG)',
  cite: 'Copy citation',
  citationCopied: 'Citation copied.',
  pngBlocked: 'This page’s security policy does not let the chart draw a PNG image (its img-src needs data:).',
  pngTooLarge: 'The chart is too large for a PNG image.',
  pngFailed: 'This browser could not draw the PNG image.',
  pngUseSvg: 'Download the SVG image instead.',
  scriptUnavailable: 'Part of the chart’s script did not load. Reload the page and try again.',
  citationManual: 'Copy this citation:',
  citation: '{title}. Chart from amelia-report-charts, after the report by the “Amelia” NGO (Taldykorgan, Kazakhstan) on sex work, violence and HIV in Kazakhstan, released 5 November 2015. Sources: {sources}. Accessed {date}.',
  keyboardHint: 'Chart. Use the arrow keys, Home and End to move between data points; Escape hides the point.',
  keyboardKeys: 'Arrow keys, Home and End: move between data points. Escape: hide the point. Tab: leave the chart.',
  axisCount: 'Number of people',
  axisRate: 'Percent',
  // A chart whose language is still loading, or could not be loaded, is drawn in a language the page has.
  langLoading: 'The {language} text of this chart is loading.',
  langMissing: 'The {language} text of this chart could not be loaded, so it is shown in English.',
  languageEn: 'English',
  languageRu: 'Russian',
  languageKk: 'Kazakh',

  errorInvalidJson: 'The chart data is not valid JSON: {detail}.',
  jsonAt: 'there is a mistake at line {line}, column {column}',
  jsonEnd: 'the text stops too soon',
  jsonUnreadable: 'it cannot be read',
  errorLoadFailed: 'The chart data could not be loaded from {url}: {detail}.',
  errorInvalidData: 'The chart data has a problem: {detail}.',
  errorNoData: 'There is no data to draw.',
  httpStatus: 'the server answered {status}',
  networkError: 'the request failed (offline, blocked, or the address is wrong)',
  csvReaderUnavailable: 'the CSV reader did not load',
  timeout: 'the server did not answer within {seconds} s',
  tooLarge: 'the file is larger than {megabytes} MB',
  unexpected: 'it could not be read',
  objectAsAttribute: 'it came as the text “[object Object]” because the page set it before the chart script loaded. Load the script first, or set the data property',
  unknownFormat: 'the response is neither JSON nor CSV',
  tooManyRows: 'it has more than {max} rows, more than a chart can show; split it into several charts',
  notAList: 'expected a list of rows',
  rowNotObject: 'row {row} is not an object',
  missingField: 'row {row} has no "{field}"',
  notANumber: 'row {row}: "{field}" is not a number ({value})',
  negativeNumber: 'row {row}: "{field}" must not be negative ({value})',
  rateOutOfRange: 'row {row}: a rate is a percentage from 0 to 100 ({value})',
  notOneOf: 'row {row}: "{field}" must be one of {allowed} ({value})',
  textTooLong: '"{field}" is longer than {max} characters ({value})',

  hivTitle: 'HIV-positive sex workers in Kazakhstan: official estimate and public data',
  estimatesTitle: 'Estimates compared',
  hivSummaryPair:
    '{low} says {lowValue}; {high} says {highValue}, over {times} as many (worked out by this chart; the sources do not give it).',
  hivSummaryList: 'The chart shows {list}.',
  andMore: 'and {count} more',
  compactNote: '{count} estimates, drawn as thin stripes; every value is on the keyboard and in the data download (CSV).',
  listSeparator: '; ',

  // <violence-breakdown>
  violenceReportTitle: 'Abuse of sex workers in Kazakhstan: the forms the report names, and who commits them',
  violenceMeasuredTitle: 'Violence against women who sell sex in Kazakhstan: rates measured in surveys',
  violenceNamedTitle: 'Forms of abuse by perpetrator',
  violenceRatesTitle: 'Abuse measured in surveys',
  violenceUnspecified: 'perpetrator not specified',
  violenceUnspecifiedHeading: 'Perpetrator not specified',
  violenceForm: 'Form of abuse',
  violencePerpetrator: 'Perpetrator',
  violenceSample: 'Sample',
  violenceNamed: 'named, quote {key}',
  violenceNotNamed: 'not named',
  violenceQuotes: 'Quotes',
  violenceNamedPoint: '{perpetrator}: {form}, named in the source',
  violenceUnspecifiedPoint: '{form}: perpetrator not specified',
  violenceQuoted: '{text}: “{quote}”',
  violenceSummaryNamed: 'Perpetrators named: {list}.',
  violenceSummaryUnspecified: 'Perpetrator not specified: {list}.',
  violenceTied: '{form} ({perpetrators})',
  violencePair: '{perpetrator}: {form}',
  violenceN: 'n = {n}',
  violenceNNotStated: 'n not stated',
  violenceOf: '{count} of {n} = {rate}',
  violenceOfAbout: '{count} of {n} ≈ {rate}',
  violenceNoRate: '{count} (no rate: n not given)',
  violenceCountsPanel: 'Counts without a sample size: no rate can be computed',
  violenceWhole: '{whole}: shares of one whole',
  violenceRest: 'Not stated',
  violenceSummarySample: '{sample}: {items}.',
  violencePoint: '{label}: {value}; {sample}',
  violenceApart: 'Each sample is drawn on its own; rates from different samples are never stacked or added.',
  violenceCountAboveN: 'row {row}: the count {value} is larger than "n" ({n})',
  violenceBadN: 'row {row}: "n" must be a whole number above 0 ({value})',
  violencePartsOver100: 'the shares of "{whole}" add up to more than 100 % ({sum} %)',
  violenceFearHeading: 'A fear the report records, not an abuse',
  violenceFeared: '{form} (feared: {who})',
  violenceSummaryFear: 'The report also records a fear, not an abuse: {list}.',
  violenceFearPoint: '{heading}: {fear}',
  violenceCompactNamed: '{count} forms of abuse, drawn as small marks; every pair is on the keyboard and in the data download (CSV).',
  violenceCompactMeasured: '{count} figures, drawn as thin stripes; every value is on the keyboard and in the data download (CSV).',
  violenceMoreSamples: '{count} more samples are in the data download (CSV).',
  violenceFearFields: 'row {row}: a fear names whom sex workers fear ("feared"), not a "perpetrator", "value" or "kind"',

  // <funding-timeline>
  timelineTitle: 'Sex work, HIV money and the law in Kazakhstan, 2001–2026',
  timelineDefaultTitle: 'Timeline',
  timelineReportSummary:
    'The Amelia report says the Global Fund stopped paying for prevention for sex workers in 2012. Kazakhstan’s Country Coordinating Mechanism asks the Global Fund for grants. It says that since 2014 Kazakhstan is no longer eligible for new HIV grants. The reason: it became an upper-middle-income country. Each amount is shown on its own, never added to another.',
  timelineSummary: 'Entries on the timeline: {count}, from {from} to {to}. Each amount is shown on its own, never added to another.',
  timelineKindEvent: 'Event',
  timelineKindAwarded: 'Grant total',
  timelineKindApproved: 'Approved',
  timelineKindDisbursed: 'Disbursed',
  timelineKindRequest: 'Funding request',
  timelineKindAllocation: 'Allocation',
  timelineSpan: '{start} – {end}',
  timelineOpenEnd: 'from {start}, end not stated',
  timelineTableKind: 'Kind',
  timelineTableAmount: 'Amount',
  timelineInvalidDate:
    'row {row}: "{field}" is not a date written YYYY, YYYY-MM or YYYY-MM-DD, or a span YYYY/YYYY ({value})',
  timelineEndBeforeStart: 'row {row}: the end ({end}) comes before the start ({start})',
  timelineEndTwice: 'row {row}: the end is given twice, in "date" and in "end"',
  timelineEventSpan: 'row {row}: an event has a single date, not a span ({value})',
  timelineEventValue: 'row {row}: an event has no "value"; an amount needs a kind such as "awarded" or "request" ({value})',
  timelineBadCurrency: 'row {row}: "currency" must be a three-letter code such as USD ({value})',
  timelineBadDatePart: 'row {row}: "{field}" must be one of {allowed}, given with a date written as a year ({value})',
  timelineBadNotation: 'row {row}: "notation" can only be "compact", and only for an amount ({value})',
  timelineBarNote: 'A bar spans the period of its amount: its length is time, not money.',
  timelineCompactNote: '{count} entries, one thin row each in date order; every entry is on the keyboard and in the data download (CSV).',
};

/** The shape every language's strings have. */
export type Messages = { [K in keyof typeof en]: string };

/**
 * Messages whose words change with a number: one text per plural category the language has
 * (`Intl.PluralRules`: English one/other; Russian one/few/many/other; Kazakh one/other), `{count}`
 * being the number as the reader reads it.
 */
export const enPlural = {
  /** "N times", as it stands after "over" in a comparison ("over 3.5 times as many"). */
  times: { one: '{count} time', other: '{count} times' },
};

/** One text per plural category; `other` is the one every language has. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The shape every language's plural messages have. */
export type PluralMessages = { [K in keyof typeof enPlural]: PluralForms };
