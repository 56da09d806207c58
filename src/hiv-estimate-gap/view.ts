import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Lang } from '../data/types.js';
import { renderGrid, renderTickLabels } from '../internal/axis.js';
import { t } from '../internal/i18n.js';
import { stripes, type EstimateLayout, type EstimatePanel } from './layout.js';

/*
 * Drawing only: the layout has placed every bar and tick. Each mark carries `data-point`, its index
 * among the keyboard's points, for the pointer; `active` is the point shown, which gets a focus mark.
 * Text that is a whole element's content is set as `.textContent`: no Lit marker comment for it.
 */

const BAR_HEIGHT = 22;

/** A panel per measure: its title, its bars (a row each, or stripes past COMPACT_ROWS) and its axis. */
export function renderEstimates(model: EstimateLayout, active: number, lang: Lang): TemplateResult {
  let first = 0;
  return html`${model.panels.map((panel) => {
    const panelFirst = first;
    first += panel.rows.length;
    return html`<section class="panel">
      <p class="panel-title" .textContent=${t(lang, panel.measure === 'rate' ? 'axisRate' : 'axisCount')}></p>
      ${panel.compact
        ? stripes.render(panel, model.width, panelFirst, active - panelFirst, lang)
        : renderRows(panel, model.width, panelFirst, active)}
      <svg class="axis" width=${model.width} height="18" aria-hidden="true">${renderTickLabels(panel.ticks, 18)}</svg>
    </section>`;
  })}`;
}

/** A labelled row per estimate: its label and value as text, its bar in an SVG of its own. */
function renderRows(panel: EstimatePanel, width: number, first: number, active: number): TemplateResult {
  return html`<ul class="rows">
    ${panel.rows.map((row, i) => {
      const index = first + i;
      return html`<li class="row ${row.kind}" data-point=${index}>
        <span class="label" .textContent=${row.label}></span>
        <span class="value" .textContent=${row.valueText}></span>
        <svg width=${width} height=${BAR_HEIGHT} aria-hidden="true">
          ${renderGrid(panel.ticks, BAR_HEIGHT)}
          <rect part="bar" class="bar mark" y="3" width=${row.x} height=${BAR_HEIGHT - 6}></rect>
          ${row.tail ? renderOpenEnd(row.tail) : nothing}
          ${index === active
            ? svg`<rect class="focus-mark" x="1.5" y="1.5" width=${Math.max(0, (row.tail?.x1 ?? row.x) - 3)}
                height=${BAR_HEIGHT - 3}></rect>`
            : nothing}
        </svg>
      </li>`;
    })}
  </ul>`;
}

/** Hatched, dashed-edged and arrow-tipped: the bar goes on past the bound, to an unknown end. */
function renderOpenEnd({ x0, x1 }: { x0: number; x1: number }) {
  const top = 3;
  const bottom = BAR_HEIGHT - 3;
  const mid = BAR_HEIGHT / 2;
  const tip = Math.max(x0, x1 - 2);
  return svg`<g part="open-end" class="open-end">
    <defs>
      <pattern id="open-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect class="mark" width="2" height="6"></rect>
      </pattern>
    </defs>
    <rect class="hatch" x=${x0} y=${top} width=${Math.max(0, tip - 8 - x0)} height=${bottom - top}></rect>
    <path class="edge" d="M${x0},${top}H${tip - 8}M${x0},${bottom}H${tip - 8}"></path>
    <path class="arrow" d="M${tip - 8},${top}L${tip},${mid}L${tip - 8},${bottom}"></path>
  </g>`;
}
