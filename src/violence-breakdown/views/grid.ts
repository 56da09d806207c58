import { html, nothing, svg } from 'lit';
import { formatNumber, t } from '../../internal/i18n.js';
import { stripe } from '../../internal/scale.js';
import { renderFears } from './fears.js';
import { COMPACT_COLUMNS, compactGrid, reportView, type CompactGrid } from './report.js';
import { compactRowHeight } from './stripes.js';

/*
 * The report view past many forms or perpetrators: one small mark per cell, a path for each kind of
 * mark, in a bounded height. Only a page's own data is ever this large, so this module comes with
 * the code that reads it (read.ts imports it) and fills in `compactGrid` and the view's `pointAt`.
 */

compactGrid.layout = ({ width, columns, rows, points }) => {
  const rowHeight = compactRowHeight(rows.length);
  const columnWidth = width / columns.length;
  const markWidth = Math.max(1, Math.min(12, columnWidth * 0.6));
  const markHeight = rowHeight >= 2 ? rowHeight * 0.75 : rowHeight;
  const paths = { named: [] as string[], unspecified: [] as string[] };
  const spots: CompactGrid['spots'] = new Array(points.length);
  rows.forEach((row, i) => {
    for (const cell of row.cells) {
      const x = cell.column * columnWidth + (columnWidth - markWidth) / 2;
      paths[columns[cell.column].unspecified ? 'unspecified' : 'named'].push(
        stripe(x, x + markWidth, i * rowHeight, markHeight),
      );
      spots[cell.point] = { row: i, column: cell.column };
    }
  });
  return {
    height: Math.ceil(rows.length * rowHeight),
    rowHeight,
    columnWidth,
    named: paths.named.join(''),
    unspecified: paths.unspecified.join(''),
    spots,
    headings: columns.length <= COMPACT_COLUMNS,
  };
};

/** The cell under (x, y) in the compact grid, or -1 where the source names no one. */
reportView.pointAt = (model, _drawing, x, y) => {
  const { compact, rows } = model;
  if (!compact) return -1;
  const row = rows[Math.min(rows.length - 1, Math.max(0, Math.floor(y / compact.rowHeight)))];
  const column = Math.floor(x / compact.columnWidth);
  return row.cells.find((cell) => cell.column === column)?.point ?? -1;
};

/** Forms as rows of small marks, one path per kind; the pointer finds its cell by place (`pointAt`). */
compactGrid.render = (model, compact, activePoint, lang) => {
  const spot = compact.spots[activePoint];
  return html`<p class="compact-note">${t(lang, 'violenceCompactNamed', { count: formatNumber(model.rows.length, lang) })}</p>
    ${compact.headings
      ? html`<ol class="compact-columns"
          >${model.columns.map((column) => html`<li .textContent=${column.label}></li>`)}</ol
        >`
      : nothing}
    <svg class="compact" width=${model.width} height=${compact.height} aria-hidden="true" data-drawing="0">
      <path part="mark" class="compact-mark named" d=${compact.named}></path>
      <path part="mark" class="compact-mark unspecified" d=${compact.unspecified}></path>
      ${spot
        ? svg`<rect class="focus-mark" x=${spot.column * compact.columnWidth} y=${spot.row * compact.rowHeight - 1}
            width=${compact.columnWidth} height=${compact.rowHeight + 2}></rect>`
        : nothing}
    </svg>
    ${renderFears(model.fears, activePoint, lang, false)}`;
};
