import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ChartDataError } from './errors.js';
import { nextTask } from './next-task.js';
import { ON_DEMAND } from './on-demand.js';
import { startRequest } from './request.js';

/** Where a chart's data comes from now; the last input set wins. */
export type ChartInput =
  | { from: 'default' }
  | { from: 'property'; value: unknown }
  | { from: 'attribute'; text: string }
  | { from: 'src'; url: string };

/**
 * The code that reads the data a page gives: the chart's reader (a JSON value or CSV records into
 * data; it throws `ChartDataError`), and the JSON and file readers (parse.ts). Each element's
 * read.ts gives it, with the field readers they share (validate.ts); the module files load it from
 * chunks/ beside them the first time a chart of the kind is given data, so that a page that shows
 * the report's data never downloads it. Once loaded, a kind's data is read at once.
 */
export interface Reading<TData> {
  read(raw: unknown): TData;
  parseJson(text: string): unknown;
  loadData(url: string, signal: AbortSignal): Promise<unknown>;
}

/** What the controller needs of its chart: how to read raw input, and the report's data. */
export interface DataReaders<TData> {
  /** The chart's reading code, loaded on first use (its read.ts). */
  reading(): Promise<Reading<TData>>;
  /** The report's data, shown when no input is given. */
  fallback(): TData;
}

/**
 * The reading code loaded, by kind of chart (its class): loaded once per kind and page, and then at
 * hand, so that a kind's later data is read at once, with no wait for a task.
 */
const readings = new WeakMap<object, Reading<unknown>>();

/*
 * What a framework writes when it sets an object as an attribute: React and Vue do that to an
 * element that is not defined yet (the kit loaded after the app's first render). The chart says
 * that, not that the JSON is wrong.
 */
const OBJECT_AS_TEXT = /^\[object [A-Za-z]+\]$/;

/** Inputs of more rows than this are drawn in steps. */
export const STEPPED_ROWS = 200;

/**
 * The data source of a chart: the report's, or a page's from a property, an attribute or a URL, the
 * last set winning. It reads a page's input while the chart is on a page (a detached chart loads and
 * fetches nothing), drops what comes after a newer input, and holds either the data drawn or the
 * error that stops it.
 */
export class DataController<TData> implements ReactiveController {
  data?: TData;
  error?: ChartDataError;
  loading = false;
  /**
   * Whether the last input had more than `STEPPED_ROWS` rows: it is drawn in steps, each a task of
   * its own, so that reading and drawing 10,000 rows never hold the page in one task.
   */
  large = false;
  private _input?: ChartInput;
  private _loader?: AbortController;

  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    private readonly _readers: DataReaders<TData>,
  ) {
    _host.addController(this);
  }

  get input(): ChartInput | undefined {
    return this._input;
  }

  set(input: ChartInput): void {
    this._input = input;
    this._loader?.abort();
    this._loader = undefined;
    this.loading = this.large = false;
    if (input.from !== 'default') void this._read(input);
    else {
      this.data = this._readers.fallback();
      this.error = undefined;
    }
    this._host.requestUpdate();
  }

  /** Drops the data and shows why: also for errors found after reading (in layout or drawing). */
  fail(error: unknown): void {
    this.data = undefined;
    this.error =
      error instanceof ChartDataError
        ? error
        : // An engine's own message is in English and may quote the input: it is never shown.
          new ChartDataError('invalid-data', 'unexpected');
    this._host.requestUpdate();
  }

  // A chart back on a page reads again what it had not finished reading when it left (leaving
  // dropped it) or was given while away.
  hostConnected(): void {
    if (this._input === undefined) this.set({ from: 'default' });
    else if (this.loading) this.set(this._input);
  }

  // An unfinished read is dropped (a request aborted); it starts again if the chart comes back.
  hostDisconnected(): void {
    this._loader?.abort();
    this._loader = undefined;
  }

  /**
   * Reads a page's input with the kind's reading code, loaded on first use: the chart is loading
   * until then, and a URL's data is fetched while the chart is on a page. A newer input, or the chart
   * leaving the page, drops what this one was reading.
   */
  private async _read(input: Exclude<ChartInput, { from: 'default' }>): Promise<void> {
    this.loading = true;
    this.data = this.error = undefined;
    if (!this._host.isConnected) return;
    const loader = new AbortController();
    this._loader = loader;
    try {
      const kind = this._host.constructor;
      let reading = readings.get(kind) as Reading<TData> | undefined;
      // The code that reads a page's data comes a round trip later, and the CSV reader one after
      // the data: a URL's data is asked for now, with that code, and for what looks like a CSV file
      // the CSV reader too (parse.ts asks for it once the data says it is CSV).
      if (ON_DEMAND && input.from === 'src') {
        if (!reading) startRequest(input.url, loader.signal);
        if (/csv/i.test(input.url)) {
          import('./csv.js').catch(() => undefined);
        }
      }
      if (!reading) {
        // The JSON, file and field readers that every element's reader imports are a chunk of their
        // own in the whole kit's file: asked for now, it comes in the same round trip as the reader
        // (if it cannot, the reader cannot either, and says so).
        import('./parse.js').catch(() => undefined);
        try {
          readings.set(kind, (reading = await this._readers.reading()));
        } catch (error) {
          // Only a module file's chunk can fail to load: the one-file builds carry the code.
          if (ON_DEMAND) {
            loader.abort(); // and the data asked for with it
            throw new ChartDataError('load-failed', 'scriptUnavailable');
          }
          throw error;
        }
        if (loader !== this._loader) return;
      }
      let raw = input.from === 'property' ? input.value : undefined;
      if (input.from === 'src') {
        raw = await reading.loadData(input.url, loader.signal);
        await nextTask();
      } else if (input.from === 'attribute') {
        if (OBJECT_AS_TEXT.test(input.text.trim())) throw new ChartDataError('invalid-json', 'objectAsAttribute');
        raw = reading.parseJson(input.text);
      }
      if (loader !== this._loader) return;
      const data = reading.read(raw);
      // The data read is the reader's own object, with one list: the rows drawn.
      this.large = Object.values(data as object).find(Array.isArray)!.length > STEPPED_ROWS;
      this.data = data;
    } catch (error) {
      if (loader === this._loader) this.fail(error);
    } finally {
      if (loader === this._loader) {
        this._loader = undefined;
        this.loading = false;
        this._host.requestUpdate();
      }
    }
  }
}
