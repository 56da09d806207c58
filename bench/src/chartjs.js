// Chart.js 4, tree-shaken to what a horizontal bar chart needs (its smallest honest bundle), drawn
// without animation (else the first frame is not the final chart) and responsive to its container.
// A canvas cannot be 200,000 px tall: the chart is at most 2,400 px high (or the small multiples'
// height) and skips labels it has no room for, as Chart.js does by default.
import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';
import { run } from './harness.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

run({
  name: 'chartjs',
  async draw(box, chart) {
    const frame = document.createElement('div');
    frame.style.position = 'relative';
    frame.style.height = `${chart.height ?? Math.min(2400, Math.max(120, chart.rows.length * 22 + 40))}px`;
    const canvas = document.createElement('canvas');
    frame.append(canvas);
    box.append(frame);
    let signal = () => {};
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: chart.rows.map((row) => row.label),
        datasets: [{ data: chart.rows.map((row) => row.value), backgroundColor: '#3e6c9c' }],
      },
      options: { indexAxis: 'y', animation: false, responsive: true, maintainAspectRatio: false, events: [] },
      plugins: [{ id: 'bench-signal', afterRender: () => signal() }],
    });
    return { next: () => new Promise((resolve) => (signal = resolve)) };
  },
});
