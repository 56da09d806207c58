// The kit, loaded as users embed it: the page's own <script type="module" src="/dist/…"> (the whole
// kit, or one element's file) runs before this adapter, so its elements are defined here.
import { SHAPES } from './data.js';
import { run } from './harness.js';

/** Resolves at the element's next `chart-rendered`; rejects on `chart-error`. */
function drawn(element) {
  return new Promise((resolve, reject) => {
    const done = () => {
      element.removeEventListener('chart-rendered', done);
      element.removeEventListener('chart-error', fail);
      resolve();
    };
    const fail = (event) => {
      element.removeEventListener('chart-rendered', done);
      element.removeEventListener('chart-error', fail);
      reject(new Error(`chart-error on <${element.localName}>: ${event.detail?.message}`));
    };
    element.addEventListener('chart-rendered', done);
    element.addEventListener('chart-error', fail);
  });
}

/** Text of a label given in one or several languages. */
const text = (value) => (value && typeof value === 'object' ? (value.en ?? Object.values(value)[0]) : String(value));

/**
 * Every `{ label, value }` in an element's data, however it nests: the rows the other libraries
 * draw for that chart. Labels are made unique (a band scale would merge duplicates).
 */
function flatten(data) {
  const rows = [];
  const seen = new Set();
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const value = typeof node.value === 'number' ? node.value : undefined;
    if (value !== undefined) {
      let label = text(node.label ?? node.name ?? node.category ?? node.date ?? node.year ?? `#${rows.length + 1}`);
      while (seen.has(label)) label += ' ';
      seen.add(label);
      rows.push({ label, value });
      return;
    }
    for (const child of Object.values(node)) if (typeof child === 'object') visit(child);
  };
  visit(data);
  return rows;
}

run({
  name: 'kit',
  async draw(box, chart) {
    const tag = chart.tag ?? SHAPES[chart.shape];
    if (!customElements.get(tag)) throw new Error(`<${tag}> is not defined by the page's kit file`);
    const element = document.createElement(tag);
    if (chart.src) element.src = chart.src;
    else if (!chart.own) element.data = chart.data;
    const first = drawn(element);
    box.append(element);
    await first;
    return { next: () => drawn(element) };
  },
  async probe(root) {
    const tags = new URLSearchParams(location.search).get('tags').split(',');
    const elements = tags.map((tag) => document.createElement(tag));
    const done = elements.map((element) => drawn(element).then(() => true, () => false));
    root.append(...elements);
    const ok = await Promise.all(done);
    return elements.map((element, i) => ({ tag: element.localName, ok: ok[i], rows: ok[i] ? flatten(element.data) : [] }));
  },
});
