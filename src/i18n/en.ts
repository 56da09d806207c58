/**
 * English strings: the reference every translation follows. `{name}` marks a value the kit fills in;
 * keep it, move it where the language needs it.
 */
export const en = {
  loading: 'Loading the chart data…',
  source: 'Source',
  sources: 'Sources',
  showTable: 'Show the data',
  hideTable: 'Hide the data',
  tableFigure: 'Figure',
  tableValue: 'Value',
  tableDate: 'Refers to',
  tableSource: 'Source and quote',
  dateNotStated: 'not stated',
  moreThan: 'more than {value}',
  percent: '{value} %',
  axisCount: 'Number of people',
  axisRate: 'Percent',

  errorInvalidJson: 'The chart data is not valid JSON: {detail}.',
  errorLoadFailed: 'The chart data could not be loaded from {url}: {detail}.',
  errorInvalidData: 'The chart data has a problem: {detail}.',
  errorNoData: 'There is no data to draw.',
  httpStatus: 'the server answered {status}',
  networkError: 'the request failed (offline, blocked, or the address is wrong)',
  unexpected: 'it could not be read ({detail})',
  unknownFormat: 'the response is neither JSON nor CSV',
  notAList: 'expected a list of rows',
  rowNotObject: 'row {row} is not an object',
  missingField: 'row {row} has no "{field}"',
  notANumber: 'row {row}: "{field}" is not a number ({value})',
  negativeNumber: 'row {row}: "{field}" must not be negative ({value})',
  rateOutOfRange: 'row {row}: a rate is a percentage from 0 to 100 ({value})',
  unknownKind: 'row {row}: "kind" must be one of {allowed} ({value})',

  hivTitle: 'HIV-positive sex workers in Kazakhstan: official estimate and public data',
  estimatesTitle: 'Estimates compared',
  hivSummaryPair: '{low} says {lowValue}; {high} says {highValue}, over {ratio} times as many.',
  hivSummaryList: 'The chart shows {list}.',
  listSeparator: '; ',
};

/** The shape every language's strings have. */
export type Messages = { [K in keyof typeof en]: string };
