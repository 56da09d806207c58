import { expect, waitUntil } from '@open-wc/testing';

// The static site as `npm run build:site` writes it, served from a subfolder (/site/) as a project
// page or a newsroom's /charts/ would be. Every request a page makes must stay under that folder:
// a root-relative link would find the repository's own files here and break on a real host.
const PREFIX = `${location.origin}/site/`;
const otherOrigin = location.origin.replace(location.hostname, location.hostname === 'localhost' ? '127.0.0.1' : 'localhost');
const CHARTS = 'hiv-estimate-gap, funding-timeline, violence-breakdown';

async function open(path: string, srcdoc?: string): Promise<Document> {
  const iframe = document.createElement('iframe');
  iframe.style.width = '900px';
  iframe.style.height = '1200px';
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  if (srcdoc === undefined) iframe.src = `${PREFIX}${path}`;
  else iframe.srcdoc = srcdoc;
  document.body.append(iframe);
  await loaded;
  return iframe.contentDocument!;
}

/** Waits until every chart of `doc` has drawn, or shows the error its page means it to show. */
async function drawn(doc: Document): Promise<Element[]> {
  const charts = () => [...doc.querySelectorAll(CHARTS)];
  await waitUntil(
    () => charts().length > 0 && charts().every((chart) => chart.shadowRoot?.querySelector('[part="plot"] svg, [role="alert"]')),
    `charts in ${doc.location.href} did not draw`,
    { timeout: 8000 },
  );
  return charts();
}

/** Every address the page requested, but the test server's own script. */
const requested = (doc: Document) =>
  doc.defaultView!.performance.getEntriesByType('resource').map((entry) => entry.name).filter((url) => !url.includes('/__web-dev-server'));

const tags = async (): Promise<string[]> => {
  const manifest = await (await fetch(`${PREFIX}dist/custom-elements.json`)).json();
  return manifest.modules.flatMap((m: { declarations?: { tagName?: string }[] }) => m.declarations ?? []).flatMap((d: { tagName?: string }) => (d.tagName ? [d.tagName] : []));
};

afterEach(() => document.querySelectorAll('iframe').forEach((iframe) => iframe.remove()));

describe('static site (npm run build:site)', () => {
  it('its front page links only to files it holds', async function () {
    this.timeout(15000);
    const doc = await open('index.html');
    const links = [...doc.querySelectorAll('a')].map((a) => a.href);
    expect(links.length).to.be.greaterThan(20);
    for (const link of new Set(links.map((href) => href.split('?')[0]))) {
      expect(link.startsWith(PREFIX), link).to.equal(true);
      expect((await fetch(link)).ok, link).to.equal(true);
    }
    expect((await fetch(`${PREFIX}storybook/iframe.html`)).ok).to.equal(true);
  });

  // Storybook's own build is a bundler's: what the reading code imports for its effect (the compact
  // drawings) must survive it, as package.json's sideEffects says.
  it('its Storybook, as built, draws a page\'s 120 rows compactly for every element', async function () {
    this.timeout(60000);
    for (const tag of await tags()) {
      const doc = await open(`storybook/iframe.html?id=charts-${tag}--many-rows&viewMode=story`);
      const root = () => doc.querySelector(tag)?.shadowRoot;
      await waitUntil(() => root()?.querySelector('svg.compact path, [part="error"]'), `${tag}: nothing drawn`, { timeout: 15000 });
      expect(root()!.querySelector('[part="error"]')?.textContent ?? null, tag).to.equal(null);
      expect(root()!.querySelector('.compact-note')!.textContent, tag).to.match(/^120 /);
    }
  });

  // So must the measured view of <violence-breakdown>, which the element imports on first use and
  // which fills in its place as it runs.
  it('its Storybook, as built, draws the measured view of <violence-breakdown>', async function () {
    this.timeout(30000);
    const doc = await open('storybook/iframe.html?id=charts-violence-breakdown--measured-view&viewMode=story');
    const root = () => doc.querySelector('violence-breakdown')?.shadowRoot;
    await waitUntil(() => root()?.querySelector('[part="bar"], [part="error"]'), 'nothing drawn', { timeout: 15000 });
    expect(root()!.querySelector('[part="error"]')?.textContent ?? null).to.equal(null);
    expect(root()!.querySelectorAll('[part="bar"]').length).to.equal(2);
    expect(root()!.querySelectorAll('[part="segment"]').length).to.equal(3);
  });

  it('the demo draws every chart from files under its folder', async () => {
    const doc = await open('demo/index.html');
    expect((await drawn(doc)).length).to.be.greaterThan(5);
    expect(doc.querySelectorAll('[role="alert"]').length).to.equal(0);
    requested(doc).forEach((url) => expect(url.startsWith(PREFIX), url).to.equal(true));
  });

  it('the builder previews a chart and writes snippets that point into the site', async () => {
    const doc = await open('demo/builder.html');
    await drawn(doc);
    expect((doc.getElementById('snippet') as HTMLTextAreaElement).value).to.contain(`src="${PREFIX}dist/amelia-report-charts.min.js"`);
    expect((doc.getElementById('iframe-snippet') as HTMLTextAreaElement).value)
      .to.contain(`src="${PREFIX}dist/embed/hiv-estimate-gap.html?lang=en"`)
      .and.contain(`src="${PREFIX}dist/embed/host.js"`);
    requested(doc).forEach((url) => expect(url.startsWith(PREFIX), url).to.equal(true));
  });

  it('every embed page draws and sizes its iframe on a page of another origin', async function () {
    // Three pages of another origin load and draw at once: on a loaded two-core CI machine that has
    // taken more than 8 s.
    this.timeout(60000);
    const all = await tags();
    expect(all).to.have.length(3);
    const iframes = all.map((tag) => `<iframe src="${otherOrigin}/site/dist/embed/${tag}.html" title="${tag}" style="width:100%;border:0"></iframe>`);
    const host = await open('', `<!doctype html><body style="margin:0">${iframes.join('')}<script src="${PREFIX}dist/embed/host.js"></script></body>`);
    for (const iframe of host.querySelectorAll('iframe')) {
      // Chromium does not render a cross-origin frame out of view (no frames, no resize
      // observations): an embed below the fold draws, and sizes itself, once a reader scrolls to it.
      iframe.scrollIntoView();
      await waitUntil(() => parseFloat(iframe.style.height) > 150, `${iframe.title} was not sized`, { timeout: 20000 });
    }
  });
});
