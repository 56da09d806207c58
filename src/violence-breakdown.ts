import { define } from './internal/define.js';
import type { ChartErrorDetail } from './internal/errors.js';
import { ViolenceBreakdown } from './violence-breakdown/violence-breakdown.js';

export * from './violence-breakdown/violence-breakdown.js';

define('violence-breakdown', ViolenceBreakdown);

declare global {
  interface HTMLElementTagNameMap {
    'violence-breakdown': ViolenceBreakdown;
  }
  // Every tag module declares the kit's events, so that importing any one of them types
  // `addEventListener('chart-error', (event) => event.detail)`.
  interface HTMLElementEventMap {
    'chart-rendered': CustomEvent<null>;
    'chart-error': CustomEvent<ChartErrorDetail>;
  }
}
