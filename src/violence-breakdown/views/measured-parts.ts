import { html, type TemplateResult } from 'lit';
import type { Lang } from '../../data/types.js';
import { axisTicks, type Tick } from '../../internal/axis.js';
import { formatNumber, formatPercent } from '../../internal/i18n.js';
import type { Measure } from '../../internal/measure-text.js';
import { linearScale, type LinearScale } from '../../internal/scale.js';
import type { MeasuredInput } from '../measures.js';

/* What the measured view's two drawings share, panels and stripes: scales, ticks and fill patterns. */

/** Pixels per tick label on the count scale, as in the other elements. */
const TICK_SPACING = 80;

/** A scale from zero to the largest count, over the width. */
export function countScale(records: MeasuredInput[], width: number): LinearScale {
  const reach = records.reduce((max, { value }) => Math.max(max, value), 0);
  return linearScale([0, reach > 0 ? reach : 1], [0, width]);
}

/** 0, 50 and 100 % on a phone; quarters where there is room. */
export function rateTicks(width: number, lang: Lang): Tick[] {
  const values = width >= 400 ? [0, 25, 50, 75, 100] : [0, 50, 100];
  return values.map((value) => ({
    x: (value / 100) * width,
    text: formatPercent(value, lang),
    anchor: value === 0 ? 'start' : value === 100 ? 'end' : 'middle',
  }));
}

/**
 * The count axis's ticks, their labels measured (`measure`) so that they neither overlap nor leave
 * the axis: at most one per TICK_SPACING pixels, fewer when the labels are long (1e20 and up).
 */
export function countTicks(x: LinearScale, width: number, lang: Lang, measure: Measure): Tick[] {
  const spaced = (text: string) => Math.max(measure(text), TICK_SPACING - 10);
  return axisTicks(x, width, (value) => formatNumber(value, lang), spaced);
}

/** The fills that tell shares apart by pattern as well as by colour, defined once per drawing. */
export const patterns: TemplateResult = html`<svg class="defs" width="0" height="0" aria-hidden="true">
  <defs>
    <pattern id="vb-p1" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect class="pat-bg" width="6" height="6"></rect>
      <rect class="pat-fg" width="3" height="6"></rect>
    </pattern>
    <pattern id="vb-p2" width="6" height="6" patternUnits="userSpaceOnUse">
      <rect class="pat-bg" width="6" height="6"></rect>
      <circle class="pat-fg" cx="3" cy="3" r="2"></circle>
    </pattern>
  </defs>
</svg>`;
