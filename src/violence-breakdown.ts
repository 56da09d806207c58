import { define } from './internal/define.js';
import { ViolenceBreakdown } from './violence-breakdown/violence-breakdown.js';

export * from './violence-breakdown/violence-breakdown.js';

define('violence-breakdown', ViolenceBreakdown);

declare global {
  interface HTMLElementTagNameMap {
    'violence-breakdown': ViolenceBreakdown;
  }
}
