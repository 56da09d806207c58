import { expect, waitUntil } from '@open-wc/testing';

// The iframe embed as built: dist/embed/<tag>.html and dist/embed/host.js (`npm run build`).
// web-test-runner serves this page on one host name; the same server under the other name,
// 127.0.0.1 or localhost, is another origin, as a newsroom's page and the charts' site are.
const otherOrigin = location.origin.replace(location.hostname, location.hostname === 'localhost' ? '127.0.0.1' : 'localhost');

const embedUrl = (tag: string, query = '', origin = location.origin) => `${origin}/dist/embed/${tag}.html${query}`;

/** Adds an iframe to the test page and waits for it to load. */
async function frame(attributes: Record<string, string>, width = 640): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  for (const [name, value] of Object.entries(attributes)) iframe.setAttribute(name, value);
  iframe.style.width = `${width}px`;
  iframe.style.border = '0';
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  return iframe;
}

/** A host page, as a CMS would make it: `body` pasted into an empty page, on this test's origin. */
const hostPage = async (body: string, width = 640) =>
  (await frame({ srcdoc: `<!doctype html><html><body style="margin:0">${body}</body></html>` }, width)).contentDocument!;

/** An embed page on this origin, so its document can be read, once its chart has drawn or refused. */
async function sameOriginEmbed(tag: string, query: string): Promise<Document> {
  const doc = (await frame({ src: embedUrl(tag, query) })).contentDocument!;
  await waitUntil(
    () => doc.querySelector('.refused') || doc.querySelector(tag)?.shadowRoot?.querySelector('[part="plot"] svg, [role="alert"]'),
    `${tag}${query} did not draw`,
    { timeout: 8000 },
  );
  return doc;
}

/** The first iframe in `doc` matching `selector`, once host.js has set its height. */
async function sized(doc: Document, selector: string): Promise<HTMLIFrameElement> {
  const iframe = doc.querySelector<HTMLIFrameElement>(selector)!;
  await waitUntil(() => iframe.style.height, `${selector} was not sized`, { timeout: 8000 });
  return iframe;
}

afterEach(() => document.querySelectorAll('iframe').forEach((iframe) => iframe.remove()));

describe('iframe embed', () => {
  describe('sizing', () => {
    it('the host script sizes an embed on another origin to its chart, as tall as the same page on this one', async () => {
      const url = embedUrl('hiv-estimate-gap', '?lang=ru');
      const host = await hostPage(`
        <iframe id="other" src="${embedUrl('hiv-estimate-gap', '?lang=ru', otherOrigin)}" title="other" style="width:100%;border:0" height="100"></iframe>
        <iframe id="same" src="${url}" title="same" style="width:100%;border:0" height="100"></iframe>
        <iframe id="unrelated" srcdoc="<p>an advert</p>" title="unrelated" height="77"></iframe>
        <script src="/dist/embed/host.js"></script>`);
      const other = await sized(host, '#other');
      const same = await sized(host, '#same');
      const body = same.contentDocument!.body;
      await waitUntil(() => same.style.height === `${Math.ceil(body.getBoundingClientRect().height)}px`, 'same-origin embed mis-sized');
      expect(parseFloat(same.style.height)).to.be.greaterThan(200);
      await waitUntil(() => other.style.height === same.style.height, `other origin ${other.style.height}, same ${same.style.height}`);
      expect(host.querySelector<HTMLIFrameElement>('#unrelated')!.style.height).to.equal('');
    });

    it('follows the chart when its width changes', async () => {
      const host = await hostPage(`<iframe src="${embedUrl('funding-timeline', '', otherOrigin)}" title="t" style="width:100%;border:0"></iframe>
        <script src="/dist/embed/host.js"></script>`);
      const iframe = await sized(host, 'iframe');
      await new Promise((resolve) => setTimeout(resolve, 300));
      const wide = parseFloat(iframe.style.height);
      (host.defaultView!.frameElement as HTMLIFrameElement).style.width = '260px';
      await waitUntil(() => parseFloat(iframe.style.height) > wide, `still ${iframe.style.height} after narrowing from ${wide}px`, { timeout: 5000 });
    });

    it('sizes embeds that drew before the host script loaded', async () => {
      const host = await hostPage(`<iframe src="${embedUrl('violence-breakdown')}" title="v" style="width:100%;border:0"></iframe>`);
      const iframe = host.querySelector('iframe')!;
      await waitUntil(() => iframe.contentDocument!.querySelector('violence-breakdown')?.shadowRoot?.querySelector('[part="plot"] svg'));
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(iframe.style.height).to.equal('');
      const script = host.createElement('script');
      script.src = '/dist/embed/host.js';
      host.body.append(script);
      await sized(host, 'iframe');
    });

    it('ignores a height message that no iframe of the page sent', async () => {
      const host = await hostPage(`<iframe src="${embedUrl('hiv-estimate-gap', '', otherOrigin)}" title="h" style="width:100%;border:0"></iframe>
        <script src="/dist/embed/host.js"></script>`);
      const iframe = await sized(host, 'iframe');
      await new Promise((resolve) => setTimeout(resolve, 300));
      const height = iframe.style.height;
      const win = host.defaultView!;
      const delivered = new Promise((resolve) => win.addEventListener('message', (event) => event.data === 'after' && resolve(null)));
      win.postMessage({ type: 'amelia-report-charts:height', chart: 'hiv-estimate-gap', height: 5 }, '*');
      win.postMessage('after', '*');
      await delivered;
      expect(iframe.style.height).to.equal(height);
    });
  });

  describe('the page', () => {
    it('draws the chart alone, with the language, theme and view asked for', async () => {
      const doc = await sameOriginEmbed('violence-breakdown', '?lang=kk&theme=dark&view=measured');
      // The test server adds a script of its own to every page it serves.
      const shown = [...doc.body.children].filter((child) => child.localName !== 'script');
      expect(shown.map((child) => child.localName)).to.deep.equal(['violence-breakdown']);
      const chart = doc.querySelector('violence-breakdown')!;
      expect([doc.documentElement.lang, chart.getAttribute('theme'), chart.getAttribute('view')]).to.deep.equal(['kk', 'dark', 'measured']);
      expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).to.contain("script-src 'self'");
    });

    it('loads data from its own site', async () => {
      const doc = await sameOriginEmbed('hiv-estimate-gap', '?src=../../test/fixtures/estimates.csv');
      expect(doc.querySelector('hiv-estimate-gap')!.shadowRoot!.textContent).to.contain('more than 150');
    });

    it('refuses data from another site, and says so in the chart’s language', async () => {
      const doc = await sameOriginEmbed('hiv-estimate-gap', `?lang=ru&src=${encodeURIComponent(`${otherOrigin}/test/fixtures/estimates.csv`)}`);
      const alert = doc.querySelector('.refused[role="alert"]')!;
      expect(alert.textContent).to.contain('загружает данные только с').and.contain(location.origin).and.contain(otherOrigin);
      expect(doc.querySelector('hiv-estimate-gap')).to.equal(null);
      const requested = doc.defaultView!.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).origin);
      expect(requested).not.to.include(otherOrigin);
    });

    it('refuses addresses with no site, such as javascript:', async () => {
      const doc = await sameOriginEmbed('hiv-estimate-gap', '?src=javascript:alert(1)');
      expect(doc.querySelector('.refused')!.textContent).to.contain('The data at javascript: was not loaded');
    });

    it('turns hostile query values into the defaults, with no markup made from them', async () => {
      const hostile = '"><img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
      const query = new URLSearchParams({ lang: hostile, theme: hostile, view: hostile });
      const doc = await sameOriginEmbed('violence-breakdown', `?${query}`);
      const chart = doc.querySelector('violence-breakdown')!;
      expect([doc.documentElement.lang, chart.getAttribute('theme'), chart.getAttribute('view')]).to.deep.equal(['en', 'light', 'report']);
      expect([...chart.attributes].map((attribute) => attribute.value).join(' ')).not.to.contain('<');
      expect(doc.querySelectorAll('img, script:not([src])')).to.have.length(0);
      expect((doc.defaultView as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });
});

describe('embed builder: iframe snippet', () => {
  async function builder(choices: Record<string, string>): Promise<{ doc: Document; snippet: () => string }> {
    const doc = (await frame({ src: '/demo/builder.html' }, 900)).contentDocument!;
    await waitUntil(() => doc.querySelector('#preview hiv-estimate-gap')?.shadowRoot?.querySelector('[part="plot"] svg'));
    const form = doc.querySelector('form')!;
    for (const [name, value] of Object.entries(choices)) (form.elements.namedItem(name) as HTMLInputElement).value = value;
    form.dispatchEvent(new Event('input'));
    return { doc, snippet: () => (doc.getElementById('iframe-snippet') as HTMLTextAreaElement).value };
  }

  it('writes an iframe of the embed page and the host script, titled and sized like the preview, that works pasted', async () => {
    const { doc, snippet } = await builder({ lang: 'kk', theme: 'dark', src: '/test/fixtures/estimates.csv' });
    const preview = doc.querySelector('#preview hiv-estimate-gap')!;
    const title = () => preview.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim();
    await waitUntil(() => preview.shadowRoot!.textContent!.includes('150-ден астам') && snippet().includes(`title="${title()}"`), snippet());
    const pasted = new DOMParser().parseFromString(snippet(), 'text/html');
    expect([...pasted.head.children, ...pasted.body.children].map((node) => node.localName)).to.deep.equal(['iframe', 'script']);
    const iframe = pasted.querySelector('iframe')!;
    const src = new URL(`/test/fixtures/estimates.csv`, location.origin).href;
    expect(iframe.getAttribute('src')).to.equal(`${location.origin}/dist/embed/hiv-estimate-gap.html?lang=kk&theme=dark&src=${encodeURIComponent(src)}`);
    expect(iframe.title).to.equal(title());
    expect(Number(iframe.getAttribute('height'))).to.equal(Math.ceil(preview.getBoundingClientRect().height) + 8);
    expect(pasted.querySelector('script')!.getAttribute('src')).to.equal(`${location.origin}/dist/embed/host.js`);
    expect(doc.getElementById('iframe-note')!.hidden).to.equal(true);

    const host = await hostPage(snippet(), 900);
    const embed = await sized(host, 'iframe');
    await waitUntil(() => embed.contentDocument!.querySelector('hiv-estimate-gap')?.shadowRoot?.textContent?.includes('150-ден астам'));
  });

  it('writes a hostile URL into the iframe snippet as inert text, and says that data elsewhere is refused', async () => {
    const hostile = 'https://elsewhere.example/"><script>alert(1)</script>';
    const { doc, snippet } = await builder({ src: hostile });
    await waitUntil(() => snippet().includes('elsewhere.example'));
    const pasted = new DOMParser().parseFromString(snippet(), 'text/html');
    expect(pasted.querySelectorAll('iframe, script')).to.have.length(2);
    expect(pasted.body.children).to.have.length(2);
    expect(new URL(pasted.querySelector('iframe')!.src).searchParams.get('src')).to.equal(new URL(hostile).href);
    const note = doc.getElementById('iframe-note')!;
    expect(note.hidden).to.equal(false);
    expect(note.textContent).to.contain(location.origin);
  });
});
