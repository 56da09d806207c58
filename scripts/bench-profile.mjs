// Where a page's main-thread time goes, from a Chromium trace: `npm run bench -- --profile`. Each
// event's self time (its duration less its children's) is charged to one kind of work, so that the
// kinds add up to the main thread's busy time.

/** The trace categories a profile needs: top-level tasks, the DevTools timeline, V8 and fonts. */
export const PROFILE_CATEGORIES = ['toplevel', 'devtools.timeline', 'v8.execute', 'fonts'];

/** The kinds of work, in the order a profile prints them. */
export const KINDS = ['script', 'style', 'layout', 'fonts', 'HTML parsing', 'paint', 'GC', 'other'];

const STYLE = new Set(['UpdateLayoutTree', 'ParseAuthorStyleSheet', 'ScheduleStyleRecalculation']);
const PAINT = new Set(['Paint', 'PrePaint', 'Layerize', 'Commit', 'UpdateLayer', 'CompositeLayers', 'Decode Image']);
const SCRIPT = new Set(['FunctionCall', 'EvaluateScript', 'RunMicrotasks', 'TimerFire', 'FireAnimationFrame', 'FireIdleCallback', 'EventDispatch']);

/** The kind of work a trace event's self time is. */
export function kindOf({ name, cat = '' }) {
  if (cat.split(',').includes('fonts')) return 'fonts';
  if (/GC|Scavenge/.test(name)) return 'GC';
  if (name === 'ParseHTML') return 'HTML parsing';
  if (name === 'Layout') return 'layout';
  if (STYLE.has(name)) return 'style';
  if (PAINT.has(name)) return 'paint';
  if (SCRIPT.has(name) || /^v8\./i.test(name)) return 'script';
  return 'other';
}

/**
 * Milliseconds of self time by kind of work, on the renderer's main thread, over a whole trace
 * (`traceEvents` as Chromium's tracing returns them). Complete events (`ph: 'X'`) nest by time on
 * one thread: an event's children are the events that start and end within it.
 */
export function mainThreadProfile(traceEvents) {
  const main = new Set(
    traceEvents
      .filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const profile = Object.fromEntries(KINDS.map((kind) => [kind, 0]));
  const byThread = new Map();
  for (const event of traceEvents) {
    const thread = `${event.pid}:${event.tid}`;
    if (event.ph !== 'X' || !main.has(thread) || !(event.dur >= 0)) continue;
    if (!byThread.has(thread)) byThread.set(thread, []);
    byThread.get(thread).push(event);
  }
  for (const events of byThread.values()) {
    // Parents before their children: by start, and the longer first where two start together.
    events.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const open = [];
    const charge = (event) => (profile[kindOf(event)] += event.self / 1000);
    for (const event of events) {
      while (open.length && open.at(-1).ts + open.at(-1).dur <= event.ts) charge(open.pop());
      const parent = open.at(-1);
      // A child that outlasts its parent (clock rounding) is charged only within it.
      if (parent) parent.self -= Math.min(event.dur, parent.ts + parent.dur - event.ts);
      open.push({ ...event, self: event.dur });
    }
    while (open.length) charge(open.pop());
  }
  return profile;
}

/**
 * The kinds of what a JS heap holds, in the order `--heap` prints them, each a set of V8's heap
 * snapshot node types: V8's code for the page's functions (compiled, baseline and optimized code,
 * bytecode and the feedback that guides it), its object shapes (maps), then the page's own values.
 */
export const HEAP_KINDS = [
  ['V8 code and feedback', ['code']],
  ['V8 object shapes', ['object shape']],
  ['objects', ['object', 'regexp']],
  ['functions', ['closure']],
  ['arrays', ['array']],
  ['strings', ['string', 'concatenated string', 'sliced string']],
  ['other', ['hidden', 'number', 'symbol', 'bigint']],
];

/**
 * Bytes of the JS heap by kind (`HEAP_KINDS`), from a V8 heap snapshot as `HeapProfiler` writes it:
 * each node's self size. Blink's own objects (type `native`: DOM nodes, layout, styles), which a
 * snapshot also lists, are not in the JS heap the benchmark's heap lines count, and not here.
 */
export function heapByKind(snapshot) {
  const { node_fields: fields, node_types: [types] } = snapshot.snapshot.meta;
  const type = fields.indexOf('type');
  const size = fields.indexOf('self_size');
  const kindOfType = new Map(HEAP_KINDS.flatMap(([kind, of]) => of.map((name) => [name, kind])));
  const bytes = Object.fromEntries(HEAP_KINDS.map(([kind]) => [kind, 0]));
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const kind = kindOfType.get(types[snapshot.nodes[i + type]]);
    if (kind) bytes[kind] += snapshot.nodes[i + size];
  }
  return bytes;
}
