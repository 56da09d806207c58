import { expect, waitUntil } from '@open-wc/testing';
import './helpers.js';

/** Opens a page in an iframe and waits until every chart in it has drawn its marks. */
async function openPage(path: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '1200px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  const charts = () => [...doc.querySelectorAll('hiv-estimate-gap')];
  await waitUntil(
    () => charts().length > 0 && charts().every((chart) => chart.shadowRoot?.querySelector('[part="bar"]')),
    `charts in ${path} did not draw`,
    { timeout: 4000 },
  );
  return doc;
}

describe('the one-script-tag embed (dist/amelia-report-charts.min.js)', () => {
  it('draws <hiv-estimate-gap> with its source on a page that holds nothing else', async () => {
    const doc = await openPage('/demo/embed.html');
    const chart = doc.querySelector('hiv-estimate-gap')!;
    const root = chart.shadowRoot!;
    expect(root.querySelectorAll('[part="bar"]')).to.have.length(2);
    expect(root.querySelector('[part="sources"] a')!.textContent).to.contain('Amelia NGO report');
    expect(root.textContent).to.contain('more than 100');
  });

  it('requests nothing from any host but the page’s own', async () => {
    const doc = await openPage('/demo/embed.html');
    const origins = doc.defaultView!.performance.getEntriesByType('resource').map((e) => new URL(e.name).origin);
    expect(origins.length).to.be.greaterThan(0);
    origins.forEach((origin) => expect(origin).to.equal(location.origin));
  });
});
