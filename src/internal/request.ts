/**
 * Data requests asked for before the code that reads them has arrived. In the module files that code
 * comes from chunks/ a round trip later (data-controller.ts): a chart given a URL asks for its data
 * at once, and `loadData` (parse.ts) takes the request up when the code is here, so that the code and
 * the data come in one round trip, not one after the other. By the signal of the chart's read: a
 * newer input, or the chart leaving the page, cancels the request.
 */
const started = /* @__PURE__ */ new WeakMap<AbortSignal, StartedRequest>();

export interface StartedRequest {
  /** The answer; a failure is read by `loadData`, never left unhandled. */
  response: Promise<Response>;
  cancel: AbortController;
}

/** Asks for `src` (resolved against the document's base URL, as `loadData` resolves it) until `signal` aborts. */
export function startRequest(src: string, signal: AbortSignal): void {
  const cancel = new AbortController();
  signal.addEventListener('abort', () => cancel.abort());
  const response = fetch(src, { signal: cancel.signal });
  response.catch(() => undefined);
  started.set(signal, { response, cancel });
}

/** The request started for the read of `signal`, if one was. */
export const startedRequest = (signal: AbortSignal): StartedRequest | undefined => started.get(signal);
