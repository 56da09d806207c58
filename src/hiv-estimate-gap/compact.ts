import { html, nothing, svg } from 'lit';
import { renderGrid } from '../internal/axis.js';
import { formatNumber, t } from '../internal/i18n.js';
import { round, stripe as stripePath } from '../internal/scale.js';
import { stripes, type CompactPanel, type EstimateKind, type EstimateRow } from './layout.js';

/*
 * Many estimates, past COMPACT_ROWS in a panel: every bar a thin stripe, a path per kind, in a
 * bounded height. Only a page's own data is ever this large, so this module comes with the code
 * that reads it (read.ts imports it) and fills in `stripes` for the layout and the view.
 */

/** The height a compact panel aims for, whatever the number of estimates. */
const COMPACT_HEIGHT = 480;

stripes.layout = (rows: EstimateRow[], width: number): CompactPanel => {
  const rowHeight = Math.min(8, Math.max(1, COMPACT_HEIGHT / rows.length));
  const stripe = Math.max(1, rowHeight * 0.75);
  const paths = new Map<EstimateKind, string[]>();
  const openEnds: string[] = [];
  rows.forEach((row, i) => {
    const y = round(i * rowHeight);
    const d = stripePath(0, row.x, y, stripe);
    const parts = paths.get(row.kind) ?? [];
    parts.push(d);
    paths.set(row.kind, parts);
    if (row.tail) openEnds.push(`M${round(row.tail.x0)},${round(y + stripe / 2)}H${width}`);
  });
  return {
    height: Math.ceil(rows.length * rowHeight),
    rowHeight,
    bars: [...paths].map(([kind, parts]) => ({ kind, d: parts.join('') })),
    openEnds: openEnds.join(''),
  };
};

/**
 * One SVG, a path per kind and one for every open end. The SVG says where its rows are, so the
 * element's `pointAt` (chart-element.ts) finds the stripe under the pointer by its height.
 */
stripes.render = (panel, width, first, active, lang) => {
  const compact = panel.compact!;
  const row = panel.rows[active];
  return html`<p class="compact-note">${t(lang, 'compactNote', { count: formatNumber(panel.rows.length, lang) })}</p>
    <svg
      class="compact"
      width=${width}
      height=${compact.height}
      aria-hidden="true"
      data-first=${first}
      data-rows=${panel.rows.length}
      data-row-height=${compact.rowHeight}
    >
      ${renderGrid(panel.ticks, compact.height)}
      ${compact.bars.map(({ kind, d }) => svg`<path part="bar" class="bar mark ${kind}" d=${d}></path>`)}
      ${compact.openEnds ? svg`<path part="open-end" class="open-end edge" d=${compact.openEnds}></path>` : nothing}
      ${row
        ? svg`<rect class="focus-mark" x="0" y=${active * compact.rowHeight - 1}
            width=${row.tail?.x1 ?? Math.max(2, row.x)} height=${compact.rowHeight + 2}></rect>`
        : nothing}
    </svg>`;
};
