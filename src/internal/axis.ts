import { svg, type SVGTemplateResult } from 'lit';
import type { Measure } from './measure-text.js';
import type { LinearScale } from './scale.js';

/** A labelled tick of a value axis, anchored so that its label stays inside the axis. */
export interface Tick {
  x: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
}

/** Space kept between two tick labels, in pixels. */
const LABEL_GAP = 10;

/**
 * The ticks of `scale` over `[0, width]` whose labels, measured as drawn, neither overlap nor run
 * outside the axis: the most that fit, from d3's nice steps. A label that would cross an edge is
 * anchored to it. Long labels ("100,000,000,000,000,000,000") thus get fewer ticks, never a pile.
 */
export function axisTicks(scale: LinearScale, width: number, format: (value: number) => string, measure: Measure): Tick[] {
  // A label is at least a few pixels wide: more candidates than this could never fit.
  for (let count = Math.max(1, Math.floor(width / 30)); count >= 1; count = Math.min(count - 1, Math.floor(count / 1.5))) {
    // Near Number.MAX_VALUE d3's step overflows and a tick comes back NaN: it is no tick.
    const ticks = place(scale.ticks(count).filter(Number.isFinite), scale, width, format, measure);
    if (ticks?.length) return ticks;
  }
  // Not even one step fits (a label wider than the axis): the scale's start alone, when it fits.
  return place([scale.domain[0]], scale, width, format, measure) ?? [];
}

/** The ticks with their anchors, or undefined when two labels collide or one leaves the axis. */
function place(values: number[], scale: LinearScale, width: number, format: (value: number) => string, measure: Measure): Tick[] | undefined {
  const ticks: Tick[] = [];
  let right = -Infinity;
  for (const value of values) {
    const x = scale(value);
    const text = format(value);
    const w = measure(text);
    if (w > width) return undefined;
    const anchor = x - w / 2 < 0 ? 'start' : x + w / 2 > width ? 'end' : 'middle';
    const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
    if (left < right + LABEL_GAP || left < 0 || left + w > width) return undefined;
    right = left + w;
    ticks.push({ x, text, anchor });
  }
  return ticks;
}

/** Vertical grid lines at the ticks, `height` tall: one path, drawn in every row of a chart. */
export const renderGrid = (ticks: readonly Tick[], height: number): SVGTemplateResult =>
  svg`<path class="grid" d=${ticks.map((tick) => `M${tick.x},0V${height}`).join('')}></path>`;

/** The tick labels, on one line `height` tall; a label's text is its whole content, set as a property (no marker). */
export const renderTickLabels = (ticks: readonly Tick[], height: number): SVGTemplateResult[] =>
  ticks.map((tick) => svg`<text x=${tick.x} y=${height - 5} text-anchor=${tick.anchor} .textContent=${tick.text}></text>`);
