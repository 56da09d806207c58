/*
 * Shared by every page of the benchmark. The page's URL names a scenario; the library's adapter
 * draws; the timings are left in `window.__bench` for scripts/bench.mjs to collect.
 *
 * An adapter is `{ draw(container, chart) }`: it draws `chart` into `container` (whose width it
 * follows) and resolves once the marks are in the DOM, with a handle `{ next() }` whose promise
 * resolves at the next redraw (after a resize). `chart` is `{ tag?, rows, own?, shape?, n?, data?, src?, height? }`:
 * `rows` is a list of `{ label, value }`, what the other libraries draw; the kit draws the element
 * `tag` with its own report data (`own`), or the element of `shape` (data.js) with `data`, its `n`
 * rows of that shape, or with the file `src`. `height`, when given, is the height of the plot (the small multiples). The kit's adapter
 * rejects when the element reports `chart-error`, with the element's message.
 *
 * Scenarios (`?scenario=`):
 *   report  the report's charts (those of `?tags=`, else all), one per kit element, timed from
 *           navigation until all are drawn; also the JS files the page loaded (Resource Timing)
 *   rows    one chart of `n` rows (`?shape=`, `?src=` for the kit), timed from `__go()`; with
 *           `?expect=refused` the kit must refuse it, and the time is to its message; `?label=`
 *           makes the first row's label that many characters long, `?sources=each` gives every
 *           row a source of its own
 *   resize  one chart (a report chart, `?tag=`, or `n` rows of `?shape=`); `__resize(width)` redraws
 *           it at a new width, `__longest(t)` is the longest task since `t`
 *   fifty   `?count=` (50) small charts of every report chart in turn, timed from `__go()`
 *   probe   (kit only) the data each element draws by default, for the other libraries
 */
import { dataFor, rowsFor } from './data.js';

const params = new URLSearchParams(location.search);
const longTasks = [];
try {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
} catch {
  // No Long Tasks API: the longest-task column stays empty.
}

/** The charts of the report page, written into the page by the bench server. */
export const reportCharts = () => JSON.parse(document.getElementById('report-data')?.textContent || '[]');

/** Resolves after the next frame has been laid out and painted (or at least committed). */
export function nextPaint() {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    }),
  );
}

/** The longest task that ended after `t0` (ms, page time); 0 when none was long (over 50 ms). */
const longestSince = (t0) =>
  longTasks.filter((task) => task.start + task.duration >= t0).reduce((max, task) => Math.max(max, task.duration), 0);

function container(root, className = 'chart') {
  const box = document.createElement('div');
  box.className = className;
  root.append(box);
  return box;
}

/**
 * Waits until the runner says go (it reads the heap and the metrics before). The work then starts in
 * a task of its own: run inside the runner's DevTools command, it would be counted as DevTools time
 * and hidden from the Long Tasks API.
 */
const go = () =>
  new Promise((resolve) => {
    window.__go = () => void setTimeout(resolve);
    window.__ready = true;
  });

/** Long-task entries arrive in a task of their own, after the task they describe. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

/** The JS files the page loaded, by path, with their bytes as served (no compression here). */
const scriptsLoaded = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => ({ path: new URL(entry.name).pathname.replace(/^\//, ''), bytes: entry.encodedBodySize }))
    .filter((entry) => /\.m?js$/.test(entry.path));

/** The chart of a `rows` or `resize` page: `n` rows of `shape` (or the file `src`, for the kit). */
function chartFromQuery() {
  const n = Number(params.get('n'));
  const shape = params.get('shape') ?? 'estimates';
  const src = params.get('src') ?? undefined;
  // Made before the timed draw, as the other libraries' rows are.
  const data = src ? undefined : dataFor(shape, n);
  const list = data && Object.values(data).find(Array.isArray);
  // A partner's overlong text: the first row's label (a form, for violence).
  const long = Number(params.get('label') ?? 0);
  if (list && long) list[0][shape === 'named' ? 'form' : 'label'] = 'A long label. '.repeat(long / 14 + 1).slice(0, long);
  if (list && params.get('sources') === 'each') list.forEach((row, i) => (row.source = `Survey ${i + 1}`));
  return { shape, n, src, rows: rowsFor(n), data, own: false };
}

export async function run(adapter) {
  const root = document.getElementById('root');
  const scenario = params.get('scenario') ?? 'report';
  const finish = (result) => {
    window.__bench = { lib: adapter.name, scenario, ...result };
  };
  try {
    if (scenario === 'report') {
      const only = params.get('tags')?.split(',');
      const charts = reportCharts().filter((chart) => !only || only.includes(chart.tag));
      await Promise.all(charts.map((chart) => adapter.draw(container(root), chart)));
      const drawn = performance.now();
      await nextPaint();
      const painted = performance.now();
      await settle();
      finish({ drawn, painted, charts: charts.length, longest: longestSince(0), loaded: scriptsLoaded() });
    } else if (scenario === 'src') {
      // A partner's file through `src` (the kit only), from navigation, as the runner slows the
      // network: the script, the code that reads the data, the data and the CSV reader all cross it.
      await adapter.draw(container(root), chartFromQuery());
      const drawn = performance.now();
      await nextPaint();
      finish({ drawn, painted: performance.now() });
    } else if (scenario === 'probe') {
      finish({ charts: await adapter.probe(root) });
    } else if (scenario === 'rows') {
      const chart = chartFromQuery();
      await go();
      const t0 = performance.now();
      let refused;
      try {
        await adapter.draw(container(root), chart);
      } catch (error) {
        if (params.get('expect') !== 'refused') throw error;
        refused = error.message;
      }
      const drawn = performance.now() - t0;
      await nextPaint();
      const painted = performance.now() - t0;
      await settle();
      finish({ drawn, painted, longest: longestSince(t0), n: chart.n, ...(refused ? { refused } : {}) });
    } else if (scenario === 'resize') {
      const tag = params.get('tag');
      const chart = tag ? reportCharts().find((report) => report.tag === tag) : chartFromQuery();
      if (!chart) throw new Error(`no report chart for <${tag}>`);
      const handle = await adapter.draw(container(root), chart);
      await nextPaint();
      window.__resize = async (width) => {
        await new Promise((resolve) => setTimeout(resolve));
        performance.mark('resize-start');
        const redrawn = handle.next();
        root.style.width = `${width}px`;
        await redrawn;
        performance.mark('resize-drawn');
        const latency = performance.measure('resize', 'resize-start', 'resize-drawn').duration;
        await nextPaint();
        return latency;
      };
      window.__longest = async (t0) => {
        await settle();
        return longestSince(t0);
      };
      finish({ ready: true, now: performance.now() });
    } else if (scenario === 'fifty') {
      const charts = reportCharts();
      const count = Number(params.get('count') ?? 50);
      await go();
      const t0 = performance.now();
      await Promise.all(
        Array.from({ length: count }, (_, i) => adapter.draw(container(root, 'chart small'), { ...charts[i % charts.length], height: 150 })),
      );
      const drawn = performance.now() - t0;
      await nextPaint();
      const painted = performance.now() - t0;
      await settle();
      finish({ drawn, painted, longest: longestSince(t0), charts: count });
    } else {
      throw new Error(`unknown scenario ${scenario}`);
    }
  } catch (error) {
    finish({ error: String(error?.stack ?? error) });
  }
}
