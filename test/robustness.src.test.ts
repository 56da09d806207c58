import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import type { HivEstimateGap } from '../src/hiv-estimate-gap.js';
import '../src/hiv-estimate-gap.js';
import type { ChartErrorDetail } from '../src/index.js';
import { alertText, settle, shadow, textOf } from './helpers.js';

/*
 * `src` in the real world. test/hiv-estimate-gap.test.ts already covers a 404, a 500 with an HTML
 * body, a refused connection, a `data` property that overtakes a pending response and the loading
 * state; this file covers the rest: slow responses, a newer `src` while one is pending, removal
 * mid-fetch, HTML or nothing where data was expected, bad URLs, relative URLs and `<base href>`.
 */

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const rows = (label: string) => JSON.stringify([{ label, value: 7, source: 'S' }]);
const slow = (ms: number, body: string, type = 'application/json') =>
  `/test-api/slow?ms=${ms}&type=${encodeURIComponent(type)}&body=${encodeURIComponent(body)}`;

/** Every chart-rendered and chart-error the element fires, in order. */
function record(el: HTMLElement) {
  const events: string[] = [];
  el.addEventListener('chart-rendered', () => events.push('rendered'));
  el.addEventListener('chart-error', (event) => events.push(`error:${(event as CustomEvent<ChartErrorDetail>).detail.reason}`));
  return events;
}

/** Requests the page makes while a test runs: which are still open, which were aborted. */
interface Request {
  url: string;
  signal?: AbortSignal | null;
  done: boolean;
}
let requests: Request[] = [];
const realFetch = window.fetch;
const open = () => requests.filter((request) => !request.done && !request.signal?.aborted);

beforeEach(() => {
  requests = [];
  window.fetch = function (input: RequestInfo | URL, init?: RequestInit) {
    const request: Request = { url: String(input instanceof Request ? input.url : input), signal: init?.signal, done: false };
    requests.push(request);
    const settled = () => {
      request.done = true;
    };
    const response = realFetch.call(window, input, init);
    response.then(settled, settled);
    return response;
  } as typeof fetch;
});

afterEach(() => {
  window.fetch = realFetch;
});

async function chart(src?: string) {
  const host = await fixture<HTMLDivElement>(html`<div style="width: 480px"></div>`);
  const el = document.createElement('hiv-estimate-gap') as HivEstimateGap;
  if (src) el.src = src;
  return { host, el };
}

describe('robustness: src in the real world', () => {
  it('a slow response: loading state, then the drawing, with no error on the way', async () => {
    const { host, el } = await chart(slow(250, rows('Slow')));
    const events = record(el);
    const done = settle(el);
    host.append(el);
    await el.updateComplete;
    expect(textOf(el, '[role="status"]')).to.deep.equal(['Loading the chart data…']);
    await sleep(100);
    expect(events).to.deep.equal([]);
    await done;
    await el.updateComplete;
    expect(events).to.deep.equal(['rendered']);
    expect(textOf(el, '.row .label')).to.deep.equal(['Slow']);
    expect(shadow(el).querySelector('[role="status"]') === null).to.equal(true);
  });

  it('a stale response that would fail is dropped too: no error from an input already replaced', async () => {
    const { host, el } = await chart(slow(250, '[]'));
    const events = record(el);
    host.append(el);
    await sleep(20);
    el.setAttribute('data', rows('Attribute'));
    await sleep(400);
    expect(events).to.deep.equal(['rendered']);
    expect(alertText(el)).to.equal(undefined);
    expect(textOf(el, '.row .label')).to.deep.equal(['Attribute']);
  });

  it('twenty src changes in a row: one request left open, the last one drawn', async () => {
    const { host, el } = await chart();
    host.append(el);
    await settle(el);
    const events = record(el);
    for (let i = 0; i < 20; i++) el.src = slow(100, rows(`Input ${i}`));
    expect(open()).to.have.length(1);
    await settle(el);
    await sleep(150);
    expect(events).to.deep.equal(['rendered']);
    expect(textOf(el, '.row .label')).to.deep.equal(['Input 19']);
  });

  it('removed mid-fetch, src changed while detached, re-added: loads only the newest src, once', async () => {
    const { host, el } = await chart(slow(200, rows('First')));
    const events = record(el);
    host.append(el);
    await sleep(20);
    el.remove();
    el.src = slow(10, rows('Second'));
    await sleep(50);
    expect(requests).to.have.length(1);
    const done = settle(el);
    host.append(el);
    await done;
    await sleep(250);
    expect(requests.map((r) => decodeURIComponent(r.url))).to.have.length(2);
    expect(decodeURIComponent(requests[1].url)).to.contain('Second');
    expect(events).to.deep.equal(['rendered']);
    expect(textOf(el, '.row .label')).to.deep.equal(['Second']);
  });

  it('moved to another container mid-fetch: still draws, once', async () => {
    const { host, el } = await chart(slow(150, rows('Moved')));
    const other = await fixture<HTMLDivElement>(html`<div style="width: 300px"></div>`);
    const events = record(el);
    host.append(el);
    await sleep(20);
    const done = settle(el);
    other.append(el);
    await done;
    await sleep(200);
    expect(events).to.deep.equal(['rendered']);
    expect(open()).to.have.length(0);
    expect(shadow(el).querySelector('.row svg')!.getAttribute('width')).to.equal('300');
  });

  it('HTML where data was expected (a 200 from a single-page app’s fallback): load-failed, never run', async () => {
    const page = `<!doctype html><html><body><img src=x onerror="window.__spa=1"><script>window.__spa=1</script>`;
    const { host, el } = await chart(slow(0, page, 'text/html'));
    const failed = settle(el);
    host.append(el);
    const event = (await failed) as CustomEvent<ChartErrorDetail>;
    expect(event.detail.reason).to.equal('load-failed');
    expect(event.detail.message).to.contain('neither JSON nor CSV');
    expect((window as { __spa?: number }).__spa).to.equal(undefined);
  });

  it('an empty 200 response: load-failed, not an empty chart', async () => {
    const { host, el } = await chart(slow(0, '', 'text/plain'));
    const failed = settle(el);
    host.append(el);
    const event = (await failed) as CustomEvent<ChartErrorDetail>;
    expect(event.type).to.equal('chart-error');
    expect(['load-failed', 'no-data']).to.include(event.detail.reason);
  });

  it('JSON and CSV served as text/plain are recognised by their content', async () => {
    for (const [body, label] of [
      [rows('Plain JSON'), 'Plain JSON'],
      ['\uFEFFlabel;value;source\r\nПлоская;0,5;S\r\n', 'Плоская'],
    ]) {
      const { host, el } = await chart(slow(0, body, 'text/plain'));
      const done = settle(el);
      host.append(el);
      expect((await done).type).to.equal('chart-rendered');
      expect(textOf(el, '.row .label')).to.deep.equal([label]);
    }
  });

  for (const [how, length] of [['announced in Content-Length', '1'], ['streamed without a length', '0']]) {
    it(`a file over 10 MB, ${how}: load-failed saying so, and the download stopped`, async function () {
      this.timeout(15000);
      const { host, el } = await chart(`/test-api/huge?mb=11&length=${length}`);
      const failed = settle(el);
      host.append(el);
      const event = (await failed) as CustomEvent<ChartErrorDetail>;
      expect(event.detail.reason).to.equal('load-failed');
      expect(event.detail.message).to.contain('the file is larger than 10 MB');
      expect(alertText(el)).to.equal(event.detail.message);
      expect(requests.at(-1)!.signal!.aborted, 'the download is stopped').to.equal(true);
    });
  }

  it('a malformed URL: load-failed naming it, no request made', async () => {
    const { host, el } = await chart('http://[::1');
    const failed = settle(el);
    host.append(el);
    const event = (await failed) as CustomEvent<ChartErrorDetail>;
    expect(event.detail.reason).to.equal('load-failed');
    expect(event.detail.message).to.contain('http://[::1');
    expect(requests).to.have.length(0);
  });

  it('relative URLs resolve against the page: "./", "../" and a path', async () => {
    const here = new URL(document.baseURI);
    for (const relative of ['test/fixtures/estimates.json', './test/fixtures/estimates.json', '../test/fixtures/estimates.json?x=1']) {
      const { host, el } = await chart(relative);
      const done = settle(el);
      host.append(el);
      expect((await done).type, relative).to.equal('chart-rendered');
      expect(new URL(requests.at(-1)!.url, here).href).to.equal(new URL(relative, document.baseURI).href);
      requests = [];
    }
  });

  describe('with <base href>', () => {
    let base: HTMLBaseElement;
    beforeEach(() => {
      base = document.createElement('base');
      base.href = '/test/fixtures/';
      document.head.prepend(base);
    });
    afterEach(() => base.remove());

    it('a relative src resolves against document.baseURI, not the page address', async () => {
      expect(document.baseURI).to.equal(`${location.origin}/test/fixtures/`);
      const { host, el } = await chart('estimates.csv');
      const done = settle(el);
      host.append(el);
      expect((await done).type).to.equal('chart-rendered');
      expect(requests[0].url).to.equal(`${location.origin}/test/fixtures/estimates.csv`);
      expect(textOf(el, '.row .label')).to.deep.equal(['Clinic records', 'Outreach workers']);
    });

    it('the error for a missing relative file names the resolved address', async () => {
      const { host, el } = await chart('nothing-here.json');
      const failed = settle(el);
      host.append(el);
      const event = (await failed) as CustomEvent<ChartErrorDetail>;
      expect(event.detail.reason).to.equal('load-failed');
      expect(event.detail.message).to.contain(`${location.origin}/test/fixtures/nothing-here.json`);
    });

    it('an element created before the base and loaded after it uses the base in force when it loads', async () => {
      base.remove();
      const { host, el } = await chart('estimates.json');
      document.head.prepend(base);
      const done = settle(el);
      host.append(el);
      expect((await done).type).to.equal('chart-rendered');
      expect(requests[0].url).to.equal(`${location.origin}/test/fixtures/estimates.json`);
    });
  });

  it('removing the src attribute returns to the report’s data and drops the pending request', async () => {
    const { host, el } = await chart();
    el.setAttribute('src', slow(200, rows('Never')));
    const events = record(el);
    host.append(el);
    await sleep(20);
    const done = settle(el);
    el.removeAttribute('src');
    await done;
    await sleep(250);
    expect(requests[0].signal!.aborted).to.equal(true);
    expect(events).to.deep.equal(['rendered']);
    expect(textOf(el, '.row .value')).to.deep.equal(['28', 'more than 100']);
  });
});
