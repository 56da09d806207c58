/*
 * Shared by every page of the benchmark. The page's URL names a scenario; the library's adapter
 * draws; the timings are left in `window.__bench` for scripts/bench.mjs to collect.
 *
 * An adapter is `{ draw(container, chart) }`: it draws `chart` into `container` (whose width it
 * follows) and resolves once the marks are in the DOM, with a handle `{ next() }` whose promise
 * resolves at the next redraw (after a resize). `chart` is `{ tag, rows, own }`: `rows` is a list of
 * `{ label, value }`; `own` tells the kit to draw the element's own report data instead (the other
 * libraries draw `rows`, which hold that same data).
 *
 * Scenarios (`?scenario=`):
 *   report  the report's charts, one per kit element, timed from navigation until all are drawn
 *   rows    one chart of `n` rows, timed from `__go()`
 *   resize  one report chart, then `__resize(width)` redraws it at a new width
 *   fifty   fifty report charts on one page, timed from `__go()`
 *   probe   (kit only) the data each element draws by default, for the other libraries
 */

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

/** `n` rows, the same on every page: labels "Estimate 1"…, integer values from 1 to 20,000. */
export function rowsFor(n) {
  let seed = 42;
  const rows = [];
  for (let i = 0; i < n; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    rows.push({ label: `Estimate ${i + 1}`, value: 1 + (seed % 20000) });
  }
  return rows;
}

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

const longestSince = (t0) =>
  longTasks.filter((task) => task.start + task.duration >= t0).reduce((max, task) => Math.max(max, task.duration), 0);

function container(root) {
  const box = document.createElement('div');
  box.className = 'chart';
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

export async function run(adapter) {
  const root = document.getElementById('root');
  const scenario = params.get('scenario') ?? 'report';
  const finish = (result) => {
    window.__bench = { lib: adapter.name, scenario, ...result };
  };
  try {
    if (scenario === 'report') {
      const charts = reportCharts();
      await Promise.all(charts.map((chart) => adapter.draw(container(root), chart)));
      const drawn = performance.now();
      await nextPaint();
      const painted = performance.now();
      await settle();
      finish({ drawn, painted, charts: charts.length, longest: longestSince(0) });
    } else if (scenario === 'probe') {
      finish({ charts: await adapter.probe(root) });
    } else if (scenario === 'rows') {
      const rows = rowsFor(Number(params.get('n')));
      await go();
      const t0 = performance.now();
      await adapter.draw(container(root), { tag: 'hiv-estimate-gap', rows, own: false });
      const drawn = performance.now() - t0;
      await nextPaint();
      const painted = performance.now() - t0;
      await settle();
      finish({ drawn, painted, longest: longestSince(t0), n: rows.length });
    } else if (scenario === 'resize') {
      const [chart] = reportCharts();
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
      finish({ ready: true });
    } else if (scenario === 'fifty') {
      const [chart] = reportCharts();
      const count = Number(params.get('count') ?? 50);
      await go();
      const t0 = performance.now();
      await Promise.all(Array.from({ length: count }, () => adapter.draw(container(root), chart)));
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
