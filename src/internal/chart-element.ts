import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { Lang, Source } from '../data/types.js';
import { ChartDataError, type ChartErrorDetail } from './errors.js';
import { chartToSvg, citation, download, svgToPng, tableToCsv } from './export.js';
import { resolveLang, t } from './i18n.js';
import { loadData, parseJson } from './parse.js';
import { unwatchLang, watchLang } from './lang-watch.js';
import { observeWidth, unobserveWidth } from './resize.js';
import { frameStyles } from './styles.js';

/** The accessible table every chart offers: its columns and one row per figure, with its source. */
export interface ChartTable {
  columns: string[];
  /** Cells that hold numbers are aligned as numbers. */
  numeric?: boolean[];
  rows: { cells: string[]; source: Source }[];
}

/**
 * A data point the reader can reach with the keyboard, the mouse or a tap: what it says, and, when
 * the chart knows it, where it is in the plot (pixels from the plot's top-left corner), for the
 * tooltip the base shows there. Its mark carries `data-point` = its index, for the pointer.
 */
export interface FocusPoint extends SpokenPoint {
  x?: number;
  y?: number;
}

/**
 * What a point says: "Official estimate: 28, 2015", then "Source: …" with the source's title in the
 * source's own language, so that a screen reader reading a Russian chart switches voice for an
 * English title (WCAG 3.1.2).
 */
export interface SpokenPoint {
  text: string;
  source?: { title: string; lang?: string };
}

/** Past this many rows the data table is built when the reader opens it, not before. */
const EAGER_TABLE_ROWS = 200;

/** Where the chart's data comes from now; the last input set wins. */
type Input =
  | { from: 'default' }
  | { from: 'property'; value: unknown }
  | { from: 'attribute'; text: string }
  | { from: 'src'; url: string };

/**
 * The contract every chart of the kit keeps: data from a property, an attribute or a URL; the
 * `chart-rendered` and `chart-error` events; a readable error inside the element; a frame with
 * title, summary, sources and data table; width-following; language.
 *
 * A chart supplies the hooks: `parse` validates input into its data, `layout` turns data and width
 * into a model (pure maths), and `renderChart` draws the model.
 *
 * @internal
 */
export abstract class ChartElement<TData, TModel> extends LitElement {
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
    return this._input?.from === 'src' ? this._input.url : null;
  }
  set src(url: string | null) {
    if (url) this._setInput({ from: 'src', url });
    else if (this._input?.from === 'src') this._setInput({ from: 'default' });
  }

  /**
   * The data as an object or array, in the element's JSON shape. Reading it gives the validated
   * data being drawn. Setting `null` returns to the report's data.
   */
  @property({ attribute: false })
  get data(): TData | undefined {
    return this._data;
  }
  set data(value: unknown) {
    this._setInput(value === null || value === undefined ? { from: 'default' } : { from: 'property', value });
  }

  @state() private _data?: TData;
  @state() private _error?: ChartDataError;
  @state() private _loading = false;
  @state() private _width = 0;
  /** The text's font and spacing: a reader's stylesheet can change them at any time (WCAG 1.4.12). */
  @state() private _typeface = '';
  @state() private _lang: Lang = 'en';
  /** Index into `focusPoints` of the point the keyboard is on, or -1. */
  @state() protected activePoint = -1;
  /** What the live region says besides the focused point: "Citation copied." */
  @state() private _announcement = '';
  /** A citation the clipboard refused, shown for copying by hand. */
  @state() private _manualCitation = '';

  @query('.frame') private _frame!: HTMLElement;

  private _input?: Input;
  private _loader?: AbortController;
  private _model?: TModel;
  private _drawnModel?: TModel;
  private _reportedError?: ChartDataError;
  private _points: FocusPoint[] = [];
  private _table?: ChartTable;
  private _summary = '';
  private _sources: Source[] = [];
  @state() private _tableOpen = false;

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

  /** The language the chart speaks now: its `lang`, else its nearest ancestor's, else English. */
  get language(): Lang {
    return this._lang;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._lang = this._resolveLang();
    watchLang(this);
    if (this._input === undefined) this._setInput({ from: 'default' });
    else if (this._input.from === 'src' && this._loading && !this._loader) this._load(this._input.url);
    if (this.hasUpdated) {
      this._observe();
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this._frame) unobserveWidth(this._frame);
    unwatchLang(this);
    // An unfinished request is dropped; it starts again if the element comes back.
    this._loader?.abort();
    this._loader = undefined;
  }

  /** @internal Called when a `lang` attribute changed anywhere in the document. */
  langChanged(): void {
    const lang = this._resolveLang();
    if (lang !== this._lang) this._lang = lang;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.langChanged();
    if (name !== 'data' || old === value) return;
    if (value !== null) this._setInput({ from: 'attribute', text: value });
    else if (this._input?.from === 'attribute') this._setInput({ from: 'default' });
  }

  protected override firstUpdated(): void {
    this._observe();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const has = (key: string) => (changed as Map<PropertyKey, unknown>).has(key);
    const content = ['_data', '_lang', ...(this.constructor as typeof ChartElement).layoutProperties];
    if (!content.some(has) && !has('_width') && !has('_typeface')) return;
    this._model = undefined;
    this._points = [];
    if (this._data === undefined) return;
    try {
      // The summary, table and sources do not depend on width: a resize does not rebuild them.
      if (content.some(has) || !this._table) {
        this._table = this.table(this._data, this._lang);
        this._sources = uniqueSources(this._table.rows.map((row) => row.source));
        this._summary = this.summary(this._data, this._lang);
      }
      if (this._width <= 0) return;
      this._model = this.layout(this._data, this._width, this._lang);
      this._points = this.focusPoints(this._model, this._lang);
      if (this.activePoint >= this._points.length) this.activePoint = this._points.length - 1;
    } catch (error) {
      this._fail(error);
    }
  }


  // Events leave from here, once the DOM shows what they announce: an error found while the element
  // was still detached (say, a bad `data` attribute in the page's HTML) reaches listeners on the page.
  protected override updated(changed: PropertyValues<this>): void {
    // Lit also updates a detached element; its events wait until it is back on a page.
    if (!this.isConnected) return;
    if ((changed as Map<PropertyKey, unknown>).has('activePoint')) this._placeTooltip();
    if (this._error && this._error !== this._reportedError) {
      this._reportedError = this._error;
      emit<ChartErrorDetail>(this, 'chart-error', {
        reason: this._error.reason,
        message: this._errorMessage(this._error, this._lang),
      });
    }
    if (this._model !== undefined && this._model !== this._drawnModel) {
      this._drawnModel = this._model;
      emit(this, 'chart-rendered');
    }
  }

  protected override render(): TemplateResult {
    const lang = this._lang;
    const data = this._data;
    // Chromium names a figure from aria-labelledby, not from its figcaption: figure navigation says the title.
    return html`<figure part="figure" class="frame" lang=${lang} aria-labelledby="title">
      <figcaption part="title" class="title" id="title">${this.chartTitle(data, lang)}</figcaption>
      ${this._error
        ? html`<div part="error" class="error" role="alert">${this._errorMessage(this._error, lang)}</div>`
        : nothing}
      ${this._loading ? html`<p class="status" role="status">${t(lang, 'loading')}</p>` : nothing}
      ${data === undefined || !this._table ? nothing : this._renderData(data, lang)}
    </figure>`;
  }

  private _renderData(data: TData, lang: Lang): TemplateResult {
    const table = this._table!;
    // What follows the plot depends on neither width nor keyboard focus: a redraw for either skips it.
    return html`<p part="summary" class="summary">${this._summary}</p>
      ${this._renderPlot(lang)}
      ${guard([data, lang, table, this.hideActions, this._manualCitation, this._tableOpen], () =>
        this._renderFooter(data, lang, table),
      )}`;
  }

  /** Sources, actions and the data table. */
  private _renderFooter(data: TData, lang: Lang, table: ChartTable): TemplateResult {
    const sources = this._sources;
    const rows = table.rows.length <= EAGER_TABLE_ROWS || this._tableOpen ? table.rows : [];
    return html`<div part="sources" class="sources">
        <span>${t(lang, sources.length > 1 ? 'sources' : 'source')}:</span>
        <ol>
          ${sources.map((source) => html`<li>${renderSourceTitle(source)}</li>`)}
        </ol>
      </div>
      ${this.hideActions
        ? nothing
        : html`<div part="actions" class="actions">
            <button type="button" data-action="csv" @click=${() => this._downloadCsv(table)}>${t(lang, 'downloadCsv')}</button>
            <button type="button" data-action="svg" @click=${() => this._downloadImage('svg')}>${t(lang, 'downloadSvg')}</button>
            <button type="button" data-action="png" @click=${() => this._downloadImage('png')}>${t(lang, 'downloadPng')}</button>
            <button type="button" data-action="cite" @click=${() => this._cite(data, sources)}>${t(lang, 'cite')}</button>
          </div>`}
      ${this._manualCitation
        ? html`<label class="citation">${t(lang, 'citationManual')}
            <textarea readonly rows="4" .value=${this._manualCitation}></textarea>
          </label>`
        : nothing}
      <details part="table" @toggle=${(event: Event) => (this._tableOpen = (event.target as HTMLDetailsElement).open)}>
        <summary>${t(lang, 'showTable')}</summary>
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                ${table.columns.map((column) => html`<th scope="col">${column}</th>`)}
                <th scope="col">${t(lang, 'tableSource')}</th>
              </tr>
            </thead>
            <tbody>
              ${rows.map(
                ({ cells, source }) =>
                  html`<tr>
                    ${cells.map((cell, i) =>
                      i === 0
                        ? html`<th scope="row">${cell}</th>`
                        : html`<td class=${table.numeric?.[i] ? 'number' : ''}>${cell}</td>`,
                    )}
                    <td>
                      ${renderSourceTitle(source)}
                      ${own(source, 'quote')
                        ? html`<blockquote lang=${own(source, 'quoteLang') ?? own(source, 'lang') ?? nothing}>“${source.quote}”</blockquote>`
                        : nothing}
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>
      </details>`;
  }

  /*
   * The plot is one tab stop. Arrow keys, Home and End walk the chart's focus points; the point's
   * text shows in a tooltip and is spoken through a polite live region, and Tab leaves the chart.
   */
  private _renderPlot(lang: Lang): TemplateResult {
    const model = this._model;
    const point = this._points[this.activePoint];
    const hasPoints = this._points.length > 0;
    // Set through the CSSOM (styleMap), not a style attribute, which a strict CSP would refuse.
    const atPoint = point?.x !== undefined && point.y !== undefined;
    const tooltipStyle = atPoint
      ? { left: `${Math.round(Math.min(Math.max(point.x!, 0), this._width))}px`, top: `${Math.round(point.y!)}px` }
      : {};
    return html`<div
        part="plot"
        class="plot"
        tabindex=${hasPoints ? '0' : nothing}
        role=${hasPoints ? 'group' : nothing}
        aria-label=${hasPoints ? t(lang, 'keyboardHint') : nothing}
        @keydown=${this._onKeydown}
        @focus=${this._onFocus}
        @blur=${this._onBlur}
        @pointermove=${this._onPointerMove}
        @pointerleave=${this._onPointerLeave}
        @pointerdown=${this._onPointerDown}
      >
        ${model === undefined ? nothing : this.renderChart(model, lang)}
        ${point
          ? html`<div
              part="tooltip"
              class="tooltip ${atPoint ? 'at-point' : ''}"
              style=${styleMap(tooltipStyle)}
              aria-hidden="true"
            >${this._say(point, lang)}</div>`
          : nothing}
      </div>
      ${hasPoints ? html`<p part="hint" class="hint" aria-hidden="true">${t(lang, 'keyboardKeys')}</p>` : nothing}
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">${point ? this._say(point, lang) : this._announcement}</div>`;
  }

  // One text node before the source's title; a point's text may end in a full stop already
  // ("сент. 2006 г."): one is enough.
  private _say({ text, source }: SpokenPoint, lang: Lang): TemplateResult | string {
    if (!source) return text;
    const lead = `${text}${text.endsWith('.') ? '' : '.'} ${t(lang, 'source')}: `;
    return html`${lead}<span lang=${source.lang ?? nothing}>${source.title}</span>`;
  }

  private _downloadCsv(table: ChartTable): void {
    download(`${this.localName}-${this._lang}.csv`, tableToCsv(table, this._lang), 'text/csv;charset=utf-8');
  }

  /** The chart as a standalone SVG image, as drawn now: title, summary, marks and sources. */
  toSvg(): string {
    return chartToSvg(this, this._frame);
  }

  private async _downloadImage(format: 'svg' | 'png'): Promise<void> {
    const svg = this.toSvg();
    const name = `${this.localName}-${this._lang}.${format}`;
    if (format === 'svg') download(name, svg, 'image/svg+xml');
    else download(name, await svgToPng(svg), 'image/png');
  }

  private async _cite(data: TData, sources: Source[]): Promise<void> {
    const text = citation(this.chartTitle(data, this._lang), sources, this._lang, new Date());
    try {
      await navigator.clipboard.writeText(text);
      this._manualCitation = '';
      this._announcement = t(this._lang, 'citationCopied');
    } catch {
      // Pages may deny the clipboard (an iframe without permission): offer the text to copy by hand.
      this._manualCitation = text;
    }
  }

  // A chart drawn in HTML flow cannot know where its marks land; the tooltip then goes above the
  // focus mark it drew, measured once the DOM has it and placed through the CSSOM (no re-render).
  private _placeTooltip(): void {
    const tooltip = this.renderRoot.querySelector<HTMLElement>('.tooltip:not(.at-point)');
    const mark = this.renderRoot.querySelector('.focus-mark');
    const plot = this.renderRoot.querySelector('.plot');
    if (!tooltip || !mark || !plot) return;
    const box = mark.getBoundingClientRect();
    const origin = plot.getBoundingClientRect();
    tooltip.classList.add('at-point', 'at-mark');
    tooltip.style.left = `${Math.round(box.left + box.width / 2 - origin.left)}px`;
    tooltip.style.top = `${Math.round(box.top - origin.top)}px`;
  }

  /**
   * The point under a pointer event, or -1. Marks say which point they draw with `data-point`; an
   * element whose marks share one shape (a path of many stripes) finds the point from the event.
   */
  protected pointAt(event: PointerEvent): number {
    const mark = (event.target as Element).closest?.('[data-point]');
    return mark ? Number(mark.getAttribute('data-point')) : -1;
  }

  /** Whether the tooltip shown came from the pointer (which then may hide it), not the keyboard. */
  private _byPointer = false;

  // A mouse shows the point it is over. A touch or pen has no hover: a tap shows the point tapped,
  // and it stays until the next tap (a tap off the marks hides it), as the lifted finger "leaves".
  private _onPointerMove = (event: PointerEvent) => {
    if (event.pointerType !== 'mouse') return;
    const index = this.pointAt(event);
    if (index < 0 && !this._byPointer) return;
    this._byPointer = index >= 0;
    this.activePoint = index;
  };

  private _onPointerLeave = (event: PointerEvent) => {
    if (event.pointerType !== 'mouse' || !this._byPointer) return;
    this._byPointer = false;
    this.activePoint = -1;
  };

  private _onPointerDown = (event: PointerEvent) => {
    this._focusByPointer = true;
    if (event.pointerType === 'mouse') return;
    const index = this.pointAt(event);
    this._byPointer = index >= 0;
    this.activePoint = index;
  };

  /** Set from a press on the plot until the focus it gives (or the next blur). */
  private _focusByPointer = false;

  // Keyboard focus starts on the first point; a click or tap that focuses the plot shows its own.
  private _onFocus = () => {
    if (this.activePoint < 0 && this._points.length && !this._focusByPointer) this.activePoint = 0;
    this._focusByPointer = false;
  };

  private _onBlur = () => {
    this._focusByPointer = false;
    this._byPointer = false;
    this.activePoint = -1;
  };

  private _onKeydown = (event: KeyboardEvent) => {
    const last = this._points.length - 1;
    const moves: Record<string, number> = {
      ArrowRight: Math.min(last, this.activePoint + 1),
      ArrowDown: Math.min(last, this.activePoint + 1),
      ArrowLeft: Math.max(0, this.activePoint - 1),
      ArrowUp: Math.max(0, this.activePoint - 1),
      Home: 0,
      End: last,
    };
    if (event.key === 'Escape') this.activePoint = -1;
    else if (event.key in moves && last >= 0) this.activePoint = moves[event.key];
    else return;
    event.preventDefault();
  };

  private _setInput(input: Input): void {
    this._input = input;
    this._loader?.abort();
    this._loader = undefined;
    this._loading = false;
    switch (input.from) {
      case 'src':
        this._load(input.url);
        return;
      case 'default':
        this._accept(() => this.defaultData());
        return;
      case 'property':
        this._accept(() => this.parse(input.value));
        return;
      case 'attribute':
        this._accept(() => this.parse(parseJson(input.text)));
        return;
    }
  }

  private async _load(url: string): Promise<void> {
    this._loading = true;
    this._data = undefined;
    this._error = undefined;
    // A detached element fetches nothing; it loads when it is connected.
    if (!this.isConnected) return;
    const loader = new AbortController();
    this._loader = loader;
    try {
      const raw = await loadData(url, loader.signal);
      if (loader === this._loader) this._accept(() => this.parse(raw));
    } catch (error) {
      if (loader === this._loader) this._fail(error);
    } finally {
      if (loader === this._loader) {
        this._loader = undefined;
        this._loading = false;
      }
    }
  }

  private _accept(read: () => TData): void {
    try {
      this._data = read();
      this._error = undefined;
    } catch (error) {
      this._fail(error);
    }
  }

  private _fail(error: unknown): void {
    const failure =
      error instanceof ChartDataError
        ? error
        : new ChartDataError('invalid-data', 'unexpected', { detail: String((error as Error)?.message ?? error) });
    this._data = undefined;
    this._model = undefined;
    this._error = failure;
  }

  private _errorMessage(error: ChartDataError, lang: Lang): string {
    const detail = error.detailKey ? t(lang, error.detailKey, error.params) : String(error.params.detail ?? '');
    switch (error.reason) {
      case 'invalid-json':
        return t(lang, 'errorInvalidJson', { detail });
      case 'load-failed':
        return t(lang, 'errorLoadFailed', { detail, url: error.params.url ?? '' });
      case 'invalid-data':
        return t(lang, 'errorInvalidData', { detail });
      case 'no-data':
        return t(lang, 'errorNoData');
    }
  }

  // The frame's content box is the width the chart may draw in, inside any padding a host sets.
  // Text set wider or in another font reflows the frame, so its size changes too: the chart is then
  // laid out again with the text as the reader has set it.
  private _observe(): void {
    observeWidth(this._frame, (width) => {
      if (width !== this._width) this._width = width;
      const { fontFamily, letterSpacing, wordSpacing, lineHeight } = getComputedStyle(this._frame);
      const typeface = `${fontFamily}|${letterSpacing}|${wordSpacing}|${lineHeight}`;
      if (typeface !== this._typeface) this._typeface = typeface;
    });
  }

  private _resolveLang(): Lang {
    return resolveLang(this.closest('[lang]')?.getAttribute('lang'));
  }
}

/** Dispatches an event that bubbles out of the shadow root. */
function emit<T>(target: EventTarget, name: string, detail?: T): void {
  target.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
}

// Optional fields are read as own properties: on a page that has polluted Object.prototype with a
// `url` or `quote`, a source without one must not inherit a link or words it never had.
const own = <T extends object, K extends keyof T>(object: T, key: K): T[K] | undefined =>
  Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;

function uniqueSources(sources: Source[]): Source[] {
  const seen = new Map<string, Source>();
  for (const source of sources) {
    const url = own(source, 'url');
    const key = `${source.title}\n${url ?? ''}`;
    const lang = own(source, 'lang');
    if (!seen.has(key)) seen.set(key, { title: source.title, ...(url ? { url } : {}), ...(lang ? { lang } : {}) });
  }
  return [...seen.values()];
}

function renderSourceTitle(source: Source): TemplateResult {
  const url = own(source, 'url');
  const lang = own(source, 'lang') ?? nothing;
  return url
    ? html`<a href=${url} lang=${lang} rel="noopener noreferrer">${source.title}</a>`
    : html`<span lang=${lang}>${source.title}</span>`;
}
