// Observable Plot 0.6: bars, their numbers and a zero rule, one band per row, redrawn (Plot's way:
// a new SVG) when the container's width changes.
import { barX, plot, ruleX, text } from '@observablehq/plot';
import { run } from './harness.js';

const format = new Intl.NumberFormat('en', { maximumFractionDigits: 10 });

const render = (rows, width, height) =>
  plot({
    width,
    height: height ?? rows.length * 22 + 30,
    marginLeft: 130,
    marginRight: 70,
    x: { grid: true, label: null },
    y: { label: null, domain: rows.map((row) => row.label) },
    marks: [
      barX(rows, { x: 'value', y: 'label', fill: '#3e6c9c' }),
      text(rows, { x: 'value', y: 'label', text: (row) => format.format(row.value), textAnchor: 'start', dx: 4 }),
      ruleX([0]),
    ],
  });

run({
  name: 'plot',
  async draw(box, chart) {
    let width = box.clientWidth;
    let node = render(chart.rows, width, chart.height);
    box.append(node);
    let signal = () => {};
    new ResizeObserver(() => {
      if (box.clientWidth === width) return;
      width = box.clientWidth;
      const next = render(chart.rows, width, chart.height);
      node.replaceWith(next);
      node = next;
      signal();
    }).observe(box);
    return { next: () => new Promise((resolve) => (signal = resolve)) };
  },
});
