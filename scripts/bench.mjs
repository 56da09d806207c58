// `npm run bench`: the kit against a hand-written SVG floor, Chart.js and Observable Plot, in
// headless Chromium on a local server (every page loads local files only). Interleaved repetitions,
// medians, ratios to the floor. Prints a table, writes bench/results/<time>.json and latest.json.
//
//   npm run bench                          build, then measure (3 repetitions, about 5 minutes)
//   npm run bench -- --reps 5              more repetitions
//   npm run bench -- --skip-build          use dist/ as it is (bench/build is rebuilt when stale)
//   npm run bench -- --only rows,resize    some scenarios: report, rows, resize, fifty
//   npm run bench -- --sizes               also print where the whole kit's bytes go, by package
//
// Timings are never asserted: they depend on the machine. Targets (issue 8) are ratios and are
// reported as met or missed.
import { execSync } from 'node:child_process';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { rollup } from 'rollup';

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const REPS = Number(option('reps', 3));
const ONLY = option('only', 'report,rows,resize,fifty').split(',');
const LIBS = ['baseline', 'kit', 'chartjs', 'plot'];
const SIZES = [100, 1000, 10000];
const RESIZES = 8;
const WHOLE_KIT = 'dist/amelia-report-charts.min.js';
const TARGETS = { bytes: 20480, report: 1.3, rows10000: 1.5, fifty: 2, resizeWorkMs: 2 };

const started = Date.now();
const log = (...parts) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)}s]`, ...parts);
const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return undefined;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const gzipSize = (path) => gzipSync(readFileSync(path), { level: 9 }).length;

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
  const outputs = LIBS.map((lib) => `bench/build/${lib}.js`).concat('bench/build/harness.js');
  const newest = Math.max(...inputs.filter(existsSync).map((file) => statSync(file).mtimeMs));
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

function page(lib, query) {
  const data = JSON.stringify(reportData).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>bench: ${lib} ${query.get('scenario')}</title>
<style>body { margin: 0; font: 14px system-ui, sans-serif; } #root { width: 640px; padding: 8px; } .chart { margin: 0 0 16px; }</style>
<script type="application/json" id="report-data">${data}</script>
<script type="module" src="/bench/build/${lib}.js"></script>
</head>
<body><main id="root"></main></body>
</html>`;
}

/** Serves dist/ and bench/build/ as static files, and the pages; nothing else, no compression. */
function serve() {
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://localhost');
    if (url.pathname === '/page') {
      const lib = url.searchParams.get('lib');
      if (!LIBS.includes(lib)) return response.writeHead(404).end();
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      return response.end(page(lib, url.searchParams));
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

/** Opens one page in a fresh context (cold cache), runs its scenario, closes it. */
async function measure(browser, origin, lib, scenario, extra = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const pageHandle = await context.newPage();
  const cdp = await context.newCDPSession(pageHandle);
  // Thread time, not wall time: the machine may be busy with other work.
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const scripts = new Set();
  const errors = [];
  pageHandle.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (path.endsWith('.js')) scripts.add(path.replace(/^\//, ''));
  });
  pageHandle.on('pageerror', (error) => errors.push(error.message));
  pageHandle.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  pageHandle.setDefaultTimeout(120_000);
  const query = new URLSearchParams({ lib, scenario, ...extra });
  const gc = () => cdp.send('HeapProfiler.collectGarbage');
  try {
    await pageHandle.goto(`${origin}/page?${query}`, { waitUntil: 'commit' });
    let result;
    if (scenario === 'report' || scenario === 'probe') {
      await pageHandle.waitForFunction(() => window.__bench);
      result = await pageHandle.evaluate(() => window.__bench);
    } else if (scenario === 'resize') {
      await pageHandle.waitForFunction(() => window.__bench);
      result = await pageHandle.evaluate(() => window.__bench);
      const latencies = [];
      const works = [];
      for (let i = 0; i < RESIZES && !result.error; i++) {
        const before = await cdp.send('Performance.getMetrics');
        latencies.push(await pageHandle.evaluate((width) => window.__resize(width), i % 2 ? 640 : 480));
        works.push(work(before, await cdp.send('Performance.getMetrics')));
      }
      result = { ...result, latency: median(latencies), work: median(works), works };
    } else {
      await pageHandle.waitForFunction(() => window.__ready || window.__bench);
      await gc();
      const before = await cdp.send('Performance.getMetrics');
      await pageHandle.evaluate(() => window.__go?.());
      await pageHandle.waitForFunction(() => window.__bench);
      const during = await cdp.send('Performance.getMetrics');
      result = await pageHandle.evaluate(() => window.__bench);
      await gc();
      const after = await cdp.send('Performance.getMetrics');
      result = {
        ...result,
        work: work(before, during),
        heapBefore: metric(before, 'JSHeapUsedSize'),
        heap: metric(after, 'JSHeapUsedSize'),
        nodes: metric(after, 'Nodes'),
      };
    }
    if (errors.length) result.pageErrors = errors.slice(0, 5);
    return { ...result, scripts: [...scripts] };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------- run

buildKit();
await buildBench();
if (!existsSync(WHOLE_KIT)) throw new Error(`${WHOLE_KIT} is missing: npm run build failed?`);
const tags = readdirSync('dist')
  .filter((file) => /^[a-z]+(-[a-z]+)+\.js$/.test(file) && !file.startsWith('amelia-report-charts'))
  .map((file) => file.replace(/\.js$/, ''))
  .sort((a, b) => (a === 'hiv-estimate-gap' ? -1 : b === 'hiv-estimate-gap' ? 1 : a.localeCompare(b)));

const server = await serve();
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
const runs = [];
try {
  // The report's data as each kit element draws it by default: what the other libraries draw.
  const probe = await measure(browser, origin, 'kit', 'probe', { tags: tags.join(',') });
  if (probe.error) throw new Error(`probe failed: ${probe.error}`);
  reportData = probe.charts
    .filter((chart) => chart.ok && chart.rows.length)
    .map((chart) => ({ tag: chart.tag, rows: chart.rows, own: true }));
  const skipped = probe.charts.filter((chart) => !chart.ok || !chart.rows.length).map((chart) => chart.tag);
  log(`report page: ${reportData.map((chart) => `<${chart.tag}> (${chart.rows.length} values)`).join(', ')}`);
  if (skipped.length) log(`not on the report page (no data read back): ${skipped.join(', ')}`);

  const jobs = [];
  if (ONLY.includes('report')) jobs.push({ scenario: 'report' });
  if (ONLY.includes('rows')) for (const n of SIZES) jobs.push({ scenario: 'rows', extra: { n: String(n) } });
  if (ONLY.includes('resize')) jobs.push({ scenario: 'resize' });
  if (ONLY.includes('fifty')) jobs.push({ scenario: 'fifty' });

  for (let rep = 0; rep < REPS; rep++) {
    for (const job of jobs) {
      // Interleaved: every library once per job and repetition, in an order that rotates.
      const order = LIBS.map((_, i) => LIBS[(i + rep) % LIBS.length]);
      for (const lib of order) {
        const result = await measure(browser, origin, lib, job.scenario, job.extra);
        const key = job.scenario === 'rows' ? `rows${job.extra.n}` : job.scenario;
        runs.push({ rep, key, lib, ...result });
        if (result.error || result.pageErrors) log(`${lib} ${key}: ${result.error ?? result.pageErrors.join(' | ')}`);
      }
    }
    log(`repetition ${rep + 1}/${REPS} done`);
  }
} finally {
  await browser.close();
  server.close();
}

// ---------------------------------------------------------------------------------------- report

const keys = [...new Set(runs.map((run) => run.key))];
const summary = {};
for (const key of keys) {
  summary[key] = {};
  for (const lib of LIBS) {
    const mine = runs.filter((run) => run.key === key && run.lib === lib && !run.error);
    const fields = ['drawn', 'painted', 'longest', 'work', 'latency', 'heap', 'heapBefore', 'nodes'];
    summary[key][lib] = Object.fromEntries(
      fields.map((field) => [field, median(mine.map((run) => run[field]))]).filter(([, value]) => value !== undefined),
    );
    summary[key][lib].runs = mine.length;
  }
}

// Bytes: the JS files each library's report page loaded, less the shared harness.
const bytes = {};
for (const lib of LIBS) {
  const loaded = runs.find((run) => run.lib === lib && run.scripts?.length)?.scripts ?? [];
  const files = loaded.filter((file) => !file.endsWith('harness.js') && existsSync(file));
  bytes[lib] = {
    files,
    min: files.reduce((sum, file) => sum + statSync(file).size, 0),
    gzip: files.reduce((sum, file) => sum + gzipSize(file), 0),
  };
}

const fmt = (value, unit) => {
  if (value === undefined) return '-';
  if (unit === 'B') return value >= 10240 ? `${(value / 1024).toFixed(1)} KB` : `${value} B`;
  if (unit === 'MB') return `${(value / 1048576).toFixed(2)} MB`;
  if (unit === 'n') return String(Math.round(value));
  return value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`;
};
const cell = (value, base, unit) => {
  const text = fmt(value, unit);
  if (value === undefined || base === undefined || base === 0) return text;
  return `${text} (${(value / base).toFixed(2)}x)`;
};

const lines = [];
const row = (label, values, unit) =>
  lines.push(`${label.padEnd(40)}${LIBS.map((lib) => cell(values[lib], values.baseline, unit).padStart(21)).join('')}`);
lines.push(`${'median of runs; (ratio to the baseline)'.padEnd(40)}${LIBS.map((lib) => lib.padStart(21)).join('')}`);
row('JS loaded, minified', Object.fromEntries(LIBS.map((lib) => [lib, bytes[lib].min])), 'B');
row('JS loaded, gzip -9', Object.fromEntries(LIBS.map((lib) => [lib, bytes[lib].gzip])), 'B');
const pick = (key, field) => Object.fromEntries(LIBS.map((lib) => [lib, summary[key]?.[lib]?.[field]]));
if (summary.report) {
  row(`report page (${reportData.length} charts): drawn from nav`, pick('report', 'drawn'));
  row('  painted from navigation', pick('report', 'painted'));
}
for (const n of SIZES) {
  const key = `rows${n}`;
  if (!summary[key]) continue;
  row(`${n} rows: drawn`, pick(key, 'drawn'));
  row('  painted', pick(key, 'painted'));
  row('  main-thread work (thread time)', pick(key, 'work'));
  row('  longest task (page frozen)', pick(key, 'longest'));
  row('  DOM nodes', pick(key, 'nodes'), 'n');
}
if (summary.rows100 && summary.rows10000) {
  const growth = Object.fromEntries(
    LIBS.map((lib) => [lib, summary.rows10000[lib]?.painted / summary.rows100[lib]?.painted]),
  );
  lines.push(`${'growth 100 -> 10,000 rows (painted)'.padEnd(40)}${LIBS.map((lib) => `${growth[lib]?.toFixed(0) ?? '-'}x`.padStart(21)).join('')}`);
}
if (summary.resize) {
  row('resize: work per redraw (CDP)', pick('resize', 'work'));
  // The floor's redraw is a few dozen microseconds of script: its figure is the cost of a frame
  // (style, layout, paint of the page) that every library pays; above it is each library's own work.
  row('  work above the baseline', Object.fromEntries(LIBS.map((lib) => [lib, summary.resize[lib]?.work - summary.resize.baseline?.work])));
  row('  resize -> redrawn (incl. frame wait)', pick('resize', 'latency'));
}
if (summary.fifty) {
  row('50 charts: drawn', pick('fifty', 'drawn'));
  row('  painted', pick('fifty', 'painted'));
  row('  JS heap after GC', pick('fifty', 'heap'), 'MB');
  row('  JS heap of the charts (after - before)', Object.fromEntries(LIBS.map((lib) => [lib, summary.fifty[lib]?.heap - summary.fifty[lib]?.heapBefore])), 'MB');
}

const ratio = (key, field) => summary[key]?.kit?.[field] / summary[key]?.baseline?.[field];
const targets = [
  ['whole kit <= 20 KB min+gzip', gzipSize(WHOLE_KIT), `${gzipSize(WHOLE_KIT)} B`, gzipSize(WHOLE_KIT) <= TARGETS.bytes],
  ['report page within 1.3x of baseline (painted)', ratio('report', 'painted'), `${ratio('report', 'painted')?.toFixed(2)}x`, ratio('report', 'painted') <= TARGETS.report],
  ['10,000 rows within 1.5x (painted)', ratio('rows10000', 'painted'), `${ratio('rows10000', 'painted')?.toFixed(2)}x`, ratio('rows10000', 'painted') <= TARGETS.rows10000],
  ['50 charts within 2x (painted)', ratio('fifty', 'painted'), `${ratio('fifty', 'painted')?.toFixed(2)}x`, ratio('fifty', 'painted') <= TARGETS.fifty],
  (() => {
    const above = summary.resize?.kit?.work - summary.resize?.baseline?.work;
    return ['resize redraw within 2 ms of work (above the floor)', above, `${above?.toFixed(2)} ms`, above <= TARGETS.resizeWorkMs];
  })(),
];
lines.push('', 'Targets (issue 8)');
for (const [label, value, text, met] of targets) {
  lines.push(`  ${value === undefined || Number.isNaN(value) ? 'n/a ' : met ? 'met ' : 'MISS'}  ${label.padEnd(48)} ${text}`);
}

console.log(`\n${lines.join('\n')}\n`);
console.log(`Chromium ${browser.version?.() ?? ''}, ${REPS} repetitions, ${((Date.now() - started) / 1000).toFixed(0)} s.`);

let sizes;
if (flag('sizes')) {
  const { moduleSizes, printModuleSizes } = await import('./bench-sizes.mjs');
  sizes = await moduleSizes('src/index.ts');
  printModuleSizes(sizes);
}

mkdirSync('bench/results', { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const json = {
  date: new Date().toISOString(),
  chromium: chromiumPath(),
  reps: REPS,
  reportCharts: reportData.map((chart) => ({ tag: chart.tag, values: chart.rows.length })),
  bytes,
  summary,
  targets: targets.map(([label, value, text, met]) => ({ label, value, text, met })),
  sizes,
  runs: runs.map(({ scripts, ...run }) => run),
  table: lines,
};
writeFileSync(join('bench/results', `${stamp}.json`), `${JSON.stringify(json, null, 2)}\n`);
writeFileSync('bench/results/latest.json', `${JSON.stringify(json, null, 2)}\n`);
log(`wrote bench/results/${stamp}.json and bench/results/latest.json`);
