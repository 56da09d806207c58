import { html, nothing, svg } from 'lit';
import { renderGrid, renderTickLabels, type Tick } from '../../internal/axis.js';
import type { FocusPoint } from '../../internal/chart-element.js';
import { t } from '../../internal/i18n.js';
import { pointLater } from '../../internal/point-controller.js';
import { figureLabel, measuredPoint, rateOf } from '../measures.js';
import { stripe as stripePath } from '../../internal/scale.js';
import { measuredView, stripes } from './measured.js';
import { countScale, countTicks, rateTicks } from './measured-parts.js';

/*
 * The measured view past many figures: a row of a few pixels, or less, per figure, so that the
 * drawing keeps its height and its node count whatever the number of rows. Only a page's own data
 * is ever this large, so this module comes with the code that reads it (read.ts imports it) and
 * fills in `stripes` and the view's `pointAt`.
 */

/** The height a compact drawing keeps to, whatever the number of rows. */
const COMPACT_HEIGHT = 480;

/** The height of one row of a compact drawing of `rows` rows: at most 8 px, all of them within 480 px. */
export const compactRowHeight = (rows: number): number => Math.min(8, COMPACT_HEIGHT / Math.max(1, rows));

/**
 * Figures of one measure as thin stripes, a row each (row `i` is point `first + i`), samples told
 * apart by bands. A share of a whole starts where the share before it ended, so a whole reads as a
 * staircase across its rows; rates of two samples are never stacked.
 */
export interface StripeDrawing {
  measure: 'rate' | 'count';
  first: number;
  rowHeight: number;
  height: number;
  spans: { x0: number; x1: number }[];
  /** Bars from zero; shares, by fill pattern; bands behind every other sample. */
  bars: string;
  shares: string[];
  bands: string;
  ticks: Tick[];
}

/** Rates first, then counts with no rate: a drawing each, samples in the order first met. */
stripes.layout = (samples, width, lang, measureText) => {
  const rowHeight = compactRowHeight(samples.reduce((rows, members) => rows + members.length, 0));
  const stripe = rowHeight >= 2 ? rowHeight * 0.75 : rowHeight;
  const rect = (x0: number, x1: number, y: number) => stripePath(x0, x1, y, stripe);
  // Each figure's words are written when a reader reaches it, not at every width (point-controller.ts).
  const points: FocusPoint[] = [];
  const drawings = (['rate', 'count'] as const).flatMap((measure): StripeDrawing[] => {
    const groups = samples.filter((members) => (rateOf(members[0]) === undefined) === (measure === 'count'));
    if (!groups.length) return [];
    const counts = countScale(groups.flat(), width);
    const first = points.length;
    const spans: StripeDrawing['spans'] = [];
    const bars: string[] = [];
    const shares: string[][] = [[], [], []];
    const bands: string[] = [];
    for (const [g, members] of groups.entries()) {
      const top = spans.length * rowHeight;
      const wholes = new Map<string, { end: number; count: number }>();
      for (const record of members) {
        const y = spans.length * rowHeight;
        const whole = measure === 'rate' ? record.partOf : undefined;
        if (whole === undefined) {
          const x1 = measure === 'rate' ? (rateOf(record)! / 100) * width : counts(record.value);
          spans.push({ x0: 0, x1 });
          bars.push(rect(0, x1, y));
          points.push(pointLater(() => measuredPoint(figureLabel(record, lang), record, lang)));
          continue;
        }
        const { end, count } = wholes.get(whole) ?? { end: 0, count: 0 };
        const x1 = end + (rateOf(record)! / 100) * width;
        spans.push({ x0: end, x1 });
        shares[count % 3].push(rect(end, x1, y));
        wholes.set(whole, { end: x1, count: count + 1 });
        points.push(pointLater(() => measuredPoint(`${whole}, ${figureLabel(record, lang)}`, record, lang)));
      }
      if (g % 2 === 1) bands.push(stripePath(0, width, top, spans.length * rowHeight - top));
    }
    return [
      {
        measure,
        first,
        rowHeight,
        height: Math.ceil(spans.length * rowHeight),
        spans,
        bars: bars.join(''),
        shares: shares.map((parts) => parts.join('')),
        bands: bands.join(''),
        ticks: measure === 'rate' ? rateTicks(width, lang) : countTicks(counts, width, lang, measureText),
      },
    ];
  });
  return { drawings, points };
};

/** The figure on the stripe at height `y` of compact drawing `drawing`. */
measuredView.pointAt = (model, drawing, _x, y) => {
  const stripes = model.compact?.[drawing];
  return stripes ? stripes.first + Math.min(stripes.spans.length - 1, Math.max(0, Math.floor(y / stripes.rowHeight))) : -1;
};

/** One path per fill; the pointer finds its stripe by height (`pointAt`). */
stripes.render = (drawing, index, width, activePoint, lang) => {
  const row = activePoint - drawing.first;
  const span = drawing.spans[row];
  return html`<section class="panel ${drawing.measure}">
    <p class="sample">${t(lang, drawing.measure === 'rate' ? 'axisRate' : 'violenceCountsPanel')}</p>
    <svg class="compact" width=${width} height=${drawing.height} aria-hidden="true" data-drawing=${index}>
      <path class="band" d=${drawing.bands}></path>
      ${renderGrid(drawing.ticks, drawing.height)}
      <path part="bar" class="bar" d=${drawing.bars}></path>
      ${drawing.shares.map((d, pattern) => svg`<path part="segment" class="segment p${pattern}" d=${d}></path>`)}
      ${span
        ? svg`<rect class="focus-mark" x=${span.x0} y=${row * drawing.rowHeight - 1}
            width=${Math.max(2, span.x1 - span.x0)} height=${drawing.rowHeight + 2}></rect>`
        : nothing}
    </svg>
    <svg class="axis" width=${width} height="18" aria-hidden="true">${renderTickLabels(drawing.ticks, 18)}</svg>
  </section>`;
};
