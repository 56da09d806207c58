import { css, html, nothing, svg, type TemplateResult } from 'lit';
import { figures } from '../data/report.js';
import type { Lang, LocalizedText, Source } from '../data/types.js';
import { ChartElement, type ChartTable, type FocusPoint } from '../internal/chart-element.js';
import { invalid } from '../internal/errors.js';
import { formatNumber, localize, t } from '../internal/i18n.js';
import { isObject, readKind, readNumber, readRows, readSource, readText } from '../internal/validate.js';
import {
  formatEstimate,
  layoutEstimates,
  summarizeEstimates,
  type CompactPanel,
  type EstimateKind,
  type EstimateLayout,
  type EstimatePanel,
} from './layout.js';

/** One estimate: a count, an open-ended count ("over 100") or a rate in percent. */
export interface Estimate {
  label: LocalizedText;
  value: number;
  kind: EstimateKind;
  date?: string;
  source: Source;
}

/** What `<hiv-estimate-gap>` draws. */
export interface EstimateData {
  title?: LocalizedText;
  estimates: Estimate[];
}

const BAR_HEIGHT = 22;
const KINDS: readonly EstimateKind[] = ['count', 'lower-bound', 'rate'];

/**
 * @tagname hiv-estimate-gap
 * @summary Compares estimates of one quantity, by default the official count of HIV-positive sex
 * workers in Kazakhstan (28) against public data (more than 100). A lower bound is drawn open-ended
 * and read as "more than"; counts and rates are drawn on separate scales.
 *
 * Data, as JSON (`data` property or attribute, or `src`):
 * `{ "title"?: string, "source"?: Source, "estimates": [{ "label", "value", "kind"?, "date"?, "source"?, "source_url"?, "quote"? }] }`
 * or just the list of estimates. `kind` is `count` (default), `lower-bound` or `rate` (percent, 0-100);
 * `source` is a title or `{ "title", "url"?, "quote"?, "lang"?, "quoteLang"? }`, and may be given once for all rows.
 * As CSV (`src`): columns `label,value,kind,date,source,source_url,quote`.
 *
 * @event chart-rendered - The marks are drawn (once per draw).
 * @event chart-error - The data could not be drawn; `detail` is `{ reason, message }`, `reason` one of
 * `invalid-json`, `load-failed`, `invalid-data`, `no-data`.
 *
 * @csspart figure - The frame around title, chart, sources and table.
 * @csspart title - The chart's title.
 * @csspart summary - The one-sentence finding.
 * @csspart plot - The drawing area.
 * @csspart bar - The bar of each estimate.
 * @csspart open-end - The open continuation of a lower bound.
 * @csspart tooltip - The text of the point under the keyboard or mouse, or last tapped.
 * @csspart hint - The keys to use, shown while the chart has keyboard focus.
 * @csspart actions - The buttons that download the data and the image and copy a citation.
 * @csspart sources - The list of sources under the chart.
 * @csspart table - The disclosure holding the data table.
 * @csspart error - The message shown when the data cannot be drawn.
 *
 * @cssproperty [--amelia-font-family=system-ui, sans-serif] - Font of all text.
 * @cssproperty [--amelia-font-size=max(14px, 0.875rem)] - Base text size: 14px, larger when the reader has set a larger default text size in the browser; nothing is drawn smaller than 12px at the default.
 * @cssproperty [--amelia-line-height=1.4] - Line height of all text; with the two below, how a reader's stylesheet widens text spacing (WCAG 1.4.12).
 * @cssproperty [--amelia-letter-spacing=normal] - Letter spacing of all text.
 * @cssproperty [--amelia-word-spacing=normal] - Word spacing of all text.
 * @cssproperty [--amelia-text-color=#1f2328] - Text colour.
 * @cssproperty [--amelia-muted-color=#57606a] - Secondary text: axis, sources.
 * @cssproperty [--amelia-background=transparent] - Background of the frame.
 * @cssproperty [--amelia-padding=0] - Space inside the frame.
 * @cssproperty [--amelia-count-color=#3e6c9c] - Bars of counts.
 * @cssproperty [--amelia-bound-color=#b3431d] - Bars of lower bounds and their open ends.
 * @cssproperty [--amelia-rate-color=#6b4fa0] - Bars of rates.
 * @cssproperty [--amelia-grid-color=#d0d7de] - Grid lines and table rules.
 * @cssproperty [--amelia-link-color=#0b5cad] - Links and the table toggle.
 * @cssproperty [--amelia-error-color=#a40e26] - Error text and border.
 *
 * @attr lang - Language of the chart: `en`, `ru` or `kk` (`ru-RU` means `ru`); else the page's.
 * @attr data - The data as JSON text.
 */
export class HivEstimateGap extends ChartElement<EstimateData, EstimateLayout> {
  static override styles = [
    ...ChartElement.styles,
    css`
      .panel + .panel {
        margin-top: 1em;
      }
      .panel-title {
        margin: 0 0 0.25em;
        font-size: 0.9em;
        color: var(--amelia-muted-color, #57606a);
      }
      .rows {
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .row {
        margin: 0 0 0.5em;
      }
      .value {
        font-weight: 700;
        font-variant-numeric: tabular-nums;
      }
      .grid {
        stroke: var(--amelia-grid-color, #d0d7de);
      }
      .bar {
        fill: var(--amelia-count-color, #3e6c9c);
      }
      .lower-bound .bar {
        fill: var(--amelia-bound-color, #b3431d);
      }
      .open-end {
        fill: var(--amelia-bound-color, #b3431d);
        stroke: var(--amelia-bound-color, #b3431d);
      }
      .open-end .hatch {
        fill: url(#open-hatch);
        stroke: none;
      }
      .open-end .edge {
        fill: none;
        stroke-width: 2;
        stroke-dasharray: 4 3;
      }
      .open-end .arrow {
        fill: none;
        stroke-width: 2;
      }
      .bar.lower-bound {
        fill: var(--amelia-bound-color, #b3431d);
      }
      .bar.rate,
      .rate .bar {
        fill: var(--amelia-rate-color, #6b4fa0);
      }
      @media (forced-colors: active) {
        .open-end {
          stroke: CanvasText;
        }
        .grid {
          stroke: GrayText;
        }
      }
      .compact-note {
        margin: 0 0 0.25em;
        font-size: 0.9em;
        color: var(--amelia-muted-color, #57606a);
      }
      .open-end.edge {
        fill: none;
        stroke-width: 1;
      }
      .axis text {
        fill: var(--amelia-muted-color, #57606a);
        font-size: 12px;
      }
      @media (forced-colors: active) {
        .axis text {
          fill: CanvasText;
        }
      }
    `,
  ];

  protected override defaultData(): EstimateData {
    const title = { en: t('en', 'hivTitle'), ru: t('ru', 'hivTitle'), kk: t('kk', 'hivTitle') };
    return { title, estimates: [figures.hivOfficial, figures.hivPublic] };
  }

  protected override parse(raw: unknown): EstimateData {
    const rows = readRows(raw, 'estimates');
    const shared = isObject(raw) && Object.prototype.hasOwnProperty.call(raw, 'source') ? readSource(raw, 0) : undefined;
    const title = isObject(raw) ? readText(raw, 'title', 0, true) : undefined;
    const estimates = rows.map((row, i): Estimate => {
      const kind = readKind(row, i, KINDS);
      const value = readNumber(row, 'value', i);
      if (value < 0) throw invalid('negativeNumber', { row: i + 1, field: 'value', value });
      if (kind === 'rate' && value > 100) throw invalid('rateOutOfRange', { row: i + 1, value });
      const date = readText(row, 'date', i, true);
      return {
        label: readText(row, 'label', i),
        value,
        kind,
        ...(date === undefined ? {} : { date: localize(date, 'en') }),
        source: readSource(row, i, shared),
      };
    });
    return { ...(title === undefined ? {} : { title }), estimates };
  }

  protected override layout(data: EstimateData, width: number, lang: Lang): EstimateLayout {
    return layoutEstimates(this._localized(data, lang), width, lang);
  }

  protected override chartTitle(data: EstimateData | undefined, lang: Lang): string {
    const title = data && Object.prototype.hasOwnProperty.call(data, 'title') ? data.title : undefined;
    return title ? localize(title, lang) : t(lang, 'estimatesTitle');
  }

  protected override summary(data: EstimateData, lang: Lang): string {
    return summarizeEstimates(this._localized(data, lang), lang);
  }

  protected override table(data: EstimateData, lang: Lang): ChartTable {
    return {
      columns: [t(lang, 'tableFigure'), t(lang, 'tableValue'), t(lang, 'tableDate')],
      numeric: [false, true, false],
      rows: data.estimates.map((estimate) => ({
        cells: [
          localize(estimate.label, lang),
          formatEstimate(estimate.value, estimate.kind, lang),
          dateOf(estimate) ?? t(lang, 'dateNotStated'),
        ],
        source: estimate.source,
      })),
    };
  }

  protected override renderChart(model: EstimateLayout, lang: Lang): TemplateResult {
    const { width } = model;
    let point = 0;
    return html`${model.panels.map((panel) => {
      const first = point;
      if (panel.compact) point += panel.rows.length;
      return html`<section class="panel">
          <p class="panel-title">${t(lang, panel.measure === 'rate' ? 'axisRate' : 'axisCount')}</p>
          ${panel.compact
            ? this._renderCompact(panel, panel.compact, width, first, lang)
            : html`<ul class="rows">
            ${panel.rows.map((row) => {
              const index = point++;
              return html`<li class="row ${row.kind}" data-point=${index}>
                  <span class="label">${row.label}</span>
                  <span class="value">${row.valueText}</span>
                  <svg width=${width} height=${BAR_HEIGHT} aria-hidden="true">
                    ${panel.ticks.map((tick) => svg`<line class="grid" x1=${tick.x} x2=${tick.x} y2=${BAR_HEIGHT}></line>`)}
                    <rect part="bar" class="bar mark" y="3" width=${row.x} height=${BAR_HEIGHT - 6}></rect>
                    ${row.tail ? renderOpenEnd(row.tail) : nothing}
                    ${index === this.activePoint
                      ? svg`<rect class="focus-mark" x="1.5" y="1.5" width=${Math.max(0, (row.tail?.x1 ?? row.x) - 3)}
                          height=${BAR_HEIGHT - 3}></rect>`
                      : nothing}
                  </svg>
                </li>`;
            })}
          </ul>`}
          <svg class="axis" width=${width} height="18" aria-hidden="true">
            ${panel.ticks.map(
              (tick) => svg`<text x=${tick.x} y="13" text-anchor=${tick.anchor}>${tick.text}</text>`,
            )}
          </svg>
        </section>`;
    })}`;
  }

  /** Many estimates: one SVG, a path per kind; the pointer finds its stripe by height (`pointAt`). */
  private _renderCompact(panel: EstimatePanel, compact: CompactPanel, width: number, first: number, lang: Lang) {
    const active = this.activePoint - first;
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
        ${panel.ticks.map((tick) => svg`<line class="grid" x1=${tick.x} x2=${tick.x} y2=${compact.height}></line>`)}
        ${compact.bars.map(({ kind, d }) => svg`<path part="bar" class="bar mark ${kind}" d=${d}></path>`)}
        ${compact.openEnds ? svg`<path part="open-end" class="open-end edge" d=${compact.openEnds}></path>` : nothing}
        ${active >= 0 && active < panel.rows.length
          ? svg`<rect class="focus-mark" x="0" y=${active * compact.rowHeight - 1}
              width=${panel.rows[active].tail?.x1 ?? Math.max(2, panel.rows[active].x)} height=${compact.rowHeight + 2}></rect>`
          : nothing}
      </svg>`;
  }

  protected override pointAt(event: PointerEvent): number {
    const stripes = (event.target as Element).closest?.('svg.compact');
    if (!stripes) return super.pointAt(event);
    const [first, rows, rowHeight] = ['data-first', 'data-rows', 'data-row-height'].map((name) => Number(stripes.getAttribute(name)));
    const row = Math.floor((event.clientY - stripes.getBoundingClientRect().top) / rowHeight);
    return first + Math.min(rows - 1, Math.max(0, row));
  }

  protected override focusPoints(model: EstimateLayout): FocusPoint[] {
    const { estimates } = this.data!;
    return model.panels.flatMap((panel) =>
      panel.rows.map((row) => {
        const { source } = estimates[row.index];
        const date = dateOf(estimates[row.index]);
        const when = date ? `, ${date}` : '';
        return { text: `${row.label}: ${row.valueText}${when}`, source: { title: source.title, lang: source.lang } };
      }),
    );
  }

  private _localized(data: EstimateData, lang: Lang) {
    return data.estimates.map(({ label, value, kind }) => ({ label: localize(label, lang), value, kind }));
  }
}

/** The estimate's own date, never one inherited from a polluted Object.prototype. */
const dateOf = (estimate: Estimate) =>
  Object.prototype.hasOwnProperty.call(estimate, 'date') ? estimate.date : undefined;

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
