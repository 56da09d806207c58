import { expect, waitUntil } from '@open-wc/testing';
import { kk } from '../src/i18n/kk.js';
import { aloneCsp, fetchedFrom, openPage, violations } from './built-pages.js';

/*
 * Which languages a page downloads, through the built files of dist/ (run `npm run build` first):
 * each file builds in one language, or all of them, and fetches another from lang/<lang>.js beside
 * itself when a chart asks for it. Each page is a blank document in an iframe, as a reader gets it.
 */

const TAGS = ['hiv-estimate-gap', 'funding-timeline', 'violence-breakdown'];
/** Words each language's chart of the official estimate shows. */
const OFFICIAL = { en: 'Official estimate', ru: 'Официальная оценка', kk: 'Ресми бағалау' };
const text = (chart: Element) => chart.shadowRoot?.textContent ?? '';
const note = (chart: Element) => chart.shadowRoot?.querySelector('[part="lang-note"]')?.textContent?.trim();
const drawn = (chart: Element) => !!chart.shadowRoot?.querySelector('[part="plot"] svg');
/** The language files the page fetched, as paths. */
const packsFetched = (doc: Document) => fetchedFrom(doc, '/lang/');

/** A chart added to `doc` in `lang`, counting its `chart-rendered` events. */
function addChart(doc: Document, lang: string) {
  const chart = doc.createElement('hiv-estimate-gap');
  chart.setAttribute('lang', lang);
  const rendered = { count: 0 };
  chart.addEventListener('chart-rendered', () => rendered.count++);
  doc.body.append(chart);
  return { chart, rendered };
}

afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

describe('languages', () => {
  describe('a page in one language', () => {
    for (const lang of ['en', 'ru', 'kk'] as const) {
      it(`draws every element from amelia-report-charts.${lang}.min.js alone, and fetches no language file`, async () => {
        const doc = await openPage(`/dist/amelia-report-charts.${lang}.min.js`, TAGS.map((tag) => `<${tag}></${tag}>`).join(''), { lang });
        const charts = TAGS.map((tag) => doc.querySelector(tag)!);
        await waitUntil(() => charts.every(drawn), `${lang} charts did not draw`, { timeout: 4000 });
        expect(text(charts[0])).to.contain(OFFICIAL[lang]);
        charts.forEach((chart) => expect(note(chart), chart.localName).to.equal(undefined));
        expect(packsFetched(doc)).to.deep.equal([]);
        expect(violations(doc)).to.deep.equal([]);
      });
    }

    it('in English, from the default file, fetches no language file', async () => {
      const doc = await openPage('/dist/amelia-report-charts.min.js', '<hiv-estimate-gap></hiv-estimate-gap>');
      const chart = doc.querySelector('hiv-estimate-gap')!;
      await waitUntil(() => drawn(chart), 'did not draw', { timeout: 4000 });
      expect(text(chart)).to.contain(OFFICIAL.en);
      expect(packsFetched(doc)).to.deep.equal([]);
    });

    it('the all-language file speaks every language and fetches nothing', async () => {
      const body = '<hiv-estimate-gap lang="ru"></hiv-estimate-gap><hiv-estimate-gap lang="kk"></hiv-estimate-gap>';
      const doc = await openPage('/dist/amelia-report-charts.all.min.js', body);
      const [ru, kk] = doc.querySelectorAll('hiv-estimate-gap');
      await waitUntil(() => drawn(ru) && drawn(kk), 'did not draw', { timeout: 4000 });
      expect(text(ru)).to.contain(OFFICIAL.ru);
      expect(text(kk)).to.contain(OFFICIAL.kk);
      expect(packsFetched(doc)).to.deep.equal([]);
    });
  });

  describe('another language, asked for', () => {
    it('is fetched from beside the module under the strict CSP, and the chart redraws in it', async () => {
      const doc = await openPage('/dist/amelia-report-charts.min.js', '<hiv-estimate-gap></hiv-estimate-gap>');
      const chart = doc.querySelector('hiv-estimate-gap')!;
      await waitUntil(() => drawn(chart), 'did not draw', { timeout: 4000 });
      let rendered = 0;
      chart.addEventListener('chart-rendered', () => rendered++);
      chart.setAttribute('lang', 'kk');
      await waitUntil(() => text(chart).includes(OFFICIAL.kk), 'not redrawn in Kazakh', { timeout: 4000 });
      // The title too, which the chart's data holds in every language it read it in.
      expect(chart.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal(kk.hivTitle);
      expect(note(chart)).to.equal(undefined);
      expect(rendered).to.be.greaterThan(0);
      expect(packsFetched(doc)).to.deep.equal(['/dist/lang/kk.js']);
      expect(violations(doc)).to.deep.equal([]);
    });

    // The report's titles name Kazakhstan; a partner's data gets a plain one. The report's records,
    // read again with the language that arrived, are still the report's.
    it('keeps the report title of <violence-breakdown> in the language that arrived', async () => {
      const doc = await openPage('/dist/amelia-report-charts.min.js', '<violence-breakdown></violence-breakdown>');
      const english = doc.querySelector('violence-breakdown')!;
      await waitUntil(() => drawn(english), 'the English chart did not draw', { timeout: 4000 });
      const chart = doc.createElement('violence-breakdown');
      chart.setAttribute('lang', 'kk');
      doc.body.append(chart);
      const title = () => chart.shadowRoot?.querySelector('[part="title"]')?.textContent;
      await waitUntil(() => title() === kk.violenceReportTitle, 'no Kazakh report title', { timeout: 4000 });
      expect(english.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('Abuse of sex workers in Kazakhstan: the forms the report names, and who commits them');
    });

    it('is fetched once for every chart that asks, by a single-element file too', async () => {
      const body = '<hiv-estimate-gap lang="ru"></hiv-estimate-gap><hiv-estimate-gap lang="ru-RU"></hiv-estimate-gap>';
      const doc = await openPage('/dist/hiv-estimate-gap.js', body);
      const charts = [...doc.querySelectorAll('hiv-estimate-gap')];
      await waitUntil(() => charts.every((chart) => text(chart).includes(OFFICIAL.ru)), 'not in Russian', { timeout: 4000 });
      expect(packsFetched(doc)).to.deep.equal(['/dist/lang/ru.js']);
    });

    it('is fetched from beside the classic script (the IIFE build)', async () => {
      const doc = await openPage('/dist/amelia-report-charts.iife.min.js', '<hiv-estimate-gap></hiv-estimate-gap>', { lang: 'kk', classic: true });
      const chart = doc.querySelector('hiv-estimate-gap')!;
      await waitUntil(() => text(chart).includes(OFFICIAL.kk), 'not in Kazakh', { timeout: 4000 });
      expect(packsFetched(doc)).to.deep.equal(['/dist/lang/kk.js']);
      expect(violations(doc)).to.deep.equal([]);
    });

    it('the classic script run with no element of its own (its text evaluated by a loader): it draws, and says that a language it cannot find is missing', async () => {
      // The script finds the language files beside it from its own <script src>; here it has none.
      const code = await (await fetch('/dist/amelia-report-charts.iife.min.js')).text();
      const csp = "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self'";
      const doc = await openPage('/demo/strict-watch.js', '', { lang: 'en', csp, classic: true });
      const page = doc.defaultView! as Window & typeof globalThis;
      new page.Function(code)();
      const { chart, rendered } = addChart(doc, 'ru');
      const says = 'The Russian text of this chart could not be loaded, so it is shown in English.';
      await waitUntil(() => note(chart) === says, `no note that Russian is missing: ${note(chart)}`, { timeout: 4000 });
      await waitUntil(() => rendered.count > 0, 'chart-rendered was not sent', { timeout: 4000 });
      expect(text(chart)).to.contain(OFFICIAL.en);
      expect(packsFetched(doc)).to.deep.equal([]);
    });
  });

  describe('a language that cannot be fetched (one file uploaded alone)', () => {
    const cases = [
      { file: '/dist/amelia-report-charts.min.js', has: 'en', asked: 'ru', says: 'The Russian text of this chart could not be loaded, so it is shown in English.' },
      { file: '/dist/amelia-report-charts.ru.min.js', has: 'ru', asked: 'kk', says: 'Текст диаграммы на казахском языке не загрузился, поэтому она показана на русском.' },
      { file: '/dist/amelia-report-charts.kk.min.js', has: 'kk', asked: 'en', says: 'Диаграмманың ағылшын тіліндегі мәтіні жүктелмеді, сондықтан ол қазақ тілінде көрсетілген.' },
    ] as const;
    for (const { file, has, asked, says } of cases) {
      it(`keeps the chart drawing in ${has} (${file}), asked for ${asked}, and says so in ${has}`, async () => {
        const doc = await openPage(file, '', { lang: has, csp: aloneCsp(file) });
        const { chart, rendered } = addChart(doc, asked);
        await waitUntil(() => note(chart) === says, `no note that ${asked} is missing: ${note(chart)}`, { timeout: 4000 });
        await waitUntil(() => rendered.count > 0, 'chart-rendered was not sent', { timeout: 4000 });
        expect(text(chart)).to.contain(OFFICIAL[has]);
        expect(chart.shadowRoot!.querySelector('.frame')!.getAttribute('lang')).to.equal(has);
        // A chart added later, in the same language, is not fetched for again: it says so at once.
        const later = addChart(doc, asked);
        await waitUntil(() => drawn(later.chart), 'the later chart did not draw', { timeout: 4000 });
        expect(note(later.chart)).to.equal(says);
        expect(packsFetched(doc).length).to.be.at.most(1);
      });
    }
  });
});
