import { FundingTimeline } from './funding-timeline/funding-timeline.js';
import { define } from './internal/define.js';

export * from './funding-timeline/funding-timeline.js';

define('funding-timeline', FundingTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'funding-timeline': FundingTimeline;
  }
}
