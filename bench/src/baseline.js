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

function markup(rows, width) {
  const max = Math.max(1, ...rows.map((row) => row.value));
  const span = Math.max(1, width - LEFT - RIGHT);
  const step = niceStep(max, Math.max(2, Math.floor(span / 80)));
  const top = Math.ceil(max / step) * step;
  const x = (value) => LEFT + (value / top) * span;
  const height = rows.length * ROW + 20;
  let out = `<svg width="${width}" height="${height}" font-size="12" role="img">`;
  for (let tick = 0; tick <= top; tick += step) {
    const at = x(tick);
    out += `<line x1="${at}" x2="${at}" y2="${height - 20}" stroke="#d0d7de"/><text x="${at}" y="${height - 6}" text-anchor="middle" fill="#57606a">${format.format(tick)}</text>`;
  }
  rows.forEach((row, i) => {
    const y = i * ROW;
    out += `<text x="${LEFT - 6}" y="${y + 15}" text-anchor="end">${escape(row.label)}</text><rect x="${LEFT}" y="${y + 3}" width="${x(row.value) - LEFT}" height="${ROW - 6}" fill="#3e6c9c"/><text x="${x(row.value) + 4}" y="${y + 15}">${format.format(row.value)}</text>`;
  });
  return `${out}</svg>`;
}

run({
  name: 'baseline',
  async draw(box, chart) {
    let width = box.clientWidth;
    box.innerHTML = markup(chart.rows, width);
    let signal = () => {};
    new ResizeObserver(() => {
      if (box.clientWidth === width) return;
      width = box.clientWidth;
      box.innerHTML = markup(chart.rows, width);
      signal();
    }).observe(box);
    return { next: () => new Promise((resolve) => (signal = resolve)) };
  },
});
