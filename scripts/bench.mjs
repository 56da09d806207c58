// `npm run bench`: the kit against a hand-written SVG floor, Chart.js and Observable Plot, in
// headless Chromium on a local server (every page loads local files only). All systems interleaved
// in one run, medians, ratios to the floor and to each peer (issue 17), and the kit's charts without
// its code (static); then the kit alone on the inputs that froze pages (issue 18), each with its
// longest main-thread task. Prints the tables, writes bench/results/<time>.json and latest.json.
//
//   npm run bench                          build, then measure (3 repetitions)
//   npm run bench -- --quick               1 repetition, for development
//   npm run bench -- --reps 5              more repetitions
//   npm run bench -- --skip-build          use dist/ as it is (bench/build is rebuilt when stale)
//   npm run bench -- --only rows,stress    some scenarios: bytes, report, phone, fifty, resize, rows, stress, src
//   npm run bench -- --timeout 60          seconds a page may take before it counts as frozen
//   npm run bench -- --sizes               also print where the whole kit's bytes go, by package
//   npm run bench -- --profile             also trace the report page (desktop, phone) and the 50 charts once per system,
//                                          and print where the main thread's time goes
//   npm run bench -- --heap                also take heap snapshots of the 10- and 50-chart pages once per system,
//                                          and print what their JS heap holds, by kind
//
// Timings are never asserted: they depend on the machine. Targets (issues 17 and 18) are reported
// as met or missed.
import { execSync } from 'node:child_process';
import { HEAP_KINDS, heapByKind, KINDS, mainThreadProfile, PROFILE_CATEGORIES } from './bench-profile.mjs';
import { chromiumArgs, chromiumPath, launchQuiet } from './chromium.mjs';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { loadavg } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { rollup } from 'rollup';
import { csvFor, hugeBrokenJson, hugeCsv, SHAPES } from '../bench/src/data.js';
import { staticMarkup } from '../bench/src/static-markup.js';

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const REPS = flag('quick') ? 1 : Number(option('reps', 3));
const ONLY = option('only', 'bytes,report,phone,fifty,resize,rows,stress,src').split(',');
/**
 * The report page on a phone (`?phone=1`): a 360 x 740 screen at 2 device pixels a CSS pixel, touch,
 * and the CPU slowed 4x (Chromium's throttling), about a mid-range Android phone against this machine.
 */
const PHONE = { context: { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }, cpu: 4 };
/** Round trips (ms) the `src` lines emulate: a partner's CSV file on a fast and on a slow mobile network. */
const ROUND_TRIPS = [40, 150];
const TIMEOUT = Number(option('timeout', 60)) * 1000;
const LIBS = ['baseline', 'kit', 'chartjs', 'plot'];
const PEERS = ['chartjs', 'plot'];
const NAMES = { baseline: 'floor', kit: 'kit', chartjs: 'Chart.js', plot: 'Plot', static: 'static' };
/**
 * The kit's output without its code (bench/src/static.js): the charts of a report or 50-chart page as
 * the kit drew them, written back into the same page as declarative shadow DOM. Timed beside the
 * others on those pages, it parts what the kit's page costs into showing its charts and making them.
 */
const STATIC = 'static';
const SIZES = [100, 1000, 10000];
/** A reader's drag: 20 widths from 640 px down to 400 px. */
const RESIZE = { steps: 20, from: 640, by: 12 };
/** The kit's file as users embed it; it may fetch other files (languages) beside it. */
const WHOLE_KIT = 'dist/amelia-report-charts.min.js';
/** Issue 17 targets: ratios to the floor, gzip bytes of a one-language page, heap of 50 charts. */
const TARGETS = { report: 1.5, fifty: 3, resize: 2, bytesAll: 24 * 1024, bytesOne: 16 * 1024, heap: 2 * 1048576 };
/** Issue 18: no task longer than this while a chart reads and draws an input at the caps. */
const LONGEST_TASK_MS = 200;
/** Just under the kit's 10 MB cap on a file (src/internal/parse.ts). */
const HUGE_BYTES = 10 * 1024 * 1024 - 1024;

/** The systems traced with --profile: the static pages too. */
const PROFILED = [...LIBS, STATIC];
/**
 * The whole pages of issue 17's jobs, by key: traced with --profile, and drawn by the static pages
 * too (the charts the kit drew on them, copied once).
 */
const PAGES = [
  { key: 'report', scenario: 'report', extra: {}, title: 'report page, from navigation' },
  { key: 'phone', scenario: 'report', extra: { phone: '1' }, title: 'report page on a phone, from navigation' },
  { key: 'fifty', scenario: 'fifty', extra: { count: '50' }, title: '50 charts, from the call' },
];

const started = Date.now();
const log = (...parts) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s]`, ...parts);
const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return undefined;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const gzipSize = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
const uptime = () => {
  try {
    return execSync('uptime', { encoding: 'utf8' }).trim();
  } catch {
    return `load average: ${loadavg().map((load) => load.toFixed(2)).join(', ')}`;
  }
};

// ---------------------------------------------------------------------------------------- build

function buildKit() {
  if (flag('skip-build') && existsSync(WHOLE_KIT)) return log('dist/ as it is (--skip-build)');
  log('npm run build');
  execSync('npm run build', { stdio: 'inherit' });
}

/** Rebuilds bench/build (the peers and the adapters) unless it is newer than its inputs. */
async function buildBench() {
  const inputs = [
    'bench/rollup.config.mjs',
    'package-lock.json',
    ...readdirSync('bench/src').map((file) => `bench/src/${file}`),
  ];
  const outputs = [...LIBS, STATIC].map((lib) => `bench/build/${lib}.js`).concat('bench/build/harness.js');
  const newest = inputs.filter(existsSync).reduce((most, file) => Math.max(most, statSync(file).mtimeMs), 0);
  if (outputs.every((file) => existsSync(file) && statSync(file).mtimeMs > newest)) return log('bench/build is up to date');
  log('bundling the peers into bench/build (rollup + terser, about 20 s)');
  const { default: config } = await import(new URL('../bench/rollup.config.mjs', import.meta.url).href);
  const bundle = await rollup(config);
  await bundle.write(config.output);
  await bundle.close();
}

// ---------------------------------------------------------------------------------------- server

const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };
let reportData = [];
/** The static pages' charts, by job key: each chart's markup as the kit drew it (`captureStatic`). */
const staticPages = {};

/** The kit's file a page loads: `?file=` when it names a file in dist/, else the whole kit. */
const kitFile = (query) => {
  const file = normalize(query.get('file') ?? WHOLE_KIT);
  return file.startsWith('dist/') && file.endsWith('.js') && existsSync(file) ? file : WHOLE_KIT;
};

/** JSON to write inside a script element: no `</script>` can end it early. */
const scriptJson = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

/** The key, of PAGES, of the page a query asks for. */
const pageKey = (query) => (query.get('scenario') === 'fifty' ? 'fifty' : query.get('phone') ? 'phone' : 'report');

function page(lib, query) {
  const data = scriptJson(reportData);
  // The kit is embedded as users embed it, by a script tag; modules run in order, so its elements
  // are defined before the adapter runs.
  const kit = lib === 'kit' ? `<script type="module" src="/${kitFile(query)}"></script>\n` : '';
  const copies = lib === STATIC ? `<script type="application/json" id="static-markup">${scriptJson(staticPages[pageKey(query)] ?? [])}</script>\n` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>bench: ${lib} ${query.get('scenario')}</title>
<style>body { margin: 0; font: 14px system-ui, sans-serif; } #root { ${query.get('phone') ? 'max-width' : 'width'}: 640px; padding: 8px; } .chart { margin: 0 0 16px; }
.chart.small { display: inline-block; vertical-align: top; width: 240px; height: 150px; overflow: hidden; margin: 0 8px 8px 0; }</style>
<script type="application/json" id="report-data">${data}</script>
${copies}${kit}<script type="module" src="/bench/build/${lib}.js"></script>
</head>
<body><main id="root"></main></body>
</html>`;
}

/** The files a partner's `src` may name: CSV of `n` rows of a shape, or a CSV or broken JSON file just under the size cap. */
const csvCache = new Map();
function csv(name) {
  if (!csvCache.has(name)) {
    const match = /^(estimates|events|named|measured)-(\d+)\.csv$/.exec(name);
    if (name === 'huge.csv') csvCache.set(name, hugeCsv(HUGE_BYTES));
    else if (name === 'broken.json') csvCache.set(name, hugeBrokenJson(HUGE_BYTES));
    else if (match) csvCache.set(name, csvFor(match[1], Number(match[2])));
    else return undefined;
  }
  return csvCache.get(name);
}

/** Serves dist/, bench/build/ and the data files as static files, and the pages; no compression. */
function serve() {
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://localhost');
    if (url.pathname === '/page') {
      const lib = url.searchParams.get('lib');
      if (!LIBS.includes(lib) && lib !== STATIC) return response.writeHead(404).end();
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      return response.end(page(lib, url.searchParams));
    }
    if (url.pathname.startsWith('/data/')) {
      const name = url.pathname.slice('/data/'.length);
      const text = csv(name);
      if (text === undefined) return response.writeHead(404).end();
      const type = name.endsWith('.json') ? 'application/json' : 'text/csv';
      response.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
      return response.end(text);
    }
    const path = normalize(decodeURIComponent(url.pathname)).replace(/^\/+/, '');
    if (!/^(dist|bench\/build)\//.test(path) || !existsSync(path) || !statSync(path).isFile()) {
      return response.writeHead(404).end();
    }
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    response.end(readFileSync(path));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// ---------------------------------------------------------------------------------------- browser

// Chromium and its closed-network flags are the tests' own.
const CHROMIUM_ARGS = chromiumArgs;

const metric = (metrics, name) => metrics.metrics.find((entry) => entry.name === name)?.value ?? 0;
/**
 * Main-thread work in ms (thread time, so that other load on the machine counts less) between two
 * CDP Performance.getMetrics snapshots: every task the page ran (script, microtasks, style, layout,
 * paint) less the runner's own DevTools commands. ScriptDuration alone would miss most of it: work
 * done in microtasks (a Lit update) is not counted there.
 */
const work = (before, after) =>
  ['TaskDuration', 'DevToolsCommandDuration'].reduce(
    (sum, name, i) => sum + (i ? -1 : 1) * (metric(after, name) - metric(before, name)) * 1000,
    0,
  );

/** A top-level task in the trace: `RunTask` in older Chromium, `ThreadControllerImpl::RunTask` now. */
const TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/** The trace of `categories` while `during` ran. */
async function traced(browser, pageHandle, during, categories) {
  await browser.startTracing(pageHandle, { categories });
  let buffer;
  try {
    await during();
  } finally {
    buffer = await browser.stopTracing();
  }
  return JSON.parse(buffer.toString()).traceEvents ?? [];
}

/**
 * The longest task (ms, wall time) the renderer's main thread ran while `during` ran, from a CDP
 * trace of its top-level tasks. Unlike the Long Tasks API it sees every task, also those under
 * 50 ms, and tasks that a page stuck in one never gets to report.
 */
async function longestTraced(browser, pageHandle, during) {
  const traceEvents = await traced(browser, pageHandle, during, ['toplevel']);
  const main = new Set(
    traceEvents
      .filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  return traceEvents
    .filter((event) => TASKS.has(event.name) && event.ph === 'X' && main.has(`${event.pid}:${event.tid}`))
    .reduce((most, event) => Math.max(most, event.dur / 1000), 0);
}

/**
 * Opens one page in a fresh context (cold cache), runs its scenario, closes it. `job.trace` adds
 * the longest task from a trace; `job.profile`, on a report or 50-chart page, where the main
 * thread's time went, from navigation or from the call (bench-profile.mjs); `job.resize` is the
 * widths a resize page is redrawn at; `job.extra.phone`, a page as a phone shows it (PHONE).
 */
async function measure(browser, origin, lib, job) {
  const onPhone = Boolean(job.extra?.phone);
  const context = await browser.newContext(onPhone ? PHONE.context : { viewport: { width: 1280, height: 900 } });
  const pageHandle = await context.newPage();
  const cdp = await context.newCDPSession(pageHandle);
  if (onPhone) await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpu });
  // Thread time, not wall time: the machine may be busy with other work.
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const errors = [];
  pageHandle.on('pageerror', (error) => errors.push(error.message));
  pageHandle.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  pageHandle.setDefaultTimeout(TIMEOUT);
  const query = new URLSearchParams({ lib, scenario: job.scenario, ...job.extra });
  const gc = () => cdp.send('HeapProfiler.collectGarbage');
  /** The page's JS heap by kind, from a snapshot (bench-profile.mjs); only for `job.heapKinds`. */
  const snapshot = async () => {
    if (!job.heapKinds) return undefined;
    const chunks = [];
    const add = ({ chunk }) => chunks.push(chunk);
    cdp.on('HeapProfiler.addHeapSnapshotChunk', add);
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    cdp.off('HeapProfiler.addHeapSnapshotChunk', add);
    return heapByKind(JSON.parse(chunks.join('')));
  };
  const t0 = Date.now();
  // Traced (job.profile): where the main thread's time went while `during` ran.
  let profile;
  const profiled = async (during) => {
    if (job.profile) profile = mainThreadProfile(await traced(browser, pageHandle, during, PROFILE_CATEGORIES));
    else await during();
  };
  const load = () => pageHandle.goto(`${origin}/page?${query}`, { waitUntil: 'commit' });
  // Every request of the page, the page's too, waits `job.latency` ms for its answer.
  if (job.latency) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: job.latency, downloadThroughput: -1, uploadThroughput: -1 });
  }
  try {
    let result;
    if (job.scenario === 'report' || job.scenario === 'probe' || job.scenario === 'src') {
      if (job.coverage) await pageHandle.coverage.startJSCoverage({ resetOnNavigation: false });
      await profiled(async () => {
        await load();
        await pageHandle.waitForFunction(() => window.__bench);
      });
      result = await pageHandle.evaluate(() => window.__bench);
      if (job.coverage) result.ran = ranOf(await pageHandle.coverage.stopJSCoverage(), origin);
    } else if (job.scenario === 'resize') {
      await load();
      await pageHandle.waitForFunction(() => window.__bench);
      result = await pageHandle.evaluate(() => window.__bench);
      const latencies = [];
      const works = [];
      let longest;
      const steps = async () => {
        for (const width of job.resize) {
          if (result.error) break;
          const before = await cdp.send('Performance.getMetrics');
          latencies.push(await pageHandle.evaluate((to) => window.__resize(to), width));
          works.push(work(before, await cdp.send('Performance.getMetrics')));
        }
        longest = await pageHandle.evaluate((since) => window.__longest?.(since), result.now ?? 0);
      };
      const traced = job.trace ? await longestTraced(browser, pageHandle, steps) : (await steps(), undefined);
      result = { ...result, latency: median(latencies), work: median(works), maxWork: Math.max(0, ...works), longest, traced };
      await gc();
      result.nodes = metric(await cdp.send('Performance.getMetrics'), 'Nodes');
    } else {
      await load();
      await pageHandle.waitForFunction(() => window.__ready || window.__bench);
      await gc();
      const before = await cdp.send('Performance.getMetrics');
      // A snapshot collects garbage first: taken before the metrics, it would count a heap the
      // other runs never reach.
      const kindsBefore = await snapshot();
      const run = async () => {
        await pageHandle.evaluate(() => window.__go?.());
        await pageHandle.waitForFunction(() => window.__bench, undefined, { polling: 100 });
      };
      const traced = job.trace ? await longestTraced(browser, pageHandle, run) : (await profiled(run), undefined);
      const during = await cdp.send('Performance.getMetrics');
      result = await pageHandle.evaluate(() => window.__bench);
      await gc();
      const after = await cdp.send('Performance.getMetrics');
      const kindsAfter = await snapshot();
      result = {
        ...result,
        ...(kindsBefore && { heapKinds: { before: kindsBefore, after: kindsAfter } }),
        traced,
        work: work(before, during),
        heapBefore: metric(before, 'JSHeapUsedSize'),
        heap: metric(after, 'JSHeapUsedSize'),
        nodes: metric(after, 'Nodes'),
      };
    }
    if (errors.length) result.pageErrors = errors.slice(0, 5);
    return profile ? { ...result, profile } : result;
  } catch (error) {
    // A page that is still busy at the timeout froze: that is a result, not a failure of the run.
    if (/Timeout/i.test(error?.message)) return { error: `no result in ${TIMEOUT / 1000} s`, timedOut: true, seconds: (Date.now() - t0) / 1000 };
    return { error: String(error?.message ?? error) };
  } finally {
    await context.close();
  }
}

/**
 * The text of each script of dist/ that ran, by path (V8's block coverage, as the page was drawn):
 * the least a file for this page could hold, were it to hold nothing the page did not run. Its
 * pieces put end to end are no program; their gzip size is what such a file would about weigh.
 */
function ranOf(entries, origin) {
  const ran = {};
  for (const { url, source, functions } of entries) {
    if (!url.startsWith(`${origin}/dist/`) || !source) continue;
    const runs = new Uint8Array(source.length);
    // Each range says whether its text ran; a range inside another says so for its own text.
    const ranges = functions.flatMap((fn) => fn.ranges).sort((a, b) => b.endOffset - b.startOffset - (a.endOffset - a.startOffset));
    for (const { startOffset, endOffset, count } of ranges) runs.fill(count > 0 ? 1 : 0, startOffset, endOffset);
    let text = '';
    for (let start = 0; start < source.length; ) {
      let end = start;
      while (end < source.length && runs[end] === runs[start]) end++;
      if (runs[start]) text += source.slice(start, end);
      start = end;
    }
    ran[new URL(url).pathname.slice(1)] = text;
  }
  return ran;
}

// ---------------------------------------------------------------------------------------- jobs

/**
 * A job is one workload: the pages of several variants (a library, or the kit on one shape), run
 * in a rotating order within each repetition. `key` names a variant's runs in the results.
 */
function issue17Jobs(tags) {
  const jobs = [];
  const each = (key, scenario, extra = {}, more = {}) =>
    [...LIBS, ...(staticPages[key] ? [STATIC] : [])].map((lib) => ({ key, lib, scenario, extra, ...more }));
  if (ONLY.includes('report')) jobs.push(each('report', 'report'));
  if (ONLY.includes('phone')) jobs.push(each('phone', 'report', { phone: '1' }));
  if (ONLY.includes('fifty')) {
    jobs.push(each('fifty', 'fifty', { count: '50' }));
    // The same page with 10 charts: its heap parts what the first charts cost from what each more does.
    jobs.push(each('ten', 'fifty', { count: '10' }));
  }
  if (ONLY.includes('resize')) {
    const widths = Array.from({ length: RESIZE.steps }, (_, i) => RESIZE.from - (i + 1) * RESIZE.by);
    for (const tag of tags) jobs.push(each(`resize-${tag}`, 'resize', { tag }, { resize: widths }));
  }
  if (ONLY.includes('rows')) {
    for (const n of SIZES) {
      // The other libraries draw n bars whatever the kit's shape: one page each per size.
      const peers = LIBS.filter((lib) => lib !== 'kit').map((lib) => ({ key: `rows-${n}`, lib, scenario: 'rows', extra: { n: String(n) } }));
      const kit = Object.keys(SHAPES).map((shape) => ({ key: `rows-${n}-${shape}`, lib: 'kit', scenario: 'rows', extra: { n: String(n), shape } }));
      jobs.push([...peers, ...kit]);
    }
  }
  return jobs;
}

/** Issue 18's table, at the caps: the kit alone, each with its longest task from a trace. */
function issue18Jobs(tags) {
  if (!ONLY.includes('stress')) return [];
  const rows = (key, label, extra) => ({ key, label, lib: 'kit', scenario: 'rows', extra, trace: true });
  const stressWidths = Array.from({ length: 20 }, (_, i) => 640 - (i + 1) * 20);
  const cap = (tag, shape) => rows(`cap-${tag}`, `<${tag}>, 10,000 rows (CSV through src, at the row cap)`, { shape, src: `/data/${shape}-10000.csv` });
  const jobs = [
    rows('timeline-300', '<funding-timeline>, 300 dated events', { shape: 'events', n: '300' }),
    rows('timeline-1000-csv', `<funding-timeline>, 1,000 events (a ${(csv('events-1000.csv').length / 1024).toFixed(0)} KB CSV through src)`, { shape: 'events', src: '/data/events-1000.csv' }),
    rows('timeline-3000', '<funding-timeline>, 3,000 events', { shape: 'events', n: '3000' }),
    { key: 'timeline-400-resize', label: '<funding-timeline>, 400 events, 20 px resize steps (20)', lib: 'kit', scenario: 'resize', extra: { shape: 'events', n: '400' }, resize: stressWidths, trace: true },
    // A width change writes no figure's words again: 10,000 were written at each width (65-140 ms a step).
    { key: 'hiv-10000-resize', label: '<hiv-estimate-gap>, 10,000 rows, 20 px resize (20)', lib: 'kit', scenario: 'resize', extra: { shape: 'estimates', n: '10000' }, resize: stressWidths, trace: true },
    { key: 'measured-10000-resize', label: '<violence-breakdown> measured, 10,000 rows, 20 px resize (20)', lib: 'kit', scenario: 'resize', extra: { shape: 'measured', n: '10000' }, resize: stressWidths, trace: true },
    rows('violence-1000', '<violence-breakdown>, 1,000 named rows', { shape: 'named', n: '1000' }),
    rows('violence-10000', '<violence-breakdown>, 10,000 named rows', { shape: 'named', n: '10000' }),
    rows('hiv-sources-10000', '<hiv-estimate-gap>, 10,000 rows, each with its own source', { shape: 'estimates', n: '10000', sources: 'each' }),
    rows('timeline-label-1mb', '<funding-timeline>, 3 events, one label of 1 MB (refused)', { shape: 'events', n: '3', label: String(1 << 20), expect: 'refused' }),
    rows('hiv-json-broken', `<hiv-estimate-gap>, a ${(csv('broken.json').length / 1048576).toFixed(1)} MB JSON, a mistake at its end (refused)`, { shape: 'estimates', src: '/data/broken.json', expect: 'refused' }),
    rows('hiv-10mb', `<hiv-estimate-gap>, a ${(HUGE_BYTES / 1048576).toFixed(1)} MB CSV through src (refused)`, { shape: 'estimates', src: '/data/huge.csv', expect: 'refused' }),
    ...(tags.includes('hiv-estimate-gap') ? [cap('hiv-estimate-gap', 'estimates')] : []),
    ...(tags.includes('funding-timeline') ? [cap('funding-timeline', 'events')] : []),
    ...(tags.includes('violence-breakdown') ? [cap('violence-breakdown', 'named')] : []),
  ];
  return jobs.map((job) => [job]);
}

/**
 * A partner's CSV file through `src`, timed from navigation on a network with round trips of each
 * of ROUND_TRIPS (the kit alone): what the requests one after another cost a reader on a phone.
 */
function srcJobs() {
  if (!ONLY.includes('src')) return [];
  return ROUND_TRIPS.map((latency) => [
    {
      key: `src-${latency}`,
      label: `<hiv-estimate-gap>, a 100-row CSV through src, ${latency} ms round trips`,
      lib: 'kit',
      scenario: 'src',
      extra: { shape: 'estimates', src: '/data/estimates-100.csv' },
      latency,
    },
  ]);
}

/**
 * The charts of the kit's report page (desktop and phone) and 50-chart page, each as the kit drew
 * it: its host element's attributes, then its shadow root as declarative shadow DOM, with the
 * styles the kit adopted written inline. One page each, before the timed runs; the static pages
 * write them back (bench/src/static.js).
 */
async function captureStatic(browser, origin) {
  for (const { key, scenario, extra } of PAGES) {
    if (!ONLY.includes(key)) continue;
    const context = await browser.newContext(extra.phone ? PHONE.context : { viewport: { width: 1280, height: 900 } });
    const pageHandle = await context.newPage();
    try {
      await pageHandle.goto(`${origin}/page?${new URLSearchParams({ lib: 'kit', scenario, ...extra })}`);
      await pageHandle.waitForFunction(() => window.__ready || window.__bench);
      await pageHandle.evaluate(() => window.__go?.());
      await pageHandle.waitForFunction(() => window.__bench);
      const { error } = await pageHandle.evaluate(() => window.__bench);
      if (error) throw new Error(`static ${key}: the kit's page failed: ${error}`);
      const charts = [];
      for (const chart of await pageHandle.$$('#root > div > *')) charts.push(await chart.evaluate(staticMarkup));
      staticPages[key] = charts;
    } finally {
      await context.close();
    }
  }
}

// ---------------------------------------------------------------------------------------- run

const loadAtStart = uptime();
log(loadAtStart);
buildKit();
await buildBench();
if (!existsSync(WHOLE_KIT)) throw new Error(`${WHOLE_KIT} is missing: npm run build failed?`);
// The elements: a top-level src/<tag>.ts each registers one (rollup.config.mjs reads them so too).
const tags = readdirSync('src')
  .filter((file) => /^[a-z]+(-[a-z]+)+\.ts$/.test(file))
  .map((file) => file.replace(/\.ts$/, ''))
  .sort((a, b) => (a === 'hiv-estimate-gap' ? -1 : b === 'hiv-estimate-gap' ? 1 : a.localeCompare(b)));

const server = await serve();
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchQuiet(chromium, { executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
const runs = [];
const bytePages = {};
/** Where the main thread's time went, by `<scenario>:<lib>` (--profile). */
const profiles = {};
/** The JS heap by kind before and after the charts, by `<count>:<lib>` (--heap). */
const heapKinds = {};
let chromiumVersion;
try {
  chromiumVersion = browser.version();
  // The report's data as each kit element draws it by default: what the other libraries draw.
  const probe = await measure(browser, origin, 'kit', { scenario: 'probe', extra: { tags: tags.join(',') } });
  if (probe.error) throw new Error(`probe failed: ${probe.error}`);
  reportData = probe.charts
    .filter((chart) => chart.ok && chart.rows.length)
    .map((chart) => ({ tag: chart.tag, rows: chart.rows, own: true }));
  const skipped = probe.charts.filter((chart) => !chart.ok || !chart.rows.length).map((chart) => chart.tag);
  log(`report page: ${reportData.map((chart) => `<${chart.tag}> (${chart.rows.length} values)`).join(', ')}`);
  if (skipped.length) log(`not on the report page (no data read back): ${skipped.join(', ')}`);

  await captureStatic(browser, origin);
  if (Object.keys(staticPages).length) log(`static pages: ${Object.entries(staticPages).map(([key, charts]) => `${key} (${charts.length} charts)`).join(', ')}`);

  // Bytes do not vary between runs: each page once. The whole kit's page is the report page; a
  // page with one element embeds that element's own file (dist/<tag>.js), else the whole kit.
  if (ONLY.includes('bytes')) {
    for (const lib of LIBS) bytePages[`${lib}:all`] = await measure(browser, origin, lib, { scenario: 'report', extra: {}, coverage: lib === 'kit' });
    for (const { tag } of reportData) {
      bytePages[`kit:${tag}`] = await measure(browser, origin, 'kit', { scenario: 'report', extra: { tags: tag, file: `dist/${tag}.js` }, coverage: true });
    }
    log('bytes: pages loaded');
  }

  const jobs = [...issue17Jobs(reportData.map((chart) => chart.tag)), ...issue18Jobs(tags), ...srcJobs()];
  for (let rep = 0; rep < REPS; rep++) {
    for (const variants of jobs) {
      // Interleaved: every variant once per job and repetition, in an order that rotates.
      const order = variants.map((_, i) => variants[(i + rep) % variants.length]);
      for (const job of order) {
        const result = await measure(browser, origin, job.lib, job);
        runs.push({ rep, key: job.key, lib: job.lib, ...result });
        if (result.error || result.pageErrors) log(`${job.lib} ${job.key}: ${result.error ?? result.pageErrors.join(' | ')}`);
      }
    }
    log(`repetition ${rep + 1}/${REPS} done`);
  }

  // Traced once per system after the timed runs: tracing slows a page down.
  if (flag('profile')) {
    for (const { key, scenario, extra } of PAGES) {
      if (!ONLY.includes(key)) continue;
      for (const lib of PROFILED) {
        const result = await measure(browser, origin, lib, { scenario, extra, profile: true });
        if (result.error) log(`${lib} ${key} (profile): ${result.error}`);
        else profiles[`${key}:${lib}`] = result.profile;
      }
    }
    log('profiles traced');
  }
  // Snapshots too, once per system and page: a snapshot takes seconds and stops the page.
  if (flag('heap')) {
    for (const count of ['10', '50']) {
      for (const lib of LIBS) {
        const result = await measure(browser, origin, lib, { scenario: 'fifty', extra: { count }, heapKinds: true });
        if (result.error) log(`${lib} ${count} charts (heap): ${result.error}`);
        else heapKinds[`${count}:${lib}`] = result.heapKinds;
      }
    }
    log('heap snapshots taken');
  }
} finally {
  await browser.close();
  server.close();
}
const loadAtEnd = uptime();

// ---------------------------------------------------------------------------------------- results

const FIELDS = ['drawn', 'painted', 'longest', 'traced', 'work', 'maxWork', 'latency', 'heap', 'heapBefore', 'nodes'];
const summary = {};
for (const run of runs) {
  summary[run.key] ??= {};
  summary[run.key][run.lib] ??= [];
  summary[run.key][run.lib].push(run);
}
for (const key of Object.keys(summary)) {
  for (const lib of Object.keys(summary[key])) {
    const all = summary[key][lib];
    const ok = all.filter((run) => !run.error);
    summary[key][lib] = {
      ...Object.fromEntries(FIELDS.map((field) => [field, median(ok.map((run) => run[field]))]).filter(([, value]) => value !== undefined)),
      runs: ok.length,
      failed: all.length - ok.length,
      ...(all.find((run) => run.error) ? { error: all.find((run) => run.error).error } : {}),
      ...(ok.find((run) => run.refused) ? { refused: ok.find((run) => run.refused).refused } : {}),
    };
  }
}

/** JS the page loaded: the kit's files from dist/ (as Resource Timing lists them), a peer's bundle. */
function bytesOf(lib, result) {
  const files = (result?.loaded ?? [])
    .map((entry) => entry.path)
    .filter((path) => (lib === 'kit' ? path.startsWith('dist/') : path.startsWith('bench/build/') && !path.endsWith('/harness.js')))
    .filter((path) => existsSync(path));
  const ran = result?.ran && files.reduce((sum, file) => sum + gzipSync(result.ran[file] ?? '', { level: 9 }).length, 0);
  return { files, min: files.reduce((sum, file) => sum + statSync(file).size, 0), gzip: files.reduce((sum, file) => sum + gzipSize(file), 0), ran };
}
const bytes = Object.fromEntries(Object.entries(bytePages).map(([page, result]) => [page, bytesOf(page.split(':')[0], result)]));

const fmt = (value, unit) => {
  if (value === undefined || Number.isNaN(value)) return '-';
  if (unit === 'B') return value >= 10240 ? `${(value / 1024).toFixed(1)} KB` : `${value} B`;
  if (unit === 'MB') return `${(value / 1048576).toFixed(2)} MB`;
  if (unit === 'KB') return `${(value / 1024).toFixed(1)} KB`;
  if (unit === 'n') return String(Math.round(value));
  return value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`;
};
const ratioText = (a, b) => (a === undefined || b === undefined || !b || Number.isNaN(a / b) ? '-' : `${(a / b).toFixed(2)}x`);

/*
 * Issue 17's table: a workload per line, each system's median, then the ratios. Under 1 in the
 * kit/Chart.js and kit/Plot columns, the kit did better.
 */
const lines = [];
const RATIOS = [
  ['kit/floor', 'kit', 'baseline'],
  ['Chart.js/floor', 'chartjs', 'baseline'],
  ['Plot/floor', 'plot', 'baseline'],
  ['kit/Chart.js', 'kit', 'chartjs'],
  ['kit/Plot', 'kit', 'plot'],
];
const LABEL = 46;
lines.push(
  `${`median of ${REPS} run${REPS > 1 ? 's' : ''}`.padEnd(LABEL)}${LIBS.map((lib) => NAMES[lib].padStart(10)).join('')}  ${RATIOS.map(([name]) => name.padStart(15)).join('')}`,
);
/** Rows compared across systems, kept for the targets: [label, values, unit]. */
const compared = [];
let heading = '';
/** Each line's name in the targets: an indented line's is its heading's and its own; `context` leads the others'. */
const row = (label, values, unit, context) => {
  const name = label.startsWith(' ') ? `${heading}: ${label.trim()}` : context ? `${context} ${label}` : label;
  compared.push({ label: name, values, unit });
  lines.push(
    `${label.padEnd(LABEL)}${LIBS.map((lib) => fmt(values[lib], unit).padStart(10)).join('')}  ${RATIOS.map(([, a, b]) => ratioText(values[a], values[b]).padStart(15)).join('')}`,
  );
};
const pick = (key, field, libs = LIBS) => Object.fromEntries(libs.map((lib) => [lib, summary[key]?.[lib]?.[field]]));
const section = (title, short = title) => {
  heading = short;
  lines.push('', title);
};

if (Object.keys(bytes).length) {
  section('JS a one-language page downloads, gzip -9 (kit: the files it loaded from dist/)', 'JS');
  row('three report charts', Object.fromEntries(LIBS.map((lib) => [lib, bytes[`${lib}:all`]?.gzip])), 'B');
  for (const { tag } of reportData) {
    const one = Object.fromEntries(LIBS.map((lib) => [lib, (lib === 'kit' ? bytes[`kit:${tag}`] : bytes[`${lib}:all`])?.gzip]));
    row(`  one chart: <${tag}>`, one, 'B');
  }
  // Not compared: what the kit's page ran of what it loaded.
  const ran = (page) => (bytes[page]?.ran ? fmt(bytes[page].ran, 'B') : '-');
  lines.push(
    `  of the kit's, the code the page ran (V8 coverage): three charts ${ran('kit:all')}; ${reportData.map(({ tag }) => `<${tag}> ${ran(`kit:${tag}`)}`).join('; ')}`,
  );
}
if (summary.report) {
  section(`report page: the ${reportData.length} report charts, from navigation`, 'report page');
  row('  drawn', pick('report', 'drawn'));
  row('  painted', pick('report', 'painted'));
}
if (summary.phone) {
  const { viewport, deviceScaleFactor } = PHONE.context;
  section(`report page on a phone: ${viewport.width} x ${viewport.height} px, ${deviceScaleFactor}x pixels, touch, CPU ${PHONE.cpu}x slower; from navigation`, 'phone');
  row('  drawn', pick('phone', 'drawn'));
  row('  painted', pick('phone', 'painted'));
}
if (summary.fifty) {
  section('50 charts of mixed kinds at 240 x 150', '50 charts');
  row('  drawn', pick('fifty', 'drawn'));
  row('  painted', pick('fifty', 'painted'));
  row('  JS heap after GC (whole page)', pick('fifty', 'heap'), 'MB');
  row('  JS heap of the charts (after - before)', Object.fromEntries(LIBS.map((lib) => [lib, summary.fifty[lib]?.heap - summary.fifty[lib]?.heapBefore])), 'MB');
  if (summary.ten) {
    row('  of which the first 10 charts', Object.fromEntries(LIBS.map((lib) => [lib, summary.ten[lib]?.heap - summary.ten[lib]?.heapBefore])), 'MB');
    row('  each chart after the 10th', Object.fromEntries(LIBS.map((lib) => [lib, (summary.fifty[lib]?.heap - summary.ten[lib]?.heap) / 40])), 'KB');
  }
  row('  DOM nodes', pick('fifty', 'nodes'), 'n');
}
const resized = reportData.filter(({ tag }) => summary[`resize-${tag}`]);
if (resized.length) {
  section(`resize, ${RESIZE.steps} steps of ${RESIZE.by} px from ${RESIZE.from} px: per redraw (the floor's work is the frame's own cost)`, 'resize');
  for (const { tag } of resized) {
    const key = `resize-${tag}`;
    heading = `resize <${tag}>`;
    row(`<${tag}>: work per redraw`, pick(key, 'work'), undefined, 'resize');
    row('  work above the floor', Object.fromEntries(LIBS.map((lib) => [lib, summary[key][lib]?.work - summary[key].baseline?.work])));
    row('  width change -> redrawn', pick(key, 'latency'));
  }
}
for (const n of SIZES) {
  if (!summary[`rows-${n}`]) continue;
  section(`${n.toLocaleString('en')} rows, from the call to the next frame (other libraries: ${n.toLocaleString('en')} bars)`, `${n} rows`);
  for (const shape of Object.keys(SHAPES)) {
    const key = `rows-${n}-${shape}`;
    if (!summary[key]) continue;
    heading = `${n} rows <${SHAPES[shape]}> ${shape}`;
    const values = { ...pick(`rows-${n}`, 'painted'), kit: summary[key].kit?.painted };
    row(`<${SHAPES[shape]}> ${shape}: painted`, values, undefined, `${n} rows`);
    row('  DOM nodes', { ...pick(`rows-${n}`, 'nodes'), kit: summary[key].kit?.nodes }, 'n');
  }
}

/*
 * The kit's output without its code: the same pages drawn by static.js. `kit/static` is what making
 * the charts costs over showing them; `static/floor` what showing them costs over the floor's bars.
 */
const staticLines = [];
if (PAGES.some(({ key }) => summary[key]?.[STATIC])) {
  const columns = ['baseline', STATIC, 'kit'];
  const ratios = [
    ['static/floor', STATIC, 'baseline'],
    ['kit/floor', 'kit', 'baseline'],
    ['kit/static', 'kit', STATIC],
  ];
  staticLines.push(`${`median of ${REPS} run${REPS > 1 ? 's' : ''}`.padEnd(LABEL)}${columns.map((lib) => NAMES[lib].padStart(10)).join('')}  ${ratios.map(([name]) => name.padStart(15)).join('')}`);
  for (const { key, title } of PAGES) {
    if (!summary[key]?.[STATIC]) continue;
    staticLines.push(title);
    for (const field of ['drawn', 'painted']) {
      const value = (lib) => summary[key][lib]?.[field];
      staticLines.push(`${`  ${field}`.padEnd(LABEL)}${columns.map((lib) => fmt(value(lib)).padStart(10)).join('')}  ${ratios.map(([, a, b]) => ratioText(value(a), value(b)).padStart(15)).join('')}`);
    }
  }
}

// Issue 17's targets.
const targets = [];
const target = (label, value, text, met) => targets.push({ label, value, text, met: value === undefined || Number.isNaN(value) ? undefined : met });
const kitRatio = (key, field) => summary[key]?.kit?.[field] / summary[key]?.baseline?.[field];
target('report page within 1.5x the floor (painted)', kitRatio('report', 'painted'), ratioText(summary.report?.kit?.painted, summary.report?.baseline?.painted), kitRatio('report', 'painted') <= TARGETS.report);
target('50 charts within 3x the floor (painted)', kitRatio('fifty', 'painted'), ratioText(summary.fifty?.kit?.painted, summary.fifty?.baseline?.painted), kitRatio('fifty', 'painted') <= TARGETS.fifty);
for (const { tag } of resized) {
  const value = kitRatio(`resize-${tag}`, 'work');
  target(`<${tag}> resize redraw within 2x the floor (work)`, value, `${value?.toFixed(2)}x`, value <= TARGETS.resize);
}
// What the page ran of it: the least a file for the page could weigh.
const ranText = (page) => (bytes[page]?.ran ? `, of which the page ran ${fmt(bytes[page].ran, 'B')}` : '');
if (bytes['kit:all']) target('three elements: at most 24 KB gzip', bytes['kit:all'].gzip, `${fmt(bytes['kit:all'].gzip, 'B')}${ranText('kit:all')}`, bytes['kit:all'].gzip <= TARGETS.bytesAll);
for (const { tag } of reportData) {
  const one = bytes[`kit:${tag}`];
  if (one) target(`one element <${tag}>: at most 16 KB gzip`, one.gzip, `${fmt(one.gzip, 'B')} (${one.files.join(', ')})${ranText(`kit:${tag}`)}`, one.gzip <= TARGETS.bytesOne);
}
if (summary.fifty?.kit) target('JS heap for 50 charts at most 2 MB (whole page)', summary.fifty.kit.heap, fmt(summary.fifty.kit.heap, 'MB'), summary.fifty.kit.heap <= TARGETS.heap);
const timed = compared.filter(({ unit }) => unit === undefined);
const slower = timed.filter(({ values }) => PEERS.some((peer) => values.kit !== undefined && values[peer] !== undefined && values.kit >= values[peer]));
if (timed.length) {
  target(
    'every timed line: faster than both Chart.js and Plot',
    slower.length,
    slower.length ? `slower or equal on ${slower.length} of ${timed.length}: ${slower.map(({ label }) => label).join('; ')}` : `all ${timed.length}`,
    slower.length === 0,
  );
}

/*
 * Issue 18's table: the kit alone; the result (drawn, or refused with its message), the time to it,
 * the longest task from the Long Tasks API (it reports tasks over 50 ms) and from a CDP trace, the
 * main-thread work and the DOM nodes after it.
 */
const stress = issue18Jobs(tags).map(([job]) => job);
const lines18 = [];
if (stress.some((job) => summary[job.key])) {
  lines18.push(
    `${'input (kit only)'.padEnd(66)}${'result'.padStart(10)}${'time'.padStart(10)}${'longest (LT)'.padStart(14)}${'longest (CDP)'.padStart(15)}${'work'.padStart(10)}${'DOM nodes'.padStart(11)}${'< 200 ms'.padStart(10)}`,
  );
  for (const job of stress) {
    const result = summary[job.key]?.kit;
    if (!result) continue;
    const failed = !result.runs;
    const longest = Math.max(result.longest ?? 0, result.traced ?? 0);
    const state = failed ? (/no result/.test(result.error) ? 'frozen' : 'error') : result.refused ? 'refused' : 'drawn';
    const time = job.scenario === 'resize' ? result.latency : result.drawn;
    const met = failed ? 'MISS' : longest < LONGEST_TASK_MS ? 'met' : 'MISS';
    lines18.push(
      `${job.label.padEnd(66)}${state.padStart(10)}${(failed ? '-' : fmt(time)).padStart(10)}${(failed ? '-' : result.longest ? fmt(result.longest) : '< 50 ms').padStart(14)}${fmt(result.traced).padStart(15)}${fmt(result.work).padStart(10)}${fmt(result.nodes, 'n').padStart(11)}${met.padStart(10)}`,
    );
    if (failed) lines18.push(`    ${result.error}`);
    if (result.refused) lines18.push(`    message: ${result.refused}`);
  }
  lines18.push("  time: to chart-rendered or to the refusal (resize: median width change -> redrawn); work: main-thread thread time (CDP)");
}

/* A partner's CSV through src on a slow network: the kit alone, from navigation. */
const linesSrc = srcJobs()
  .map(([job]) => [job, summary[job.key]?.kit])
  .filter(([, result]) => result)
  .map(([job, result]) => `${job.label.padEnd(66)}${(result.runs ? fmt(result.drawn) : 'error').padStart(10)}${(result.runs ? fmt(result.painted) : '-').padStart(10)}`);
if (linesSrc.length) linesSrc.unshift(`${'input (kit only), from navigation'.padEnd(66)}${'drawn'.padStart(10)}${'painted'.padStart(10)}`);

/*
 * Where the main thread's time went on the report page and the 50 charts (--profile): the self time
 * of each traced event, by kind of work (bench-profile.mjs). One traced run each, slowed by tracing:
 * compare the systems and the kinds, not these totals with the timings above.
 */
const profileLines = [];
/*
 * What the JS heap holds (--heap): the first 10 charts' part (the 10-chart page, after less before
 * the charts) and each chart's after them (the 50-chart page less the 10-chart page, over 40), by
 * kind (bench-profile.mjs). One snapshot each, after garbage collection.
 */
const heapLines = [];
if (Object.keys(heapKinds).length) {
  const charts = (count, lib, kind) => {
    const kinds = heapKinds[`${count}:${lib}`];
    return kinds && kinds.after[kind] - kinds.before[kind];
  };
  heapLines.push(`${'JS heap by kind, from heap snapshots'.padEnd(LABEL)}${LIBS.map((lib) => NAMES[lib].padStart(10)).join('')}`);
  for (const [title, value, unit] of [
    ['the first 10 charts', (lib, kind) => charts('10', lib, kind), 'KB'],
    ['each chart after the 10th', (lib, kind) => (charts('50', lib, kind) - charts('10', lib, kind)) / 40, 'KB'],
  ]) {
    heapLines.push(title);
    for (const [kind] of HEAP_KINDS) heapLines.push(`${`  ${kind}`.padEnd(LABEL)}${LIBS.map((lib) => fmt(value(lib, kind), unit).padStart(10)).join('')}`);
  }
}
for (const { key, title } of PAGES) {
  if (!LIBS.some((lib) => profiles[`${key}:${lib}`])) continue;
  profileLines.push(`${title.padEnd(LABEL)}${PROFILED.map((lib) => NAMES[lib].padStart(10)).join('')}`);
  for (const kind of [...KINDS, 'total']) {
    const value = (lib) => {
      const profile = profiles[`${key}:${lib}`];
      return profile && (kind === 'total' ? Object.values(profile).reduce((sum, ms) => sum + ms, 0) : profile[kind]);
    };
    const label = kind === 'other' ? 'other (loading, messages, untraced)' : kind;
    profileLines.push(`${`  ${label}`.padEnd(LABEL)}${PROFILED.map((lib) => fmt(value(lib)).padStart(10)).join('')}`);
  }
}

const seconds = (Date.now() - started) / 1000;
const out = [
  '',
  `Issue 17: all systems, interleaved, ${REPS} repetition${REPS > 1 ? 's' : ''}; ratios of medians (kit/Chart.js, kit/Plot under 1: the kit did better)`,
  ...lines,
  '',
  'Targets (issue 17)',
  ...targets.map(({ label, text, met }) => `  ${met === undefined ? 'n/a ' : met ? 'met ' : 'MISS'}  ${label.padEnd(56)} ${text}`),
  ...(staticLines.length
    ? ['', "The kit's charts without its code: the same pages, each chart as the kit drew it written into the page as declarative shadow DOM (static)", ...staticLines]
    : []),
  ...(profileLines.length
    ? ['', "Where the main thread's time went: one traced run per system, self time by kind of work (tracing slows a page)", ...profileLines]
    : []),
  ...(heapLines.length ? ['', 'What the JS heap holds: a heap snapshot per system before and after its 10 and its 50 charts, after GC', ...heapLines] : []),
  ...(lines18.length ? ['', `Issue 18: longest main-thread task at the caps (target: every one under ${LONGEST_TASK_MS} ms)`, ...lines18] : []),
  ...(linesSrc.length ? ['', "A partner's data through src on a slower network (emulated round trips; every request waits for one)", ...linesSrc] : []),
  '',
  `Chromium ${chromiumVersion}, ${REPS} repetition${REPS > 1 ? 's' : ''}, ${seconds.toFixed(0)} s.`,
  `Load at start: ${loadAtStart}`,
  `Load at end:   ${loadAtEnd}`,
];
console.log(out.join('\n'));

let sizes;
if (flag('sizes')) {
  const { moduleSizes, printModuleSizes } = await import('./bench-sizes.mjs');
  sizes = await moduleSizes('src/embed/script.ts');
  printModuleSizes(sizes);
}

mkdirSync('bench/results', { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const json = {
  date: new Date().toISOString(),
  chromium: chromiumVersion,
  reps: REPS,
  seconds,
  load: { start: loadAtStart, end: loadAtEnd },
  reportCharts: reportData.map((chart) => ({ tag: chart.tag, values: chart.rows.length })),
  bytes,
  summary,
  targets,
  sizes,
  profiles,
  runs: runs.map(({ loaded, ...run }) => run),
  table: out,
};
writeFileSync(join('bench/results', `${stamp}.json`), `${JSON.stringify(json, null, 2)}\n`);
writeFileSync('bench/results/latest.json', `${JSON.stringify(json, null, 2)}\n`);
log(`wrote bench/results/${stamp}.json and bench/results/latest.json`);
