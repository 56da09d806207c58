import { ChartDataError } from './errors.js';
import { MAX_ROWS, tooManyRows } from './validate.js';
import { nextTask } from './next-task.js';
import { ON_DEMAND } from './on-demand.js';
import { startedRequest } from './request.js';

/**
 * Parses JSON text, turning a syntax error into an `invalid-json` chart error that says where, in
 * the chart's language. The browsers' own messages are in English, quote the text, and differ (some
 * give no place at all), so the place is found here: `mistakeAt` reads the text as JSON's grammar
 * does, up to the first character that cannot continue it.
 */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw jsonMistake(text);
  }
}

/** The `invalid-json` error for text that JSON.parse refused, saying where its mistake is. */
function jsonMistake(text: string): ChartDataError {
  const at = mistakeAt(text);
  if (at === undefined) return new ChartDataError('invalid-json', 'jsonUnreadable');
  if (at >= text.trimEnd().length) return new ChartDataError('invalid-json', 'jsonEnd');
  return new ChartDataError('invalid-json', 'jsonAt', lineAndColumn(text, at));
}

const LITERAL = /true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[\da-fA-F]{4})/y;
/** JSON's white space, a run of it at once (the file's longest runs are its indentation). */
const SPACE = /[ \t\n\r]*/y;

/**
 * The offset of the first character that cannot continue `text` as JSON (its length when the text
 * stops short), or undefined when none is found (the grammar holds, or the nesting is too deep to
 * follow).
 */
function mistakeAt(text: string): number | undefined {
  let i = 0;
  // Moves past the match of `pattern` (a sticky regex) at `i`; where there is none, JSON stops there.
  const past = (pattern: RegExp) => {
    pattern.lastIndex = i;
    if (!pattern.test(text)) throw i;
    i = pattern.lastIndex;
  };
  const space = () => past(SPACE);
  const expect = (char: string) => {
    space();
    if (text[i] !== char) throw i;
    i++;
  };
  const string = () => {
    expect('"');
    for (;;) {
      const char = text[i];
      if (char === '"') return void i++;
      if (char === undefined || char < ' ') throw i;
      if (char === '\\') past(ESCAPE);
      else i++;
    }
  };
  const list = (close: string, item: () => void) => {
    i++;
    space();
    if (text[i] === close) return void i++;
    for (;;) {
      item();
      space();
      if (text[i] === ',') i++;
      else return expect(close);
    }
  };
  const value = (): void => {
    space();
    if (text[i] === '{') return list('}', () => (string(), expect(':'), value()));
    if (text[i] === '[') return list(']', value);
    if (text[i] === '"') return string();
    past(LITERAL);
  };
  try {
    value();
    space();
    return i < text.length ? i : undefined;
  } catch (at) {
    return typeof at === 'number' ? at : undefined;
  }
}

/**
 * Line and column (from 1) of a character offset in `text`. Its line breaks are matched as one
 * character, not split off: a file of 10 MB has hundreds of thousands of lines (split by a regex, 33-93
 * ms in Chromium; matched, 1-3 ms).
 */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).replace(/\r\n?/g, '\n');
  return { line: (before.match(/\n/g)?.length ?? 0) + 1, column: before.length - before.lastIndexOf('\n') };
}

/** How many line feeds or carriage returns (`mark`) `text` holds, counted only up to past 4 × MAX_ROWS. */
export function lineBreaks(text: string, mark: '\n' | '\r'): number {
  let count = 0;
  for (let at = text.indexOf(mark); at >= 0 && count <= 4 * MAX_ROWS; at = text.indexOf(mark, at + 1)) count++;
  return count;
}

/** Whether a response is CSV, by its type (lower case), else by its URL's path (lower case). */
const isCsv = (type: string, path: string): boolean => type.includes('csv') || path.endsWith('.csv');

/**
 * Tells CSV from JSON by the response's type, the URL's ending, then the first character. The CSV
 * reader (csv.ts, with d3-dsv) is loaded the first time a chart reads CSV: most pages give JSON or
 * nothing, and the script files load it from beside them.
 */
async function parseResponseText(text: string, type: string, path: string): Promise<unknown> {
  const first = text.trimStart()[0];
  const csv = isCsv(type, path);
  if (!csv && (type.includes('json') || path.endsWith('.json') || first === '{' || first === '[')) {
    try {
      return JSON.parse(text);
    } catch {
      // Finding a large file's mistake reads it again: a task of its own, after JSON.parse's.
      await nextTask();
      throw jsonMistake(text);
    }
  }
  if (!csv && (first === undefined || first === '<')) throw new ChartDataError('load-failed', 'unknownFormat');
  let parseCsv;
  try {
    parseCsv = (await import('./csv.js')).parseCsv;
  } catch (error) {
    // Only a module file's chunk can fail to load: the one-file builds carry the CSV reader.
    if (ON_DEMAND) throw new ChartDataError('load-failed', 'csvReaderUnavailable');
    throw error;
  }
  return parseCsv(text);
}

/** How long a data request may take, answer and body, before the chart says so. */
export const LOAD_TIMEOUT_MS = 30_000;

/**
 * The largest data file a chart reads: 10 MB, ten times a 10,000-row CSV. A wrong `src` (a video, a
 * database dump) is refused while it downloads, before it can freeze the reader's phone.
 */
export const MAX_DATA_BYTES = 10 * 1024 * 1024;

/**
 * Fetches `src` (resolved against the document's base URL) and parses it as JSON or CSV. A server
 * that does not answer within `timeoutMs` gives `load-failed`, not a chart that loads forever.
 */
export async function loadData(
  src: string,
  signal: AbortSignal,
  timeoutMs = LOAD_TIMEOUT_MS,
  maxBytes = MAX_DATA_BYTES,
): Promise<unknown> {
  let url: URL;
  try {
    url = new URL(src, document.baseURI);
  } catch {
    throw new ChartDataError('load-failed', 'networkError', { url: src.split(/[?#]/)[0] });
  }
  const shown = shownUrl(url);
  // A request asked for before this code arrived (request.ts) is taken up, its time-out starting now.
  const early = ON_DEMAND ? startedRequest(signal) : undefined;
  const request = early?.cancel ?? new AbortController();
  const cancel = () => request.abort();
  signal.addEventListener('abort', cancel);
  const timer = setTimeout(cancel, timeoutMs);
  const failed = (key: 'networkError' | 'timeout') => {
    if (signal.aborted) return signal.reason;
    const seconds = Math.round(timeoutMs / 100) / 10;
    return new ChartDataError('load-failed', request.signal.aborted ? 'timeout' : key, { url: shown, seconds });
  };
  try {
    let response: Response;
    try {
      // Credentials go with a request to the page's own site only: fetch's default ('same-origin').
      response = await (early?.response ?? fetch(url, { signal: request.signal }));
    } catch {
      throw failed('networkError');
    }
    if (!response.ok) {
      const status = `${response.status} ${response.statusText}`.trim();
      throw new ChartDataError('load-failed', 'httpStatus', { url: shown, status });
    }
    const tooLarge = () =>
      new ChartDataError('load-failed', 'tooLarge', { url: shown, megabytes: maxBytes / 1048576 });
    if (Number(response.headers.get('content-length')) > maxBytes) {
      request.abort();
      throw tooLarge();
    }
    const type = (response.headers.get('content-type') ?? '').toLowerCase();
    const path = url.pathname.toLowerCase();
    let text: string;
    try {
      text = await readText(response, maxBytes, isCsv(type, path));
    } catch (error) {
      if (error === TOO_LARGE) {
        request.abort();
        throw tooLarge();
      }
      if (error instanceof ChartDataError) throw error;
      throw failed('networkError');
    }
    // Downloading, parsing and reading the rows are separate tasks: the page answers its reader in
    // between, and an input set meanwhile cancels the rest.
    await nextTask();
    if (signal.aborted) throw signal.reason;
    try {
      return await parseResponseText(text, type, path);
    } catch (error) {
      if (error instanceof ChartDataError) error.params.url ??= shown;
      throw error;
    }
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', cancel);
  }
}

const TOO_LARGE = Symbol('too large');

/**
 * The address an error message shows: its origin and path. A query string or fragment often holds a
 * token (`?key=…`), and the message is on screen and in the `chart-error` event.
 */
const shownUrl = (url: URL): string => (url.origin === 'null' ? url.protocol : url.origin + url.pathname);

/** The body as UTF-8 text, read in chunks and given up on past `maxBytes` (`TOO_LARGE`) or, for CSV, past 4 × MAX_ROWS lines. */
async function readText(response: Response, maxBytes: number, csv: boolean): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  let lines = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel();
      throw TOO_LARGE;
    }
    const chunk = decoder.decode(value, { stream: true });
    // A CSV file of far more lines than a chart reads is refused while it downloads, chunk by
    // chunk, not once it has all arrived (as parseCsv would): no task grows with the file. (JSON
    // may spread a row over many lines; its rows are counted once parsed.)
    if (csv) lines += lineBreaks(chunk, '\n');
    if (lines > 4 * MAX_ROWS) {
      await reader.cancel();
      throw tooManyRows();
    }
    text += chunk;
  }
}

/** The JSON and file readers, as every element's reading code (its read.ts) gives them to its chart. */
export const parsing = { parseJson, loadData };
