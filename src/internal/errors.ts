import type { MessageKey, MessageParams } from './i18n.js';

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
