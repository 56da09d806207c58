import { HivEstimateGap } from './hiv-estimate-gap/hiv-estimate-gap.js';
import { define } from './internal/define.js';
import type { ChartErrorDetail } from './internal/errors.js';

export * from './hiv-estimate-gap/hiv-estimate-gap.js';

define('hiv-estimate-gap', HivEstimateGap);

declare global {
  interface HTMLElementTagNameMap {
    'hiv-estimate-gap': HivEstimateGap;
  }
  // Every tag module declares the kit's events, so that importing any one of them types
  // `addEventListener('chart-error', (event) => event.detail)`.
  interface HTMLElementEventMap {
    'chart-rendered': CustomEvent<null>;
    'chart-error': CustomEvent<ChartErrorDetail>;
  }
}
