import { HivEstimateGap } from './hiv-estimate-gap/hiv-estimate-gap.js';
import { define } from './internal/define.js';

export * from './hiv-estimate-gap/hiv-estimate-gap.js';

define('hiv-estimate-gap', HivEstimateGap);

declare global {
  interface HTMLElementTagNameMap {
    'hiv-estimate-gap': HivEstimateGap;
  }
}
