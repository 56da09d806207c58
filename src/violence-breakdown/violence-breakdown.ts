import { css, html, nothing, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { violenceMeasured, violenceNamed } from '../data/report.js';
import type { AbuseRecord, Lang, LocalizedText } from '../data/types.js';
import { ChartElement, type ChartTable, type FocusPoint } from '../internal/chart-element.js';
import { invalid } from '../internal/errors.js';
import { formatNumber, localize, t } from '../internal/i18n.js';
import { isObject, readKind, readNumber, readRows, readSource, readText, type Row } from '../internal/validate.js';
import {
  figureLabel,
  formatMeasure,
  formatYears,
  layoutMatrix,
  layoutMeasured,
  rateOf,
  sampleKey,
  sampleText,
  summarizeMeasured,
  summarizeNamed,
  type MatrixCell,
  type MatrixLayout,
  type MeasuredInput,
  type MeasuredLayout,
  type NamedInput,
} from './layout.js';

/** What `<violence-breakdown>` draws: records of abuse, named (no `value`) or measured. */
export interface ViolenceData {
  title?: LocalizedText;
  rows: AbuseRecord[];
}

/** The two views: forms named by perpetrator, or rates measured in surveys. */
export type ViolenceView = 'report' | 'measured';

type ViolenceLayout = MatrixLayout | MeasuredLayout;

const reportRows = [...violenceNamed, ...violenceMeasured];
const BAR_HEIGHT = 22;
const DOT = 28;
const KINDS = ['count', 'rate'] as const;

/**
 * @tagname violence-breakdown
 * @summary Shows the abuse sex workers in Kazakhstan face, honestly. The `report` view (default) is
 * a grid of the forms of abuse the report names by the perpetrators it ties them to (police,
 * clients, health officials), with "perpetrator not specified" where it names none and a lettered
 * quote in every cell; it has no numbers because the report gives none. The `measured` view shows
 * survey rates, each with its sample (n, who, where, when): recent intimate-partner violence 45 %
 * and client violence 28 % (n = 400, Almaty and Temirtau, 2015–2017) as separate bars, and the
 * police-violence classes 51 % / 15 % / 34 % (n = 255, Almaty, 2015–2017) as one 100 % bar. Rates
 * of different samples are never stacked or added.
 *
 * Data, as JSON (`data` property or attribute, or `src`):
 * `{ "title"?: string, "source"?: Source, "rows": [{ "form", "perpetrator"?, "value"?, "kind"?, "n"?, "population"?, "place"?, "date"?, "part_of"?, "source"?, "source_url"?, "quote"? }] }`
 * or just the list of rows. A row without `value` says that its source names the `form` and ties it
 * to `perpetrator`, or to no one when `perpetrator` is empty ("perpetrator not specified"); it is
 * drawn in the `report` view. A row with `value` is measured and drawn in the `measured` view:
 * `kind` is `count` (default) or `rate` (percent, 0-100); `n` is the sample size. A count gets a
 * rate only when `n` is given, and the table shows the computation ("12 of 40 = 30 %"); a count
 * without `n` is drawn as a count, with no rate. `population`, `place` and `date` (`YYYY` or
 * `YYYY/YYYY`) describe the sample; rows of one sample that share `part_of` are shares of one
 * whole, drawn as one 100 % bar (they may not add up to more than 100 %). `source` is a title or
 * `{ "title", "url"?, "quote"?, "lang"?, "quoteLang"? }`, and may be given once for all rows.
 * As CSV (`src`): columns `form,perpetrator,value,kind,n,population,place,date,part_of,source,source_url,quote`.
 *
 * @event chart-rendered - The marks are drawn (once per draw).
 * @event chart-error - The data could not be drawn; `detail` is `{ reason, message }`, `reason` one of
 * `invalid-json`, `load-failed`, `invalid-data`, `no-data`.
 *
 * @csspart figure - The frame around title, chart, sources and table.
 * @csspart title - The chart's title.
 * @csspart summary - The one-sentence finding.
 * @csspart plot - The drawing area.
 * @csspart mark - The dot of each form a source names, in the `report` view.
 * @csspart quotes - The lettered quotes under the `report` view.
 * @csspart bar - The bar of each measured figure.
 * @csspart segment - Each share of a whole, in its 100 % bar.
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
 * @cssproperty [--amelia-muted-color=#57606a] - Secondary text, axis, and the dashed dots of forms with no perpetrator named.
 * @cssproperty [--amelia-background=transparent] - Background of the frame.
 * @cssproperty [--amelia-padding=0] - Space inside the frame.
 * @cssproperty [--amelia-named-color=#3e6c9c] - Dots of forms tied to a perpetrator.
 * @cssproperty [--amelia-rate-color=#6b4fa0] - Bars and shares of rates.
 * @cssproperty [--amelia-count-color=#3e6c9c] - Bars of counts that have no rate.
 * @cssproperty [--amelia-pattern-background=#ffffff] - Ground of the hatched and dotted shares, the gap between shares, and the quote letters on the dots.
 * @cssproperty [--amelia-grid-color=#d0d7de] - Grid lines and table rules.
 * @cssproperty [--amelia-link-color=#0b5cad] - Links and the table toggle.
 * @cssproperty [--amelia-focus-color=#0b5cad] - The ring around the point under the keyboard.
 * @cssproperty [--amelia-tooltip-background=#1f2328] - Background of the tooltip.
 * @cssproperty [--amelia-tooltip-color=#ffffff] - Text of the tooltip.
 * @cssproperty [--amelia-error-color=#a40e26] - Error text and border.
 *
 * @attr lang - Language of the chart: `en`, `ru` or `kk` (`ru-RU` means `ru`); else the page's.
 * @attr data - The data as JSON text.
 */
export class ViolenceBreakdown extends ChartElement<ViolenceData, ViolenceLayout> {
  protected static override layoutProperties = ['view'];

  static override styles = [
    ...ChartElement.styles,
    css`
      .matrix {
        width: auto;
        max-width: 100%;
        margin: 0;
        font-size: 1em;
      }
      .matrix th,
      .matrix td {
        vertical-align: middle;
      }
      .matrix thead th {
        text-align: center;
        font-weight: 600;
        overflow-wrap: normal;
      }
      .matrix td {
        text-align: center;
        min-width: 40px;
      }
      .cell-mark {
        display: inline-block;
        vertical-align: middle;
      }
      .dot {
        fill: var(--amelia-named-color, #3e6c9c);
      }
      .dot-key {
        fill: var(--amelia-pattern-background, #ffffff);
        font-size: 12px;
        font-weight: 700;
      }
      .unspecified .dot {
        fill: none;
        stroke: var(--amelia-muted-color, #57606a);
        stroke-width: 2;
        stroke-dasharray: 4 3;
      }
      .unspecified .dot-key {
        fill: var(--amelia-text-color, #1f2328);
      }
      .empty {
        color: var(--amelia-grid-color, #d0d7de);
      }
      .forms,
      .who,
      .rows,
      .legend {
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .forms > li {
        padding: 0.4em 0;
        border-bottom: 1px solid var(--amelia-grid-color, #d0d7de);
      }
      .form-label {
        font-weight: 600;
      }
      .who li,
      .legend li {
        display: flex;
        align-items: center;
        gap: 0.4em;
        margin-top: 0.25em;
      }
      .who svg,
      .legend svg {
        flex: none;
      }
      [part='quotes'] {
        margin: 0.75em 0 0;
        font-size: 0.9em;
      }
      [part='quotes'] div {
        display: flex;
        gap: 0.5em;
        margin-top: 0.25em;
      }
      [part='quotes'] dt {
        font-weight: 700;
        flex: none;
      }
      [part='quotes'] dd {
        margin: 0;
        font-style: italic;
      }
      .apart,
      .sample {
        margin: 0 0 0.4em;
        color: var(--amelia-muted-color, #57606a);
      }
      .sample {
        font-weight: 600;
        color: var(--amelia-text-color, #1f2328);
      }
      .panel + .panel {
        margin-top: 1.25em;
      }
      .row {
        margin: 0 0 0.6em;
      }
      .value {
        font-weight: 700;
        font-variant-numeric: tabular-nums;
      }
      .legend .value {
        white-space: nowrap;
      }
      .grid {
        stroke: var(--amelia-grid-color, #d0d7de);
      }
      .bar,
      .pat-fg {
        fill: var(--amelia-rate-color, #6b4fa0);
      }
      .count .bar {
        fill: var(--amelia-count-color, #3e6c9c);
      }
      .pat-bg {
        fill: var(--amelia-pattern-background, #ffffff);
      }
      .segment {
        stroke: var(--amelia-pattern-background, #ffffff);
        stroke-width: 2;
      }
      .segment.p0 {
        fill: var(--amelia-rate-color, #6b4fa0);
      }
      .segment.p1 {
        fill: url(#vb-p1);
      }
      .segment.p2 {
        fill: url(#vb-p2);
      }
      .segment-edge {
        fill: none;
        stroke: var(--amelia-rate-color, #6b4fa0);
        stroke-width: 1;
      }
      .rest {
        fill: none;
        stroke: var(--amelia-muted-color, #57606a);
        stroke-dasharray: 4 3;
      }
      .axis text {
        fill: var(--amelia-muted-color, #57606a);
        font-size: 12px;
      }
      @media (forced-colors: active) {
        .dot,
        .bar,
        .pat-fg,
        .segment.p0 {
          fill: CanvasText;
        }
        .dot-key {
          fill: Canvas;
        }
        .unspecified .dot {
          fill: none;
          stroke: CanvasText;
        }
        .unspecified .dot-key,
        .axis text {
          fill: CanvasText;
        }
        .pat-bg {
          fill: Canvas;
        }
        .segment {
          stroke: Canvas;
        }
        .grid {
          stroke: GrayText;
        }
        .segment-edge,
        .rest {
          stroke: CanvasText;
        }
      }
    `,
  ];

  /**
   * Which view to draw: `report` (default), the forms of abuse named by perpetrator, or `measured`,
   * the survey rates with their samples. When the data holds rows for only one view, that view is
   * drawn.
   */
  @property({ reflect: true }) view: ViolenceView = 'report';

  protected override defaultData(): ViolenceData {
    return { rows: reportRows };
  }

  protected override parse(raw: unknown): ViolenceData {
    const rows = readRows(raw, 'rows');
    const shared = isObject(raw) && raw.source !== undefined ? readSource(raw, 0) : undefined;
    const title = isObject(raw) ? readText(raw, 'title', 0, true) : undefined;
    const records = rows.map((row, i) => readRecord(row, i, shared));
    checkWholes(records);
    return { ...(title === undefined ? {} : { title }), rows: records };
  }

  /** The view drawn for `data`: the one asked for, unless the data has nothing for it. */
  private _viewOf(data: ViolenceData): ViolenceView {
    const named = data.rows.some((row) => row.value === undefined);
    const measured = data.rows.some((row) => row.value !== undefined);
    if (this.view === 'measured') return measured ? 'measured' : 'report';
    return named ? 'report' : 'measured';
  }

  protected override layout(data: ViolenceData, width: number, lang: Lang): ViolenceLayout {
    return this._viewOf(data) === 'report'
      ? layoutMatrix(named(data, lang), width, lang)
      : layoutMeasured(measured(data, lang), width, lang);
  }

  protected override chartTitle(data: ViolenceData | undefined, lang: Lang): string {
    if (data?.title) return localize(data.title, lang);
    const view = data ? this._viewOf(data) : this.view;
    // The report's own titles name Kazakhstan; a partner's data without a title gets a plain one.
    if (data && data.rows !== reportRows) return t(lang, view === 'measured' ? 'violenceRatesTitle' : 'violenceNamedTitle');
    return t(lang, view === 'measured' ? 'violenceMeasuredTitle' : 'violenceReportTitle');
  }

  protected override summary(data: ViolenceData, lang: Lang): string {
    return this._viewOf(data) === 'report'
      ? summarizeNamed(named(data, lang), lang)
      : summarizeMeasured(measured(data, lang), lang);
  }

  protected override table(data: ViolenceData, lang: Lang): ChartTable {
    if (this._viewOf(data) === 'report') {
      return {
        columns: [t(lang, 'violenceForm'), t(lang, 'violencePerpetrator')],
        rows: data.rows
          .filter((row) => row.value === undefined)
          .map((row) => ({
            cells: [
              localize(row.form, lang),
              row.perpetrator ? localize(row.perpetrator, lang) : t(lang, 'violenceUnspecified'),
            ],
            source: row.source,
          })),
      };
    }
    const rows = data.rows.filter((row) => row.value !== undefined);
    const inputs = measured(data, lang);
    return {
      columns: [t(lang, 'tableFigure'), t(lang, 'tableValue'), t(lang, 'violenceSample')],
      numeric: [false, true, false],
      rows: inputs.map((input, i) => ({
        cells: [
          input.partOf ? `${input.partOf}: ${figureLabel(input, lang)}` : figureLabel(input, lang),
          formatMeasure(input, lang),
          sampleText(input, lang),
        ],
        source: rows[i].source,
      })),
    };
  }

  protected override focusPoints(model: ViolenceLayout): FocusPoint[] {
    return model.points;
  }

  protected override renderChart(model: ViolenceLayout, lang: Lang): TemplateResult {
    return model.view === 'report' ? this._renderReport(model, lang) : this._renderMeasured(model, lang);
  }

  private _renderReport(model: MatrixLayout, lang: Lang): TemplateResult {
    const { columns, rows } = model;
    const grid = html`<table class="matrix">
      <thead>
        <tr>
          <td></td>
          ${columns.map((column) => html`<th scope="col">${column.label}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) =>
            html`<tr>
              <th scope="row">${row.form}</th>
              ${columns.map((column, i) => {
                const cell = row.cells.find((each) => each.column === i);
                return html`<td>
                  ${cell
                    ? this._renderMark(cell, column.unspecified, lang)
                    : html`<span class="empty" aria-hidden="true">·</span
                        ><span class="visually-hidden">${t(lang, 'violenceNotNamed')}</span>`}
                </td>`;
              })}
            </tr>`,
        )}
      </tbody>
    </table>`;
    const list = html`<ul class="forms">
      ${rows.map(
        (row) =>
          html`<li>
            <span class="form-label">${row.form}</span>
            <ul class="who">
              ${row.cells.map((cell) => {
                const column = columns[cell.column];
                return html`<li>
                  ${this._renderMark(cell, column.unspecified, lang)}
                  <span>${column.unspecified ? t(lang, 'violenceUnspecified') : column.label}</span>
                </li>`;
              })}
            </ul>
          </li>`,
      )}
    </ul>`;
    return html`${model.mode === 'grid' ? grid : list}
      ${model.quotes.length
        ? html`<dl part="quotes" aria-label=${t(lang, 'violenceQuotes')}>
            ${model.quotes.map(({ key, text, lang: quoteLang }) => html`<div><dt>${key}</dt><dd lang=${quoteLang ?? nothing}>“${text}”</dd></div>`)}
          </dl>`
        : nothing}`;
  }

  private _renderMark(cell: MatrixCell, unspecified: boolean, lang: Lang): TemplateResult {
    const r = DOT / 2;
    return html`<span
      class="cell-mark ${unspecified ? 'unspecified' : 'named'}"
      data-point=${cell.point}
    >
      <svg width=${DOT} height=${DOT} aria-hidden="true">
        <circle part="mark" class="dot" cx=${r} cy=${r} r=${r - 3}></circle>
        ${cell.key ? svg`<text class="dot-key" x=${r} y=${r + 4.5} text-anchor="middle">${cell.key}</text>` : nothing}
        ${cell.point === this.activePoint ? svg`<circle class="focus-mark" cx=${r} cy=${r} r=${r - 0.5}></circle>` : nothing}
      </svg>
      ${cell.key ? html`<span class="visually-hidden">${t(lang, 'violenceNamed', { key: cell.key })}</span>` : nothing}
    </span>`;
  }

  private _renderMeasured(model: MeasuredLayout, lang: Lang): TemplateResult {
    const { width } = model;
    const focus = (x0: number, x1: number, point: number) =>
      point === this.activePoint
        ? svg`<rect class="focus-mark" x=${x0 - 2} y="1" width=${Math.max(4, x1 - x0 + 4)} height=${BAR_HEIGHT - 2}></rect>`
        : nothing;
    const grid = (ticks: { x: number }[]) =>
      ticks.map((tick) => svg`<line class="grid" x1=${tick.x} x2=${tick.x} y2=${BAR_HEIGHT}></line>`);
    return html`<svg width="0" height="0" aria-hidden="true" style="position: absolute">
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
      </svg>
      ${model.panels.length > 1 ? html`<p class="apart">${t(lang, 'violenceApart')}</p>` : nothing}
      ${model.panels.map(
        (panel) =>
          html`<section class="panel ${panel.measure}">
            <p class="sample">${panel.sample}</p>
            <ul class="rows">
              ${panel.items.map((item) =>
                item.type === 'bar'
                  ? html`<li class="row" data-point=${item.point}>
                      <span class="label">${item.label}</span>
                      <span class="value">${item.valueText}</span>
                      <svg width=${width} height=${BAR_HEIGHT} aria-hidden="true">
                        ${grid(panel.ticks)}
                        <rect part="bar" class="bar" y="3" width=${item.x} height=${BAR_HEIGHT - 6}></rect>
                        ${focus(0, item.x, item.point)}
                      </svg>
                    </li>`
                  : html`<li class="row whole">
                      <span class="label">${item.label}</span>
                      <svg width=${width} height=${BAR_HEIGHT} aria-hidden="true">
                        ${item.segments.map(
                          (segment) => svg`<rect
                            part="segment"
                            class="segment p${segment.pattern}"
                            x=${segment.x0}
                            y="3"
                            width=${segment.x1 - segment.x0}
                            height=${BAR_HEIGHT - 6}
                            data-point=${segment.point}
                          ></rect>`,
                        )}
                        <rect class="segment-edge" x="0.5" y="3.5" width=${item.segments.at(-1)!.x1 - 1} height=${BAR_HEIGHT - 7}></rect>
                        ${item.rest
                          ? svg`<rect class="rest" x=${item.rest.x0} y="3.5" width=${item.rest.x1 - item.rest.x0} height=${BAR_HEIGHT - 7}></rect>`
                          : nothing}
                        ${item.segments.map((segment) => focus(segment.x0, segment.x1, segment.point))}
                      </svg>
                      <ul class="legend">
                        ${item.segments.map(
                          (segment) =>
                            html`<li>
                              <svg width="16" height="16" aria-hidden="true">
                                <rect class="segment p${segment.pattern}" x="1" y="1" width="14" height="14"></rect>
                                <rect class="segment-edge" x="1.5" y="1.5" width="13" height="13"></rect>
                              </svg>
                              <span>${segment.label}</span>
                              <span class="value">${segment.valueText}</span>
                            </li>`,
                        )}
                        ${item.rest ? html`<li><span>${t(lang, 'violenceRest')}</span></li>` : nothing}
                      </ul>
                    </li>`,
              )}
            </ul>
            <svg class="axis" width=${width} height="18" aria-hidden="true">
              ${panel.ticks.map((tick) => svg`<text x=${tick.x} y="13" text-anchor=${tick.anchor}>${tick.text}</text>`)}
            </svg>
          </section>`,
      )}`;
  }
}

/** One row of input, validated: named when it has no `value`, measured when it has one. */
function readRecord(row: Row, i: number, shared: AbuseRecord['source'] | undefined): AbuseRecord {
  const form = readText(row, 'form', i, true) ?? readText(row, 'label', i, true);
  if (form === undefined) throw invalid('missingField', { row: i + 1, field: 'form' });
  const perpetrator = readText(row, 'perpetrator', i, true);
  const source = readSource(row, i, shared);
  const base = { form, ...(perpetrator === undefined ? {} : { perpetrator }) };
  const given = (field: string) => row[field] !== undefined && row[field] !== null && row[field] !== '';
  if (!given('value') && !given('kind')) return { ...base, source };
  const kind = readKind(row, i, KINDS);
  const value = readNumber(row, 'value', i);
  if (value < 0) throw invalid('negativeNumber', { row: i + 1, field: 'value', value });
  if (kind === 'rate' && value > 100) throw invalid('rateOutOfRange', { row: i + 1, value });
  const n = readNumber(row, 'n', i, true);
  if (n !== undefined && (!Number.isInteger(n) || n <= 0)) throw invalid('violenceBadN', { row: i + 1, value: n });
  if (n !== undefined && kind === 'count' && value > n) throw invalid('violenceCountAboveN', { row: i + 1, value, n });
  const optional = (field: string) => readText(row, field, i, true);
  const [population, place, date, partOf] = ['population', 'place', 'date', 'part_of'].map(optional);
  return {
    ...base,
    value,
    kind,
    ...(n === undefined ? {} : { n }),
    ...(population === undefined ? {} : { population }),
    ...(place === undefined ? {} : { place }),
    ...(date === undefined ? {} : { date: localize(date, 'en') }),
    ...(partOf === undefined ? {} : { part_of: partOf }),
    source,
  };
}

/** Shares of one whole may not add up to more than all of it. */
function checkWholes(records: AbuseRecord[]): void {
  const sums = new Map<string, { whole: string; sum: number }>();
  for (const input of measured({ rows: records }, 'en')) {
    const rate = rateOf(input);
    if (input.partOf === undefined || rate === undefined) continue;
    const key = `${sampleKey(input)}|${input.partOf}`;
    const entry = sums.get(key) ?? { whole: input.partOf, sum: 0 };
    entry.sum += rate;
    sums.set(key, entry);
  }
  for (const { whole, sum } of sums.values()) {
    if (sum > 100 + 1e-9) throw invalid('violencePartsOver100', { whole, sum: formatNumber(Math.round(sum * 10) / 10, 'en') });
  }
}

function named(data: ViolenceData, lang: Lang): NamedInput[] {
  return data.rows
    .filter((row) => row.value === undefined)
    .map((row) => ({
      form: localize(row.form, lang),
      ...(row.perpetrator ? { perpetrator: localize(row.perpetrator, lang) } : {}),
      ...(row.source.quote ? { quote: row.source.quote } : {}),
      ...(row.source.quote && (row.source.quoteLang ?? row.source.lang) ? { quoteLang: row.source.quoteLang ?? row.source.lang } : {}),
      sourceTitle: row.source.title,
      ...(row.source.lang ? { sourceLang: row.source.lang } : {}),
    }));
}

function measured(data: ViolenceData, lang: Lang): MeasuredInput[] {
  const text = (value: LocalizedText | undefined) => (value === undefined ? undefined : localize(value, lang));
  return data.rows
    .filter((row) => row.value !== undefined)
    .map((row) => {
      const fields = {
        form: localize(row.form, lang),
        perpetrator: text(row.perpetrator),
        kind: row.kind ?? 'count',
        value: row.value!,
        n: row.n,
        population: text(row.population),
        place: text(row.place),
        years: row.date === undefined ? undefined : formatYears(row.date),
        partOf: text(row.part_of),
        sourceTitle: row.source.title,
        sourceLang: row.source.lang,
      };
      return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as unknown as MeasuredInput;
    });
}
