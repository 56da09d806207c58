import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import type { Lang, Source } from '../data/types.js';
import { DataController } from './data-controller.js';
import { errorMessage, type ChartDataError, type ChartErrorDetail } from './errors.js';
import { ExportController } from './export-controller.js';
import { chartToSvg } from './export.js';
import { renderFooter, uniqueSources, type ChartAction, type ChartTable } from './frame.js';
import { t } from './i18n.js';
import { LangController } from './lang-controller.js';
import { PointController, type FocusPoint } from './point-controller.js';
import { SizeController, type Typeface } from './size-controller.js';
import { frameStyles } from './styles.js';

export type { ChartTable } from './frame.js';
export type { FocusPoint, SpokenPoint } from './point-controller.js';

/** What the frame shows around the plot; it depends on the data and language, not on width. */
interface Content<TData> {
  data: TData;
  lang: Lang;
  layoutKey: unknown[];
  table: ChartTable;
  sources: Source[];
  summary: string;
}

/**
 * The contract every chart of the kit keeps: data from a property, an attribute or a URL; the
 * `chart-rendered` and `chart-error` events; a readable error inside the element; a frame with
 * title, summary, sources and data table; width-following; language.
 *
 * A chart supplies the hooks: `parse` validates input into its data, `layout` turns data and width
 * into a model (pure maths), and `renderChart` draws the model. Each of the jobs around them is a
 * controller with one job: the data source, the language, the size, the points, the exports.
 *
 * @internal
 */
export abstract class ChartElement<TData, TModel, TInput = unknown> extends LitElement {
  static override styles = frameStyles;

  /** Properties of a chart, besides data, width and language, that change its layout (say, `view`). */
  protected static layoutProperties: readonly string[] = [];

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'data', 'lang'];
  }

  /**
   * Colours: `light` (the default), `dark`, or `auto` to follow the reader's system setting. Every
   * colour is also a `--amelia-*` custom property a page can set itself.
   */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';

  /** Hides the buttons that download the data and copy a citation. */
  @property({ type: Boolean, attribute: 'hide-actions' }) hideActions = false;

  /** URL of the data, as JSON or CSV; resolved against the page's base URL. */
  @property({ attribute: 'src' })
  get src(): string | null {
    const input = this._source.input;
    return input?.from === 'src' ? input.url : null;
  }
  set src(url: string | null) {
    if (url) this._source.set({ from: 'src', url });
    else if (this._source.input?.from === 'src') this._source.set({ from: 'default' });
  }

  /**
   * The data as an object or array, in the element's JSON shape. Reading it gives the validated
   * data being drawn. Setting `null` returns to the report's data. Whatever is set is validated:
   * the type guides code, and data that does not match it still gets a readable error. Setting the
   * same object again does nothing: set a new object to redraw.
   */
  @property({ attribute: false })
  get data(): TData | undefined {
    return this._source.data;
  }
  set data(value: TInput | TData | null | undefined) {
    // The same object again is no new input: a framework that sets every prop on each render (React
    // wrappers) must not redraw, or a handler of `chart-rendered` that renders again never ends.
    const input = this._source.input;
    if (input?.from === 'property' && input.value === value) return;
    this._source.set(value === null || value === undefined ? { from: 'default' } : { from: 'property', value });
  }

  /** The language the chart speaks now: its `lang`, else its nearest ancestor's, else English. */
  get language(): Lang {
    return this._lang.value;
  }

  private readonly _source = new DataController<TData>(this, {
    read: (raw) => this.parse(raw),
    fallback: () => this.defaultData(),
  });
  // The report's data is read with its texts in the languages here: a language arriving reads it again.
  private readonly _lang = new LangController(this, () => this._source.input?.from === 'default' && this._source.set({ from: 'default' }));
  private readonly _size = new SizeController(this, () => this.renderRoot.querySelector('.frame'));
  private readonly _points = new PointController(this, (event) => this.pointAt(event));
  private readonly _exports = new ExportController(this);
  private _content?: Content<TData>;
  private _model?: TModel;
  private _laidOut: unknown[] = [];
  private _drawnModel?: TModel;
  private _reportedError?: ChartDataError;
  private _tableOpen = false;

  /** The report's data, shown when no input is given. */
  protected abstract defaultData(): TData;
  /** Validates raw input (JSON value or CSV records) into data; throws `ChartDataError`. */
  protected abstract parse(raw: unknown): TData;
  /** Pure maths: data, width and language in, everything `renderChart` draws out. */
  protected abstract layout(data: TData, width: number, lang: Lang): TModel;
  protected abstract renderChart(model: TModel, lang: Lang): TemplateResult;
  /** The title, from the data when it has one. */
  protected abstract chartTitle(data: TData | undefined, lang: Lang): string;
  /** One sentence with the key numbers. */
  protected abstract summary(data: TData, lang: Lang): string;
  protected abstract table(data: TData, lang: Lang): ChartTable;
  /** The points arrow keys walk through, in reading order. */
  protected abstract focusPoints(model: TModel, lang: Lang): FocusPoint[];

  /** The frame's font and text spacing, once the chart has been measured: for measuring labels. */
  protected get typeface(): Typeface | undefined {
    return this._size.text;
  }

  /** Index into `focusPoints` of the point shown, or -1: the chart draws its focus mark there. */
  protected get activePoint(): number {
    return this._points.active;
  }

  /**
   * The point under a pointer event, or -1. Marks say which point they draw with `data-point`; an
   * element whose marks share one shape (a path of many stripes) finds the point from the event.
   */
  protected pointAt(event: PointerEvent): number {
    const mark = (event.target as Element).closest?.('[data-point]');
    return mark ? Number(mark.getAttribute('data-point')) : -1;
  }

  /** The chart as a standalone SVG image, as drawn now: title, summary, marks and sources. */
  toSvg(): string {
    return chartToSvg(this, this.renderRoot.querySelector('.frame')!);
  }

  // Back on a page: send the events that waited while the chart was detached.
  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.requestUpdate();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this._lang.langChanged();
    if (name !== 'data' || old === value) return;
    if (value !== null) this._source.set({ from: 'attribute', text: value });
    else if (this._source.input?.from === 'attribute') this._source.set({ from: 'default' });
  }

  /*
   * What is drawn is derived from data, language, layout properties and size. The frame's content
   * (summary, table, sources) depends on neither width nor typeface: a resize does not rebuild it.
   */
  protected override willUpdate(): void {
    const { data } = this._source;
    if (data === undefined) {
      this._content = undefined;
      this._model = undefined;
      this._points.points = [];
      return;
    }
    const lang = this._lang.value;
    const ctor = this.constructor as typeof ChartElement;
    const layoutKey = ctor.layoutProperties.map((name) => this[name as keyof this]);
    try {
      let content = this._content;
      if (!content || content.data !== data || content.lang !== lang || !same(content.layoutKey, layoutKey)) {
        const table = this.table(data, lang);
        const sources = uniqueSources(table.rows.map((row) => row.source));
        content = this._content = { data, lang, layoutKey, table, sources, summary: this.summary(data, lang) };
      }
      const { width, typeface } = this._size;
      const laidOut = [content, width, typeface];
      if (same(laidOut, this._laidOut)) return;
      this._laidOut = laidOut;
      this._model = width > 0 ? this.layout(data, width, lang) : undefined;
      this._points.points = this._model === undefined ? [] : this.focusPoints(this._model, lang);
    } catch (error) {
      this._content = undefined;
      this._model = undefined;
      this._laidOut = [];
      this._source.fail(error);
    }
  }

  // Events leave from here, once the DOM shows what they announce. Lit also updates a detached
  // element; its events wait until it is on a page, so an error found while it was detached (a bad
  // `data` attribute in the page's HTML) still reaches listeners on the page.
  protected override updated(): void {
    if (!this.isConnected) return;
    const { error } = this._source;
    if (error && error !== this._reportedError) {
      this._reportedError = error;
      emit<ChartErrorDetail>(this, 'chart-error', { reason: error.reason, message: errorMessage(error, this._lang.value) });
    }
    if (this._model !== undefined && this._model !== this._drawnModel) {
      this._drawnModel = this._model;
      emit(this, 'chart-rendered');
    }
  }

  protected override render(): TemplateResult {
    const lang = this._lang.value;
    const { error, loading } = this._source;
    const content = this._content;
    const model = this._model;
    // Chromium names a figure from aria-labelledby, not from its figcaption: figure navigation says the title.
    return html`<figure part="figure" class="frame" lang=${lang} aria-labelledby="title">
      <figcaption part="title" class="title" id="title">${this.chartTitle(content?.data, lang)}</figcaption>
      ${this._lang.renderNote()}
      ${error ? html`<div part="error" class="error" role="alert">${errorMessage(error, this._lang.value)}</div>` : nothing}
      ${loading ? html`<p class="status" role="status">${t(lang, 'loading')}</p>` : nothing}
      ${content
        ? html`<p part="summary" class="summary">${content.summary}</p>
            ${this._points.render(model === undefined ? nothing : this.renderChart(model, lang), lang, this._size.width, this._exports.announcement)}
            ${guard([content, this.hideActions, this._exports.manualCitation, this._exports.failure, this._tableOpen], () => this._renderFooter(content))}`
        : nothing}
    </figure>`;
  }

  /** Sources, actions and the data table: they depend on neither width nor keyboard focus. */
  private _renderFooter({ data, lang, table, sources }: Content<TData>): TemplateResult {
    const act = (action: ChartAction) => this._exports.run(action, { title: this.chartTitle(data, lang), table, sources });
    const toggle = (open: boolean) => {
      this._tableOpen = open;
      this.requestUpdate();
    };
    const { failure, manualCitation } = this._exports;
    return renderFooter({ lang, table, open: this._tableOpen, sources, toggle, act: this.hideActions ? undefined : act, failure, manualCitation });
  }
}

const same = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((value, i) => value === b[i]);

/** Dispatches an event that bubbles out of the shadow root. */
const emit = <T>(target: EventTarget, name: string, detail?: T) =>
  target.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
