import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ChartDataError } from './errors.js';
import { loadData, nextTask, parseJson } from './parse.js';
import { isObject } from './validate.js';

/** Where a chart's data comes from now; the last input set wins. */
export type ChartInput =
  | { from: 'default' }
  | { from: 'property'; value: unknown }
  | { from: 'attribute'; text: string }
  | { from: 'src'; url: string };

/** What the controller needs of its chart: how to read raw input, and the report's data. */
export interface DataReaders<TData> {
  /** Validates raw input (a JSON value or CSV records) into data; throws `ChartDataError`. */
  read(raw: unknown): TData;
  /** The report's data, shown when no input is given. */
  fallback(): TData;
}

/*
 * What a framework writes when it sets an object as an attribute: React and Vue do that to an
 * element that is not defined yet (the kit loaded after the app's first render).
 */
const OBJECT_AS_TEXT = /^\[object [A-Za-z]+\]$/;

/** Inputs of more rows than this are drawn in steps. */
export const STEPPED_ROWS = 200;

/**
 * The data source of a chart: a property, an attribute or a URL, the last set winning. It loads a
 * URL while the chart is on a page (a detached chart fetches nothing), drops a response that comes
 * after a newer input, and holds either the data drawn or the error that stops it.
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
    this.loading = false;
    switch (input.from) {
      case 'src':
        this._load(input.url);
        break;
      case 'default':
        this._accept(() => this._readers.fallback());
        break;
      case 'property':
        this._read(() => input.value);
        break;
      case 'attribute':
        this._read(() => readAttribute(input.text));
        break;
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

  hostConnected(): void {
    if (this._input === undefined) this.set({ from: 'default' });
    else if (this._input.from === 'src' && this.loading && !this._loader) this._load(this._input.url);
  }

  // An unfinished request is dropped; it starts again if the chart comes back.
  hostDisconnected(): void {
    this._loader?.abort();
    this._loader = undefined;
  }

  private async _load(url: string): Promise<void> {
    this.loading = true;
    this.data = undefined;
    this.error = undefined;
    if (!this._host.isConnected) return;
    const loader = new AbortController();
    this._loader = loader;
    try {
      const raw = await loadData(url, loader.signal);
      await nextTask();
      if (loader === this._loader) this._read(() => raw);
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

  private _read(raw: () => unknown): void {
    this._accept(() => {
      const value = raw();
      const data = this._readers.read(value);
      this.large = rowsIn(value) > STEPPED_ROWS;
      return data;
    });
  }

  private _accept(read: () => TData): void {
    this.large = false;
    try {
      this.data = read();
      this.error = undefined;
    } catch (error) {
      this.fail(error);
    }
  }
}

/** The `data` attribute's JSON, or a clear error when a framework wrote an object there as text. */
function readAttribute(text: string): unknown {
  if (OBJECT_AS_TEXT.test(text.trim())) throw new ChartDataError('invalid-json', 'objectAsAttribute');
  return parseJson(text);
}

/** The rows of raw input, read as the charts read it: a list's, or the longest list among an object's fields. */
function rowsIn(raw: unknown): number {
  if (Array.isArray(raw)) return raw.length;
  if (!isObject(raw)) return 0;
  let rows = 0;
  // Descriptors, not values: a field the chart does not read is not run if it is a getter.
  for (const { value } of Object.values(Object.getOwnPropertyDescriptors(raw))) {
    if (Array.isArray(value)) rows = Math.max(rows, value.length);
  }
  return rows;
}
