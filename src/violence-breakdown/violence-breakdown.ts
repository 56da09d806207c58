import type { PropertyDeclarations } from 'lit';
import type { Lang } from '../data/types.js';
import { ChartElement, type ChartTable, type FocusPoint } from '../internal/chart-element.js';
import { localize, t } from '../internal/i18n.js';
import { measureText } from '../internal/measure-text.js';
import { ON_DEMAND } from '../internal/on-demand.js';
import { own } from '../internal/own.js';
import type { Reading } from '../internal/data-controller.js';
import { isReportData, reportData } from './report-data.js';
import { isNamed, loaded, type ViewModule, type ViolenceData } from './shared.js';
import { violenceStyles } from './styles.js';
import { loadMeasured, TITLES, viewModule, type ViolenceLayout, type ViolenceView } from './views/modules.js';

export type { ViolenceData } from './shared.js';
export type { ViolenceView } from './views/modules.js';

/** The axis labels' size in pixels (styles.ts). */
const TICK_SIZE = 12;

/**
 * @tagname violence-breakdown
 * @summary Shows the abuse sex workers in Kazakhstan face, honestly. The `report` view (default) is
 * a grid of the forms of abuse the report names by the perpetrators it ties them to (police,
 * clients), with "perpetrator not specified" where it names none and a lettered quote in every cell;
 * it has no numbers because the report gives none. Under the grid, apart from it, the fear the report
 * records (of being publicly identified by police or health officials): a fear, not an abuse, and
 * whom sex workers fear are not perpetrators. The `measured` view shows
 * survey rates, each with its sample (n, who, where, when): recent intimate-partner violence 45 %
 * and client violence 28 % (n = 400, Almaty and Temirtau, 2015–2017) as separate bars, and the
 * police-violence classes 51 % / 15 % / 34 % (n = 255, Almaty, 2015–2017) as one 100 % bar. Rates
 * of different samples are never stacked or added.
 *
 * Data, as JSON (`data` property or attribute, or `src`):
 * `{ "title"?: string, "source"?: Source, "rows": [{ "form", "perpetrator"?, "record"?, "feared"?, "value"?, "kind"?, "n"?, "population"?, "place"?, "date"?, "part_of"?, "source"?, "source_url"?, "quote"? }] }`
 * or just the list of rows. A row without `value` says that its source names the `form` and ties it
 * to `perpetrator`, or to no one when `perpetrator` is empty ("perpetrator not specified"); it is
 * drawn in the `report` view. A row with `"record": "fear"` is a fear the source records, not an
 * abuse: `feared` names whom sex workers fear (a list, or one text in CSV), and it has no
 * `perpetrator` nor `value`; the `report` view lists it apart from the grid, and the table says it is
 * a fear. A row with `value` is measured and drawn in the `measured` view:
 * `kind` is `count` (default) or `rate` (percent, 0-100); `n` is the sample size. A count gets a
 * rate only when `n` is given, and the table shows the computation ("12 of 40 = 30 %"); a count
 * without `n` is drawn as a count, with no rate. `population`, `place` and `date` (`YYYY` or
 * `YYYY/YYYY`) describe the sample; rows of one sample that share `part_of` are shares of one
 * whole, drawn as one 100 % bar (they may not add up to more than 100 %). `source` is a title or
 * `{ "title", "url"?, "quote"?, "lang"?, "quoteLang"? }`, and may be given once for all rows.
 * As CSV (`src`): columns `form,perpetrator,record,feared,value,kind,n,population,place,date,part_of,source,source_url,quote`.
 *
 * Many rows are drawn compactly, in at most 480 px and a few dozen DOM nodes whatever their number:
 * past 40 forms or 12 perpetrators, the `report` view draws a small mark per form and perpetrator
 * named (no letters, no quotes list); past 40 figures, the `measured` view draws a thin stripe per
 * figure, rates on one 0-100 % scale and counts without `n` on their own, every other sample on a
 * band, the shares of a whole as a staircase. Every row stays on the keyboard and in the CSV download,
 * with its quote; the data table shows the first 500.
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
 * @csspart fear - Each fear the source records, listed apart from the forms of abuse in the `report` view.
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
 * @cssproperty [--amelia-offscreen-drawing=auto] - A chart first drawn more than half a screen away from the screen (below the charts above it as they are drawn) is laid out and painted only once the reader scrolls near it, a screen high until then (its title and text too), and drawn then for a width the page gave it meanwhile; `visible` lays it out at once, for a page that measures charts off screen.
 *
 * @attr lang - Language of the chart: `en`, `ru` or `kk` (`ru-RU` means `ru`); else the page's.
 * @attr data - The data as JSON text.
 */
export class ViolenceBreakdown extends ChartElement<ViolenceData, ViolenceLayout> {
  protected static override layoutProperties = ['view'];

  static override styles = [...ChartElement.styles, violenceStyles];

  static override properties: PropertyDeclarations = { view: { reflect: true } };

  /**
   * Which view to draw: `report` (default), the forms of abuse named by perpetrator, or `measured`,
   * the survey rates with their samples. When the data holds rows for only one view, that view is
   * drawn. The measured view's code comes from `chunks/` beside the script the first time a chart
   * draws it (the one-file builds carry it): until then the chart shows what it showed before.
   */
  view: ViolenceView = 'report';

  /** The view of the data and `view` it was last picked for. */
  private _picked?: { data: ViolenceData; asked: string; name: ViolenceView };
  /** The model drawn last and the view that drew it, for the pointer over a compact drawing. */
  private _drawn?: { module: ViewModule<ViolenceLayout>; model: ViolenceLayout };

  protected override defaultData(): ViolenceData {
    return reportData();
  }

  protected override async reading(): Promise<Reading<ViolenceData>> {
    // The reader's compact stripes are the measured view's (views/stripes.ts): in the same round trip.
    import('./views/measured.js').catch(() => undefined);
    return (await import('./read.js')).reading;
  }

  /**
   * The first update that draws the measured view waits for its code (from a chunk): until then the
   * chart shows what it showed before, nothing at first. Code that did not load: viewModule.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (ON_DEMAND && !loaded.measured) {
      const { data } = this;
      if (data && this._nameOf(data) === 'measured') await loadMeasured().catch(() => undefined);
    }
    return super.scheduleUpdate();
  }

  /** The view drawn for `data`: the one asked for, unless the data has nothing for it. */
  private _nameOf(data: ViolenceData): ViolenceView {
    const picked = this._picked;
    if (picked?.data === data && picked.asked === this.view) return picked.name;
    const name: ViolenceView =
      this.view === 'measured'
        ? data.rows.some((row) => !isNamed(row)) ? 'measured' : 'report'
        : data.rows.some(isNamed) ? 'report' : 'measured';
    this._picked = { data, asked: this.view, name };
    return name;
  }

  protected override layout(data: ViolenceData, width: number, lang: Lang): ViolenceLayout {
    const face = this.typeface;
    const measure = face && measureText(`${TICK_SIZE}px ${face.fontFamily}`, face.letterSpacing, face.wordSpacing);
    // Without a canvas (never in a browser that draws the chart) digits are about 0.6 em wide.
    return viewModule(this._nameOf(data)).layout(data, width, lang, measure ?? ((text) => text.length * TICK_SIZE * 0.6));
  }

  protected override chartTitle(data: ViolenceData | undefined, lang: Lang): string {
    const title = data && own(data, 'title');
    if (title) return localize(title, lang);
    // Without data (loading, or an error), the view asked for. The report's own titles name
    // Kazakhstan; a partner's data without a title gets a plain one.
    const titles = TITLES[data ? this._nameOf(data) : this.view === 'measured' ? 'measured' : 'report'];
    return t(lang, titles[data && !isReportData(data) ? 1 : 0]);
  }

  protected override summary(data: ViolenceData, lang: Lang): string {
    return viewModule(this._nameOf(data)).summary(data, lang);
  }

  protected override table(data: ViolenceData, lang: Lang): ChartTable {
    return viewModule(this._nameOf(data)).table(data, lang);
  }

  protected override focusPoints(model: ViolenceLayout): FocusPoint[] {
    return model.points;
  }

  protected override renderChart(model: ViolenceLayout, lang: Lang) {
    const module = viewModule(model.view);
    this._drawn = { module, model };
    return module.render(model, this.activePoint, lang, this);
  }

  // A compact drawing is one path per kind of mark: the view finds the point from the place.
  protected override pointAt(event: PointerEvent): number {
    const drawing = (event.target as Element).closest?.('svg.compact');
    if (!drawing || !this._drawn) return super.pointAt(event);
    const box = drawing.getBoundingClientRect();
    const { module, model } = this._drawn;
    return module.pointAt!(model, Number(drawing.getAttribute('data-drawing')), event.clientX - box.left, event.clientY - box.top);
  }
}
