// The kit's own output without its code: each chart as the kit left it drawn on the same page
// (scripts/bench.mjs reads every chart's shadow root once, before the timed runs), written back as
// declarative shadow DOM with the kit's styles inline. No library, no script of the kit: what showing
// the kit's charts costs a page, apart from what making them does.
import { run } from './harness.js';

const markup = JSON.parse(document.getElementById('static-markup')?.textContent || '[]');
let drawn = 0;

run({
  name: 'static',
  async draw(box) {
    if (!markup.length) throw new Error('no static markup for this page');
    // In the order the kit's page drew them: the charts of the report page, or the fifty in turn.
    box.setHTMLUnsafe(markup[drawn++ % markup.length]);
  },
});
