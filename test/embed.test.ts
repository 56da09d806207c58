import { expect, fixture, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { csvParseRows } from 'd3-dsv';
import { html } from 'lit';
import '../src/hiv-estimate-gap.js';
import type { HivEstimateGap } from '../src/hiv-estimate-gap.js';
import { tableToCsv } from '../src/internal/export.js';
import { servedPage } from './built-pages.js';
import { catchDownloads, itWith, mount, openActions, shadow, type SavedFile } from './helpers.js';

/** Opens a page in an iframe and waits until every chart in it has drawn its marks. */
async function openPage(path: string, { srcdoc }: { srcdoc?: string } = {}): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '1200px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve));
  if (srcdoc === undefined) frame.src = path;
  else frame.srcdoc = srcdoc;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  const charts = () => [...doc.querySelectorAll('hiv-estimate-gap, funding-timeline, violence-breakdown')];
  // Every chart has drawn, or shows the error its page means it to show.
  await waitUntil(
    () => charts().length > 0 && charts().every((chart) => chart.shadowRoot?.querySelector('[part="plot"] svg, [role="alert"]')),
    `charts in ${path} did not draw`,
    { timeout: 8000 },
  );
  return doc;
}

const ownOriginOnly = (doc: Document) => {
  const origins = doc.defaultView!.performance.getEntriesByType('resource').map((e) => new URL(e.name).origin);
  expect(origins.length).to.be.greaterThan(0);
  origins.forEach((origin) => expect(origin).to.equal(location.origin));
};

const action = (el: HTMLElement, name: string) =>
  shadow(el).querySelector<HTMLButtonElement>(`[part="actions"] [data-action="${name}"]`)!;

/** Runs `act` and returns the files it would have downloaded, without saving anything. */
async function downloads(act: () => void, count = 1): Promise<SavedFile[]> {
  const { files, release } = catchDownloads();
  try {
    act();
    await waitUntil(() => files.length >= count, 'no download', { timeout: 3000 });
  } finally {
    release();
  }
  return files;
}

afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

describe('embedding', () => {
  describe('script tags', () => {
    it('one ES module tag draws <hiv-estimate-gap> with its source on an empty page', async () => {
      const doc = await openPage('/demo/embed.html');
      const root = doc.querySelector('hiv-estimate-gap')!.shadowRoot!;
      expect(root.querySelectorAll('[part="bar"]')).to.have.length(2);
      expect(root.querySelector('[part="sources"] a')!.textContent).to.contain('Amelia NGO report');
      expect(root.textContent).to.contain('more than 100');
      ownOriginOnly(doc);
    });

    it('a classic script tag (the IIFE build) draws it too', async () => {
      const doc = await openPage('/demo/embed-classic.html');
      expect(doc.querySelector('hiv-estimate-gap')!.shadowRoot!.querySelectorAll('[part="bar"]')).to.have.length(2);
    });

    it('the kit loaded twice, as a classic script too, and beside a single-element module, still works', async () => {
      const doc = await openPage('/demo/embed-twice.html');
      const text = () => [...doc.querySelectorAll('hiv-estimate-gap')].map((c) => c.shadowRoot!.textContent!);
      // The Russian chart draws once Russian has come from beside the script (dist/lang/ru.js).
      await waitUntil(() => text()[1].includes('более 100'), 'the Russian chart', { timeout: 5000 });
      const [en, ru] = text();
      expect(en).to.contain('more than 100');
      expect(ru).to.contain('более 100');
    });

    it('works under a strict CSP with Trusted Types, with no violation', async () => {
      const doc = await openPage('/demo/strict.html');
      const charts = doc.querySelectorAll('hiv-estimate-gap');
      expect(charts[1].shadowRoot!.textContent).to.contain('Outreach workers');
      expect((doc.defaultView as unknown as { __violations: string[] }).__violations).to.deep.equal([]);
      ownOriginOnly(doc);
    });

    // README: a page that lists its Trusted Types policies must allow Lit's, named "lit-html".
    it('a Trusted Types allow-list that names lit-html is all the kit needs', async () => {
      const policy = `default-src 'self'; script-src 'self'; style-src 'self'; trusted-types lit-html; require-trusted-types-for 'script'`;
      const doc = await openPage(
        servedPage(`<meta http-equiv="Content-Security-Policy" content="${policy}">
          <script src="/demo/strict-watch.js"></script>
          <script type="module" src="/dist/amelia-report-charts.min.js"></script>
          <hiv-estimate-gap></hiv-estimate-gap>`),
      );
      expect(doc.querySelector('hiv-estimate-gap')!.shadowRoot!.querySelectorAll('[part="bar"]')).to.have.length(2);
      expect((doc.defaultView as unknown as { __violations: string[] }).__violations).to.deep.equal([]);
    });
  });

  describe('no-JS fallback', () => {
    it('shows fallback content inside the element until it upgrades, then the chart alone', async () => {
      const host = await fixture<HTMLDivElement>(html`<div>
        <fallback-estimate-gap><img src="/dist/static/hiv-estimate-gap.en.svg" alt="Official estimate 28; public data more than 100" width="320" /></fallback-estimate-gap>
      </div>`);
      const chart = host.firstElementChild as HTMLElement;
      const img = chart.querySelector('img')!;
      await img.decode();
      expect(img.getBoundingClientRect().height).to.be.greaterThan(50);
      const { HivEstimateGap } = await import('../src/hiv-estimate-gap.js');
      customElements.define('fallback-estimate-gap', class extends HivEstimateGap {});
      await waitUntil(() => chart.shadowRoot?.querySelector('[part="bar"]'));
      expect(img.getBoundingClientRect().height).to.equal(0);
    });

    it('the build writes a static SVG of each element in each language, from the same drawing code', async () => {
      for (const lang of ['en', 'ru', 'kk']) {
        const response = await fetch(`/dist/static/hiv-estimate-gap.${lang}.svg`);
        expect(response.ok).to.equal(true);
        const doc = new DOMParser().parseFromString(await response.text(), 'image/svg+xml');
        expect(doc.querySelectorAll('rect[part="bar"]')).to.have.length(2);
        expect(doc.documentElement.textContent).to.contain({ en: 'more than 100', ru: 'более 100', kk: '100-ден астам' }[lang]);
      }
    });
  });

  describe('privacy', () => {
    it('the demo page, with every element, language, theme, CSV source and export, requests nothing from another host', async () => {
      const doc = await openPage('/demo/index.html');
      const charts = [...doc.querySelectorAll<HTMLElement & { toSvg(): Promise<string> }>('hiv-estimate-gap, funding-timeline, violence-breakdown')];
      expect(charts.length).to.be.greaterThan(5);
      for (const chart of charts) {
        if (chart.shadowRoot!.querySelector('[role="alert"]')) continue;
        expect(await chart.toSvg()).to.contain('<svg');
        chart.setAttribute('theme', 'dark');
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
      ownOriginOnly(doc);
    });
  });

  describe('demo page', () => {
    it('lets a visitor try a reader’s text spacing and larger text, and a theme’s typography that stays out', async () => {
      const doc = await openPage('/demo/index.html');
      const win = doc.defaultView!;
      const chart = doc.querySelector('hiv-estimate-gap')!;
      const title = () => win.getComputedStyle(chart.shadowRoot!.querySelector('[part="title"]')!);
      const toggle = (name: string) => {
        const input = doc.querySelector<HTMLInputElement>(`#reader input[name="${name}"]`)!;
        input.click();
      };
      expect(title().letterSpacing).to.equal('normal');
      toggle('theme');
      expect([title().letterSpacing, title().textTransform]).to.deep.equal(['normal', 'none']);
      toggle('theme');
      toggle('spacing');
      expect(parseFloat(title().letterSpacing)).to.be.greaterThan(1);
      toggle('spacing');
      const size = parseFloat(title().fontSize);
      toggle('larger');
      expect(parseFloat(title().fontSize)).to.be.closeTo(size * 1.5, 0.5);
      toggle('larger');
    });
  });

  describe('embed builder', () => {
    it('previews the choices and writes a snippet that works pasted into a blank page', async () => {
      const doc = await openPage('/demo/builder.html');
      const form = doc.querySelector('form')!;
      const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
      field('lang').value = 'kk';
      field('theme').value = 'dark';
      field('src').value = '/test/fixtures/estimates.csv';
      form.dispatchEvent(new Event('input'));
      const snippet = (doc.getElementById('snippet') as HTMLTextAreaElement).value;
      expect(snippet).to.equal(
        `<script type="module" src="${location.origin}/dist/amelia-report-charts.min.js"></script>\n` +
          '<hiv-estimate-gap lang="kk" theme="dark" src="/test/fixtures/estimates.csv"></hiv-estimate-gap>',
      );
      const preview = doc.querySelector('#preview hiv-estimate-gap')!;
      expect(preview.getAttribute('theme')).to.equal('dark');
      const pasted = await openPage('about:srcdoc', { srcdoc: `<!doctype html><html><body>${snippet}</body></html>` });
      expect(pasted.querySelector('hiv-estimate-gap')!.shadowRoot!.textContent).to.contain('150-ден астам');
    });

    it('writes hostile URLs into the snippet as inert attribute text', async () => {
      const doc = await openPage('/demo/builder.html');
      const form = doc.querySelector('form')! as HTMLFormElement & Record<string, HTMLInputElement>;
      form.src.value = '"><script>alert(1)</script>';
      form.dispatchEvent(new Event('input'));
      const snippet = (doc.getElementById('snippet') as HTMLTextAreaElement).value;
      expect(snippet).to.contain('src="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    });
  });

  describe('theming', () => {
    const background = (el: HTMLElement) => getComputedStyle(shadow(el).querySelector('figure')!).backgroundColor;

    it('is transparent on light, dark with theme="dark", and a page’s own custom property wins', async () => {
      const light = await mount<HivEstimateGap>(html`<hiv-estimate-gap></hiv-estimate-gap>`);
      expect(background(light)).to.equal('rgba(0, 0, 0, 0)');
      const dark = await mount<HivEstimateGap>(html`<hiv-estimate-gap theme="dark"></hiv-estimate-gap>`);
      expect(background(dark)).to.equal('rgb(22, 27, 34)');
      await expect(dark).to.be.accessible();
      const own = await mount<HivEstimateGap>(
        html`<hiv-estimate-gap theme="dark" style="--amelia-background: rgb(1, 2, 3)"></hiv-estimate-gap>`,
      );
      expect(background(own)).to.equal('rgb(1, 2, 3)');
    });

    it('a page styles the documented parts from outside', async () => {
      const style = document.createElement('style');
      style.textContent = 'hiv-estimate-gap::part(title) { color: rgb(1, 2, 3) } hiv-estimate-gap::part(bar) { fill: rgb(4, 5, 6) }';
      document.head.append(style);
      try {
        const el = await mount<HivEstimateGap>(html`<hiv-estimate-gap></hiv-estimate-gap>`);
        expect(getComputedStyle(shadow(el).querySelector('[part="title"]')!).color).to.equal('rgb(1, 2, 3)');
        expect(getComputedStyle(shadow(el).querySelector('[part="bar"]')!).fill).to.equal('rgb(4, 5, 6)');
      } finally {
        style.remove();
      }
    });

    itWith('emulate-media-features', 'theme="auto" follows the reader’s colour scheme', async () => {
      await executeServerCommand('emulate-media-features', [{ name: 'prefers-color-scheme', value: 'dark' }]);
      try {
        const auto = await mount<HivEstimateGap>(html`<hiv-estimate-gap theme="auto"></hiv-estimate-gap>`);
        expect(background(auto)).to.equal('rgb(22, 27, 34)');
      } finally {
        await executeServerCommand('emulate-media-features', [{ name: 'prefers-color-scheme', value: 'light' }]);
      }
    });

    itWith('emulate-media-type', 'prints light and whole: no dark background, no buttons, no tooltip', async () => {
      const el = await mount<HivEstimateGap>(html`<hiv-estimate-gap theme="dark"></hiv-estimate-gap>`);
      await executeServerCommand('emulate-media-type', 'print');
      try {
        expect(background(el)).to.equal('rgba(0, 0, 0, 0)');
        expect(getComputedStyle(shadow(el).querySelector('[part="actions"]')!).display).to.equal('none');
        expect(getComputedStyle(shadow(el).querySelector('.title')!).color).to.equal('rgb(0, 0, 0)');
      } finally {
        await executeServerCommand('emulate-media-type', 'screen');
      }
    });
  });

  describe('export and citation', () => {
    it('downloads the data as CSV with sources, quotes and formula cells escaped', async () => {
      const el = await mount<HivEstimateGap>(html`<hiv-estimate-gap></hiv-estimate-gap>`);
      await openActions(el);
      // The table was never opened: the file is written from the data, not from the table's DOM.
      expect(shadow(el).querySelector('tbody')).to.equal(null);
      const [file] = await downloads(() => action(el, 'csv').click());
      expect(file.name).to.equal('hiv-estimate-gap-en.csv');
      // A byte order mark first, for Excel on Windows to read UTF-8 (text() drops it).
      expect([...new Uint8Array(await file.blob.slice(0, 3).arrayBuffer())]).to.deep.equal([0xef, 0xbb, 0xbf]);
      const csv = await file.blob.text();
      expect(csv.split('\n')[0]).to.equal('Figure,Value,Refers to,Source,Source link,Quote,"Translation (by this chart, not the source’s words)"');
      expect(csv).to.contain('Official estimate,28,not stated,"Amelia NGO report (November 2015), as reported by NSWP"');
      expect(csv).to.contain('more than 100');
    });

    it('exports an SVG image with title, marks and sources, and hostile text stays text', async () => {
      const payload = '<img src=x onerror="window.__pwned=1">';
      const el = await mount<HivEstimateGap>(html`<hiv-estimate-gap
        .data=${{ title: payload, estimates: [{ label: payload, value: 5, source: 'Partner & survey' }] }}
      ></hiv-estimate-gap>`);
      await openActions(el);
      const [file] = await downloads(() => action(el, 'svg').click());
      expect(file.name).to.equal('hiv-estimate-gap-en.svg');
      const doc = new DOMParser().parseFromString(await file.blob.text(), 'image/svg+xml');
      expect(doc.querySelector('parsererror')).to.equal(null);
      expect(doc.querySelectorAll('img, script, details, button')).to.have.length(0);
      expect(doc.documentElement.textContent).to.contain(payload).and.contain('Partner & survey');
      expect(doc.querySelectorAll('rect[part="bar"]')).to.have.length(1);
    });

    it('exports a PNG image drawn from the same SVG', async () => {
      const el = await mount<HivEstimateGap>(html`<hiv-estimate-gap></hiv-estimate-gap>`);
      await openActions(el);
      const [file] = await downloads(() => action(el, 'png').click());
      expect(file.name).to.equal('hiv-estimate-gap-en.png');
      expect(file.blob.type).to.equal('image/png');
      const bitmap = await createImageBitmap(file.blob);
      expect(bitmap.width).to.equal(Math.ceil(shadow(el).querySelector('figure')!.getBoundingClientRect().width) * 2);
    });

    it('hide-actions removes the buttons, and the chart still draws with its sources', async () => {
      const el = await mount<HivEstimateGap>(html`<hiv-estimate-gap hide-actions></hiv-estimate-gap>`);
      expect(shadow(el).querySelector('[part="actions"]') === null).to.equal(true);
      expect(shadow(el).querySelectorAll('[part="bar"]')).to.have.length(2);
      expect(shadow(el).querySelector('[part="sources"] a') !== null).to.equal(true);
      el.hideActions = false;
      await openActions(el);
      expect(shadow(el).querySelectorAll('[part="actions"] button')).to.have.length(4);
    });

    it('escapes cells a spreadsheet would run as formulas', async () => {
      const cells = ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', 'plain', '1-1'];
      const csv = await (
        await tableToCsv({ columns: cells.map(() => 'a'), rows: [{ cells: () => cells, source: { title: '@evil' } }] }, 'en')
      ).text();
      expect(csvParseRows(csv)[1]).to.deep.equal(["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\t=1", "'\r=1", 'plain', '1-1', "'@evil", '', '', '']);
      const link = await (
        await tableToCsv({ columns: ['a'], rows: [{ cells: () => ['=HYPERLINK("http://x")'], source: { title: 'S' } }] }, 'en')
      ).text();
      expect(link.split('\n')[1]).to.equal(`"'=HYPERLINK(""http://x"")",S,,,`);
    });

    it('copies a citation with the title, every source, the report and the date', async () => {
      const el = await mount<HivEstimateGap>(html`<hiv-estimate-gap></hiv-estimate-gap>`);
      let copied = '';
      const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (text: string) => void (copied = text) },
      });
      try {
        await openActions(el);
        action(el, 'cite').click();
        await waitUntil(() => copied);
      } finally {
        Object.defineProperty(navigator, 'clipboard', clipboard);
        delete (navigator as unknown as Record<string, unknown>).clipboard;
      }
      const today = new Date().toISOString().slice(0, 10);
      expect(copied).to.contain('HIV-positive sex workers in Kazakhstan');
      expect(copied).to.contain('https://www.nswp.org/news/amelia-ngo-kazakhstan-publish-report-sex-work');
      expect(copied).to.contain('released 5 November 2015');
      expect(copied).to.contain(`Accessed ${today}.`);
      await el.updateComplete;
      expect(shadow(el).querySelector('[aria-live]')!.textContent).to.equal('Citation copied.');
    });

    it('offers the citation to copy by hand when the clipboard is refused', async () => {
      const el = await fixture<HivEstimateGap>(html`<hiv-estimate-gap></hiv-estimate-gap>`);
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new Error('denied')) },
      });
      try {
        await openActions(el);
        action(el, 'cite').click();
        await waitUntil(() => shadow(el).querySelector('textarea'));
      } finally {
        delete (navigator as unknown as Record<string, unknown>).clipboard;
      }
      expect(shadow(el).querySelector('textarea')!.value).to.contain('Accessed');
    });
  });
});
