import { LitElement, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Lang, Source } from '../data/types.js';
import { DataController, type Reading } from './data-controller.js';
import { drawn, same, type Drawing, type DrawsOnce } from './drawn-once.js';
import { errorMessage, type ChartDataError, type ChartErrorDetail } from './errors.js';
import { ExportController } from './export-controller.js';
import { renderFooter, renderSources, uniqueSources, type ChartAction, type ChartTable, type Disclosure } from './frame.js';
import { languagesRegistered, t } from './i18n.js';
import { LangController } from './lang-controller.js';
import { nextTask } from './next-task.js';
import { PointController, rowUnder, type FocusPoint } from './point-controller.js';
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
  /**
   * The sources' list, drawn the first time the footer is (`drawn`): no binding of it changes until
   * the data or language does, and without Lit's parts it holds a tenth of a chart's JS heap less.
   */
  sourceList?: Element;
  summary: string;
}

/**
 * The contract every chart of the kit keeps: data from a property, an attribute or a URL; the
 * `chart-rendered` and `chart-error` events; a readable error inside the element; a frame with
 * title, summary, sources and data table; width-following; language.
 *
 * A chart supplies the hooks: `defaultData` gives the report's data, `reading` loads the code that
 * validates a page's input into data (on first use), `layout` turns data and width into a model
 * (pure maths), and `renderChart` draws the model. Each of the jobs around them is a controller with
 * one job: the data source, the language, the size, the points, the exports.
 *
 * @internal
 */
export abstract class ChartElement<TData, TModel, TInput = unknown> extends LitElement implements DrawsOnce {
  static override styles = frameStyles;

  // Declared here, not by decorators: the decorators' helper would ship in every file.
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    hideActions: { type: Boolean, attribute: 'hide-actions' },
    src: {},
    data: { attribute: false },
  };

  /** Properties of a chart, besides data, width and language, that change its layout (say, `view`). */
  protected static layoutProperties: readonly string[] = [];

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'data', 'lang'];
  }

  /**
   * Colours: `light` (the default), `dark`, or `auto` to follow the reader's system setting. Every
   * colour is also a `--amelia-*` custom property a page can set itself.
   */
  theme: 'light' | 'dark' | 'auto' = 'light';

  /** Hides the buttons that download the data and copy a citation. */
  hideActions = false;

  /** URL of the data, as JSON or CSV; resolved against the page's base URL. */
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
   * data being drawn; the report's data is one object shared by every chart of the kind, so copy it
   * before changing it. Setting `null` returns to the report's data. Whatever is set is validated:
   * the type guides code, and data that does not match it still gets a readable error. The code
   * that validates it comes from `chunks/` beside the script the first time a chart of the kind is
   * given data (the one-file builds carry it): until then the chart shows it is loading and reading
   * `data` gives `undefined`, so wait for `chart-rendered` or `chart-error`; after that it is read
   * at once. Setting the same object again, or the data read from the chart, does nothing: set a
   * new object to redraw. So does `null` while the report's data is drawn: no event follows.
   */
  get data(): TData | undefined {
    return this._source.data;
  }
  set data(value: TInput | TData | null | undefined) {
    // The same object again is no new input: a framework that sets every prop on each render (React
    // wrappers) must not redraw, or a handler of `chart-rendered` that renders again never ends. Nor
    // is the data being drawn (`el.data = el.data`, a two-way binding writing back what it read).
    const input = this._source.input;
    if ((input?.from === 'property' && input.value === value) || (value != null && value === this._source.data)) return;
    this._source.set(value === null || value === undefined ? { from: 'default' } : { from: 'property', value });
  }

  /** The language the chart speaks now: its `lang`, else its nearest ancestor's, else English. */
  get language(): Lang {
    return this._lang.value;
  }

  private readonly _source = new DataController<TData>(this, {
    reading: () => this.reading(),
    fallback: () => this._reportData(),
  });
  // The report's data is read with its texts in the languages here: a language arriving reads it again.
  private readonly _lang = new LangController(this, () => this._source.input?.from === 'default' && this._source.set({ from: 'default' }));
  private readonly _size = new SizeController(this, () => this.renderRoot.querySelector('.frame'));
  private readonly _points = new PointController(this, (event) => this.pointAt(event));
  private readonly _exports = new ExportController(this);
  private _content?: Content<TData>;
  private _model?: TModel;
  /** What the model was laid out for (content, width, typeface), and what it was when last drawn. */
  private _laidOut: unknown[] = [];
  private _drawnFor?: unknown[];
  private _reportedError?: ChartDataError;
  // Replaced, not changed, when the reader opens one: the footer's memo compares it by identity.
  private _opened: Readonly<Record<Disclosure, boolean>> = { table: false, actions: false };
  private _footerDrawn: unknown[] = [];
  private _footerTemplate?: TemplateResult;
  /** What a view drew once (drawn-once.ts). @internal */
  _drawnOnce?: DrawsOnce['_drawnOnce'];

  /** The report's data, shown when no input is given; read once for every chart of a kind (`_reportData`). */
  protected abstract defaultData(): TData;
  /**
   * The code that reads the data a page gives, from a module of its own (data-controller.ts):
   * `return (await import('./read.js')).reading`, which the module files load beside them the first
   * time a chart of the kind is given data.
   */
  protected abstract reading(): Promise<Reading<TData>>;
  /** Pure maths: data, width and language in, everything `renderChart` draws out. */
  protected abstract layout(data: TData, width: number, lang: Lang): TModel;
  protected abstract renderChart(model: TModel, lang: Lang): Drawing;
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
   * The point under a pointer event, or -1. Marks say which point they draw with `data-point`. The
   * rows of a compact drawing share their paths: the drawing says how many (`data-rows`) and the
   * point of its first (`data-first`, else 0), and the row under the pointer is found by its height.
   * An element whose marks share one shape otherwise finds the point from the event itself.
   */
  protected pointAt(event: PointerEvent): number {
    const target = event.target as Element;
    const rows = target.closest?.('svg[data-rows]');
    if (rows) return Number(rows.getAttribute('data-first')) + rowUnder(event, rows);
    const mark = target.closest?.('[data-point]');
    return mark ? Number(mark.getAttribute('data-point')) : -1;
  }

  /**
   * The chart as a standalone SVG image, as drawn when the promise resolves, for the width it has
   * then (also far from the screen, where a new width waits for the reader): title, summary, marks
   * and sources. Its code comes from `chunks/` beside a module file the first time a chart is asked
   * for an image (the one-file builds carry it); the promise rejects if it cannot be loaded.
   */
  async toSvg(): Promise<string> {
    await this._size._current();
    return (await import('./svg.js')).chartToSvg(this, this.renderRoot.querySelector('.frame')!);
  }

  /**
   * The report's data, read once for all charts of a kind, and again when a language arrives (its
   * texts are read in the languages here): fifty timelines on a page read the report once. The charts
   * share it, as they share the report; each validated input stays a chart's own.
   */
  private _reportData(): TData {
    const languages = languagesRegistered();
    let read = reportData.get(this.constructor);
    if (read?.[0] !== languages) reportData.set(this.constructor, (read = [languages, this.defaultData()]));
    return read[1] as TData;
  }

  /*
   * A large input's reading, frame texts, layout and drawing are each a task of their own: the page
   * answers its reader in between, and no task grows with all of them.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (this._source.large) {
      // Until the chart has a width there is no layout to step through: a chart given its data
      // before it was on a page steps again in the update its first width brings.
      if (this._size.width > 0) this._source.large = false;
      for (const step of [() => this._frame(), () => this._layOut()]) {
        await nextTask();
        step();
      }
      await nextTask();
    }
    super.scheduleUpdate();
  }

  // Lit gives the shadow root style sheets made in the window that defined the element: Chromium
  // refuses them in another window's document (a chart first added to an iframe's) and drops them
  // from a chart moved there. In another window, the chart adopts copies made there.
  protected override createRenderRoot(): ShadowRoot {
    const root = this.shadowRoot ?? this.attachShadow((this.constructor as typeof LitElement).shadowRootOptions);
    this.adoptedCallback();
    return root;
  }

  /** @internal */
  adoptedCallback(): void {
    // Firefox ESR 140 gives an element moved into another window's document that window's plain
    // HTMLElement for a prototype; its callbacks (this one first) still come from its class.
    if (!(this instanceof ChartElement)) Object.setPrototypeOf(this, customElements.get((this as HTMLElement).localName)!.prototype);
    const view = this.ownerDocument.defaultView as (Window & typeof globalThis) | null;
    const root = this.shadowRoot;
    if (!view || !root) return;
    root.adoptedStyleSheets = (this.constructor as typeof LitElement).elementStyles.map((style) => {
      const sheet = style instanceof CSSStyleSheet ? style : style.styleSheet!;
      if (view === window) return sheet;
      const copy = new view.CSSStyleSheet();
      copy.replaceSync([...sheet.cssRules].map((rule) => rule.cssText).join(''));
      return copy;
    });
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
    this._layOut();
  }

  /** The frame's content for the data and language now, made again only when either changed. */
  private _frame(): Content<TData> | undefined {
    const { data } = this._source;
    const lang = this._lang.value;
    const ctor = this.constructor as typeof ChartElement;
    const layoutKey = ctor.layoutProperties.map((name) => this[name as keyof this]);
    const content = this._content;
    if (data === undefined) return (this._content = undefined);
    if (content?.data === data && content.lang === lang && same(content.layoutKey, layoutKey)) return content;
    return this._try(() => {
      const table = this.table(data, lang);
      const sources = uniqueSources(table.rows.map((row) => row.source));
      return (this._content = { data, lang, layoutKey, table, sources, summary: this.summary(data, lang) });
    });
  }

  /** The model for the content, width and typeface now, laid out again only when one changed. */
  private _layOut(): void {
    const content = this._frame();
    const { width, typeface } = this._size;
    const laidOut = [content, width, typeface];
    if (same(laidOut, this._laidOut)) return;
    this._laidOut = laidOut;
    const drawn =
      content && width > 0
        ? this._try(() => {
            const model = this.layout(content.data, width, content.lang);
            return { model, points: this.focusPoints(model, content.lang) };
          })
        : undefined;
    this._model = drawn?.model;
    // The point shown stays shown when the chart is laid out again at a new width.
    this._points.points = drawn?.points ?? [];
  }

  /** `make()`, or, when it throws, nothing drawn and the error shown. */
  private _try<T>(make: () => T): T | undefined {
    try {
      return make();
    } catch (error) {
      this._content = undefined;
      this._model = undefined;
      this._laidOut = [];
      this._source.fail(error);
      return undefined;
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
    // Once the frame's place is known (size-controller.ts): laid out if near, its size is known. Once
    // for each layout, even one that gave the model drawn before (a view that no width changes).
    if (this._model !== undefined && this._laidOut !== this._drawnFor && !this._size._placing) {
      this._drawnFor = this._laidOut;
      emit(this, 'chart-rendered');
    }
  }

  protected override render(): TemplateResult {
    const lang = this._lang.value;
    const { error, loading } = this._source;
    const content = this._content;
    const model = this._model;
    // Chromium names a figure from aria-labelledby, not from its figcaption: figure navigation says the title.
    // The frame starts far: its layout waits until it is measured near the screen (size-controller.ts).
    return html`<figure part="figure" class="frame far" lang=${lang} aria-labelledby="title">
      <figcaption part="title" class="title" id="title" .textContent=${this.chartTitle(content?.data, lang)}></figcaption>
      ${this._lang.renderNote()}
      ${error ? html`<div part="error" class="error" role="alert" .textContent=${errorMessage(error, lang)}></div>` : nothing}
      ${loading ? html`<p class="status" role="status" .textContent=${t(lang, 'loading')}></p>` : nothing}
      ${content
        ? html`<p part="summary" class="summary" .textContent=${content.summary}></p>
            ${this._points.render(model === undefined ? nothing : this.renderChart(model, lang), lang, this._exports.announcement)}
            ${this._footer(content)}`
        : nothing}<div class="width-probe" aria-hidden="true"><span class="typeface-probe"></span></div>
    </figure>`;
  }

  /** Sources, actions and the data table: they depend on neither width nor keyboard focus. */
  private _footer(content: Content<TData>): TemplateResult {
    const { manualCitation, failure } = this._exports;
    const footer = [content, this.hideActions, manualCitation, failure, this._opened];
    // The same template again when nothing it shows changed: a redraw for width or focus skips it.
    if (!same(footer, this._footerDrawn)) [this._footerDrawn, this._footerTemplate] = [footer, this._renderFooter(content)];
    return this._footerTemplate!;
  }

  private _renderFooter(content: Content<TData>): TemplateResult {
    const { data, lang, table, sources } = content;
    const act = (action: ChartAction) => this._exports.run(action, { title: this.chartTitle(data, lang), table, sources });
    const open = (disclosure: Disclosure) => {
      if (this._opened[disclosure]) return;
      this._opened = { ...this._opened, [disclosure]: true };
      this.requestUpdate();
    };
    const { failure, manualCitation } = this._exports;
    const sourceList = (content.sourceList ??= drawn(renderSources(sources, lang)));
    return renderFooter({ lang, table, sourceList, opened: this._opened, open, act: this.hideActions ? undefined : act, failure, manualCitation });
  }
}

const reportData = new WeakMap<object, [languages: number, data: unknown]>();

/** Dispatches an event that bubbles out of the shadow root. */
const emit = <T>(target: EventTarget, name: string, detail?: T) =>
  target.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
