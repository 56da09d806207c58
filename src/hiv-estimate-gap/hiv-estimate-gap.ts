import type { TemplateResult } from 'lit';
import { figures } from '../data/report.js';
import type { Lang } from '../data/types.js';
import { ChartElement, type ChartTable, type FocusPoint } from '../internal/chart-element.js';
import type { Reading } from '../internal/data-controller.js';
import { own } from '../internal/own.js';
import { formatDateText, inAllLangs, localize, t, writtenOnce } from '../internal/i18n.js';
import { measureText } from '../internal/measure-text.js';
import { formatEstimate, layoutEstimates, summarizeEstimates, type EstimateLayout, type LayoutEstimate } from './layout.js';
import type { Estimate, EstimateData, EstimateDataInput } from './read.js';
import { estimateStyles } from './styles.js';
import { renderEstimates } from './view.js';

export type { Estimate, EstimateData, EstimateDataInput, EstimateRowInput } from './read.js';

/** Tick labels are drawn at this size (px) whatever the text size, to fit the axis row. */
const TICK_SIZE = 12;

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
 * @cssproperty [--amelia-offscreen-drawing=auto] - A chart first drawn more than half a screen away from the screen (below the charts above it as they are drawn) is laid out and painted only once the reader scrolls near it, a screen high until then (its title and text too), and drawn then for a width the page gave it meanwhile; `visible` lays it out at once, for a page that measures charts off screen.
 *
 * @attr lang - Language of the chart: `en`, `ru` or `kk` (`ru-RU` means `ru`); else the page's.
 * @attr data - The data as JSON text.
 */
export class HivEstimateGap extends ChartElement<EstimateData, EstimateLayout, EstimateDataInput> {
  static override styles = [...ChartElement.styles, estimateStyles];

  protected override defaultData(): EstimateData {
    return { title: inAllLangs('hivTitle'), estimates: [figures.hivOfficial, figures.hivPublic] };
  }

  protected override async reading(): Promise<Reading<EstimateData>> {
    return (await import('./read.js')).reading;
  }

  protected override layout(data: EstimateData, width: number, lang: Lang): EstimateLayout {
    const face = this.typeface;
    const measure = face && measureText(`${TICK_SIZE}px ${face.fontFamily}`, face.letterSpacing, face.wordSpacing);
    // Without a canvas (never in a browser that draws the chart) digits are about 0.6 em wide.
    return layoutEstimates(localized(data, lang), width, lang, measure ?? ((text) => text.length * TICK_SIZE * 0.6));
  }

  protected override chartTitle(data: EstimateData | undefined, lang: Lang): string {
    const title = data && own(data, 'title');
    return title ? localize(title, lang) : t(lang, 'estimatesTitle');
  }

  protected override summary(data: EstimateData, lang: Lang): string {
    return summarizeEstimates(localized(data, lang), lang);
  }

  protected override table(data: EstimateData, lang: Lang): ChartTable {
    return {
      columns: [t(lang, 'tableFigure'), t(lang, 'tableValue'), t(lang, 'tableDate')],
      numeric: [false, true, false],
      // In the chart's words.
      rows: localized(data, lang).map(({ label, valueText, date }, i) => ({
        cells: () => [label, valueText, date ?? t(lang, 'dateNotStated')],
        source: data.estimates[i].source,
      })),
    };
  }

  protected override focusPoints(model: EstimateLayout): FocusPoint[] {
    return model.points;
  }

  protected override renderChart(model: EstimateLayout, lang: Lang): TemplateResult {
    return renderEstimates(model, this.activePoint, lang);
  }
}

/**
 * The estimates as the layout reads them: text in the reader's language, values written, the source
 * as spoken. Once for each data and language, as the timeline's words are (timed.ts): a width change
 * lays them out again without writing them (at 10,000 rows, writing them was half of a resize step's
 * work, 19 ms of it before, 11 ms since).
 */
function localized(data: EstimateData, lang: Lang): LayoutEstimate[] {
  return writtenOnce(data, lang, () => data.estimates.map((estimate) => {
    const { label, value, kind, source } = estimate;
    const date = dateOf(estimate, lang);
    const spoken = own(source, 'lang');
    return {
      label: localize(label, lang),
      value,
      kind,
      valueText: formatEstimate(value, kind, lang),
      // Its own, if only undefined: a page's Object.prototype.date is never read as one.
      date,
      source: { title: source.title, ...(spoken ? { lang: spoken } : {}) },
    };
  }));
}

/**
 * The estimate's own date as the reader reads it ("Q1 2021", "5 нояб. 2015 г."), never one
 * inherited from a polluted Object.prototype.
 */
function dateOf(estimate: Estimate, lang: Lang): string | undefined {
  const date = own(estimate, 'date');
  return date === undefined ? undefined : formatDateText(date, lang, own(estimate, 'datePart'));
}
