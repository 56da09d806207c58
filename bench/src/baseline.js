// The floor: a horizontal bar chart in hand-written SVG, no library. One row per value: its label,
// its bar and its number, a few grid lines, redrawn when the container's width changes.
import { run } from './harness.js';

const ROW = 22;
const LEFT = 130;
const RIGHT = 70;
const format = new Intl.NumberFormat('en', { maximumFractionDigits: 10 });
const escape = (text) => String(text).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function niceStep(max, count) {
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const unit = raw / power;
  return power * (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10);
}

/** The chart's SVG at `width`; rows 22 px apart, or shared out over `fixed` px when it is given. */
function markup(rows, width, fixed) {
  const max = rows.reduce((most, row) => Math.max(most, row.value), 1);
  const span = Math.max(1, width - LEFT - RIGHT);
  const step = niceStep(max, Math.max(2, Math.floor(span / 80)));
  const top = Math.ceil(max / step) * step;
  const x = (value) => LEFT + (value / top) * span;
  const row = fixed ? (fixed - 20) / rows.length : ROW;
  const height = fixed ?? rows.length * ROW + 20;
  let out = `<svg width="${width}" height="${height}" font-size="12" role="img">`;
  for (let tick = 0; tick <= top; tick += step) {
    const at = x(tick);
    out += `<line x1="${at}" x2="${at}" y2="${height - 20}" stroke="#d0d7de"/><text x="${at}" y="${height - 6}" text-anchor="middle" fill="#57606a">${format.format(tick)}</text>`;
  }
  rows.forEach((entry, i) => {
    const y = i * row + row / 2;
    out += `<text x="${LEFT - 6}" y="${y + 4}" text-anchor="end">${escape(entry.label)}</text><rect x="${LEFT}" y="${y - row / 2 + 3}" width="${x(entry.value) - LEFT}" height="${Math.max(1, row - 6)}" fill="#3e6c9c"/><text x="${x(entry.value) + 4}" y="${y + 4}">${format.format(entry.value)}</text>`;
  });
  return `${out}</svg>`;
}

run({
  name: 'baseline',
  async draw(box, chart) {
    let width = box.clientWidth;
    box.innerHTML = markup(chart.rows, width, chart.height);
    let signal = () => {};
    new ResizeObserver(() => {
      if (box.clientWidth === width) return;
      width = box.clientWidth;
      box.innerHTML = markup(chart.rows, width, chart.height);
      signal();
    }).observe(box);
    return { next: () => new Promise((resolve) => (signal = resolve)) };
  },
});
