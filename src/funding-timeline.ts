import { FundingTimeline } from './funding-timeline/funding-timeline.js';
import { define } from './internal/define.js';
import type { ChartErrorDetail } from './internal/errors.js';

export * from './funding-timeline/funding-timeline.js';

define('funding-timeline', FundingTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'funding-timeline': FundingTimeline;
  }
  // Every tag module declares the kit's events, so that importing any one of them types
  // `addEventListener('chart-error', (event) => event.detail)`.
  interface HTMLElementEventMap {
    'chart-rendered': CustomEvent<null>;
    'chart-error': CustomEvent<ChartErrorDetail>;
  }
}
