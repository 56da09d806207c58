import type { Lang } from '../data/types.js';
import { formatNumber, t, type MessageKey, type MessageParams } from './i18n.js';
import { ON_DEMAND } from './on-demand.js';

/** Why a chart could not be drawn; the `reason` of a `chart-error` event. */
export type ChartErrorReason = 'invalid-json' | 'load-failed' | 'invalid-data' | 'no-data';

/** The `detail` of a `chart-error` event. */
export interface ChartErrorDetail {
  reason: ChartErrorReason;
  /** The message the element shows, in its language. */
  message: string;
}

/**
 * A problem with a chart's input. It carries message keys, not text, so the element can show it in
 * whatever language it is in when it renders.
 */
export class ChartDataError extends Error {
  constructor(
    readonly reason: ChartErrorReason,
    readonly detailKey?: MessageKey,
    readonly params: MessageParams = {},
  ) {
    super(`${reason}${detailKey ? `: ${detailKey}` : ''}`);
    this.name = 'ChartDataError';
  }
}

export const invalid = (key: MessageKey, params: MessageParams = {}) => new ChartDataError('invalid-data', key, params);

/** What a chart says for each reason: `{detail}` in it is what the error found, `{url}` where it loaded from. */
const REASON_MESSAGES: Record<ChartErrorReason, MessageKey> = {
  'invalid-json': 'errorInvalidJson',
  'load-failed': 'errorLoadFailed',
  'invalid-data': 'errorInvalidData',
  'no-data': 'errorNoData',
};

/** What the chart says for `error`, in `lang`; numbers in it as the language writes them ("10 000"). */
export function errorMessage(error: ChartDataError, lang: Lang): string {
  const params = Object.fromEntries(
    Object.entries(error.params).map(([name, value]) => [name, typeof value === 'number' ? formatNumber(value, lang) : value]),
  );
  const detail = error.detailKey ? t(lang, error.detailKey, params) : '';
  // Part of the script did not load from chunks/ (the reader, data-controller.ts, or a view): there is
  // no more to say. The one-file builds load none.
  if (ON_DEMAND && error.detailKey === 'scriptUnavailable') return detail;
  return t(lang, REASON_MESSAGES[error.reason], { detail, url: error.params.url ?? '' });
}
