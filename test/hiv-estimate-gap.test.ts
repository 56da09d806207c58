import { expect, fixture, oneEvent } from '@open-wc/testing';
import { html } from 'lit';
import { HivEstimateGap, type EstimateDataInput } from '../src/hiv-estimate-gap.js';
import { define } from '../src/internal/define.js';
import { alertText, mount, nextError, nextRender, openTable, shadow, textOf, visibleText } from './helpers.js';

const partner: EstimateDataInput = {
  title: 'Partner estimates',
  source: { title: 'Partner survey', url: 'https://example.org/survey' },
  estimates: [
    { label: 'Clinic records', value: 40 },
    { label: 'Outreach', value: 150, kind: 'lower-bound' },
    { label: 'Prevalence', value: 2.5, kind: 'rate' },
  ],
};

const bars = (el: HTMLElement) => shadow(el).querySelectorAll('[part="bar"]');

describe('<hiv-estimate-gap>', () => {
  describe('with no input (the report)', () => {
    let el: HivEstimateGap;
    beforeEach(async () => {
      el = await mount<HivEstimateGap>(html`<hiv-estimate-gap style="width: 480px"></hiv-estimate-gap>`);
    });

    it('passes accessibility tests', async () => {
      await expect(el).to.be.accessible();
      await openTable(el);
      await expect(el).to.be.accessible();
    });

    it('draws the official count against the open-ended public figure', () => {
      expect(bars(el)).to.have.length(2);
      expect(textOf(el, '.row .label')).to.deep.equal(['Official estimate', 'Public data']);
      expect(textOf(el, '.row .value')).to.deep.equal(['28', 'more than 100']);
      expect(shadow(el).querySelectorAll('[part="open-end"]')).to.have.length(1);
      expect(shadow(el).querySelector('.lower-bound [part="open-end"]')).to.not.equal(null);
    });

    it('never closes the lower bound at its value: the mark runs on to the edge', () => {
      const [official, bound] = [...bars(el)].map((bar) => Number(bar.getAttribute('width')));
      const arrow = shadow(el).querySelector('.open-end .arrow')!.getBoundingClientRect();
      const svgBox = shadow(el).querySelector('.lower-bound svg')!.getBoundingClientRect();
      expect(bound / official).to.be.closeTo(100 / 28, 0.01);
      expect(arrow.right).to.be.closeTo(svgBox.right, 2);
      expect(arrow.left).to.be.greaterThan(svgBox.left + bound);
    });

    it('states the finding and the title', () => {
      expect(textOf(el, '[part="title"]')[0]).to.contain('HIV-positive sex workers in Kazakhstan');
      expect(textOf(el, '[part="summary"]')[0]).to.equal(
        'Official estimate says 28; Public data says more than 100, over 3.5 times as many (worked out by this chart; the sources do not give it).',
      );
    });

    it('shows the source as a link and each figure with its quote in the table', async () => {
      const link = shadow(el).querySelector<HTMLAnchorElement>('[part="sources"] a')!;
      expect(link.href).to.equal('https://www.nswp.org/news/amelia-ngo-kazakhstan-publish-report-sex-work');
      expect(link.rel).to.contain('noreferrer');
      await openTable(el);
      const rows = textOf(el, 'tbody tr');
      expect(rows[0]).to.contain('Official estimate').and.contain('28').and.contain('“It is officially estimated');
      expect(rows[1]).to.contain('more than 100').and.contain('over 100');
    });

    it('axis labels do not overlap', () => {
      const boxes = [...shadow(el).querySelectorAll('.axis text')].map((t) => t.getBoundingClientRect());
      boxes.slice(1).forEach((box, i) => expect(box.left).to.be.greaterThan(boxes[i].right));
    });
  });

  describe('data inputs', () => {
    it('draws partner data from the data property, counts and rates on separate panels', async () => {
      const el = await fixture<HivEstimateGap>(html`<hiv-estimate-gap></hiv-estimate-gap>`);
      const rendered = nextRender(el);
      el.data = partner;
      await rendered;
      expect(bars(el)).to.have.length(3);
      expect(shadow(el).querySelectorAll('.panel')).to.have.length(2);
      expect(textOf(el, '.panel-title')).to.deep.equal(['Number of people', 'Percent']);
      expect(textOf(el, '.row .value')).to.deep.equal(['40', 'more than 150', '2.5%']);
      expect(textOf(el, '[part="title"]')[0]).to.equal('Partner estimates');
      expect(el.data!.estimates).to.have.length(3);
    });

    it('loads CSV from src, with quoted quotes in the quote column', async () => {
      const el = await mount<HivEstimateGap>(html`<hiv-estimate-gap src="/test/fixtures/estimates.csv"></hiv-estimate-gap>`);
      expect(textOf(el, '.row .value')).to.deep.equal(['40', 'more than 150']);
      await openTable(el);
      expect(textOf(el, 'blockquote')[0]).to.equal('“Clinics recorded 40, "confirmed"”');
      expect(shadow(el).querySelector<HTMLAnchorElement>('[part="sources"] a')!.href).to.equal('https://example.org/survey');
    });

    it('loads the semicolon CSV that Excel writes in Kazakhstan', async () => {
      const el = await mount<HivEstimateGap>(
        html`<hiv-estimate-gap lang="ru" src="/test/fixtures/estimates-semicolon.csv"></hiv-estimate-gap>`,
      );
      // textOf folds the no-break space that groups digits into a plain one.
      expect(textOf(el, '.row .value')).to.deep.equal(['19 606', '0,11 %']);
    });

    it('returns to the report when the data is set to null', async () => {
      const el = await mount<HivEstimateGap>(html`<hiv-estimate-gap .data=${partner}></hiv-estimate-gap>`);
      el.data = null;
      await el.updateComplete;
      expect(textOf(el, '.row .value')).to.deep.equal(['28', 'more than 100']);
    });

    it('honours data set before the element is defined', async () => {
      const early = document.createElement('late-estimate-gap') as HivEstimateGap;
      early.data = partner;
      document.body.append(early);
      const rendered = oneEvent(early, 'chart-rendered');
      define('late-estimate-gap', class extends HivEstimateGap {});
      await rendered;
      expect(textOf(early, '.row .label')).to.deep.equal(['Clinic records', 'Outreach', 'Prevalence']);
      early.remove();
    });
  });

  describe('errors', () => {
    async function failing(template: ReturnType<typeof html>) {
      const el = await fixture<HivEstimateGap>(html`<div></div>`);
      const error = nextError(el);
      const { render } = await import('lit');
      render(template, el);
      const detail = await error;
      const chart = el.firstElementChild as HivEstimateGap;
      await chart.updateComplete;
      return { detail, chart };
    }

    it('malformed JSON in the attribute: invalid-json, shown in an alert', async () => {
      const { detail, chart } = await failing(html`<hiv-estimate-gap data='{"estimates": [}'></hiv-estimate-gap>`);
      expect(detail.reason).to.equal('invalid-json');
      expect(alertText(chart)).to.equal(detail.message);
      expect(detail.message).to.equal('The chart data is not valid JSON: there is a mistake at line 1, column 16.');
      expect(bars(chart)).to.have.length(0);
      await expect(chart).to.be.accessible();
    });

    it('a 404: load-failed, naming the address and the status', async () => {
      const { detail, chart } = await failing(html`<hiv-estimate-gap src="/test/fixtures/missing.json"></hiv-estimate-gap>`);
      expect(detail.reason).to.equal('load-failed');
      expect(alertText(chart)).to.contain('/test/fixtures/missing.json').and.contain('404');
    });

    it('a value that is not a number: invalid-data naming the row', async () => {
      const bad = JSON.stringify([{ label: 'A', value: 'many', source: 'S' }]);
      const { detail, chart } = await failing(html`<hiv-estimate-gap data=${bad}></hiv-estimate-gap>`);
      expect(detail).to.deep.equal({
        reason: 'invalid-data',
        message: 'The chart data has a problem: row 1: "value" is not a number ("many").',
      });
      expect(visibleText(chart)).to.not.match(/NaN|undefined/);
    });

    it('NaN through the property, a missing field, a negative count, an unknown kind: invalid-data', async () => {
      for (const row of [
        { label: 'A', value: NaN, source: 'S' },
        { label: 'A', source: 'S' },
        { value: 3, source: 'S' },
        { label: 'A', value: -3, source: 'S' },
        { label: 'A', value: 3, kind: 'money', source: 'S' },
        { label: 'A', value: 300, kind: 'rate', source: 'S' },
        { label: 'A', value: 3 },
      ]) {
        const el = await fixture<HivEstimateGap>(html`<hiv-estimate-gap></hiv-estimate-gap>`);
        const error = nextError(el);
        el.data = [row] as never;
        expect((await error).reason).to.equal('invalid-data');
        await el.updateComplete;
        expect(alertText(el)).to.match(/^The chart data has a problem: row 1/);
        expect(visibleText(el)).to.not.match(/NaN|undefined/);
      }
    });

    it('errors speak the chart language', async () => {
      const { chart } = await failing(html`<hiv-estimate-gap lang="ru" data="[]"></hiv-estimate-gap>`);
      expect(alertText(chart)).to.equal('Нет данных для построения.');
      // Malformed JSON too: all of the message, the place included, is Russian (no browser English).
      const json = await failing(html`<hiv-estimate-gap lang="ru" data='[{"label": "А",}]'></hiv-estimate-gap>`);
      expect(alertText(json.chart)).to.equal('Данные диаграммы — неверный JSON: ошибка в строке 1, столбце 16.');
      const kk = await failing(html`<hiv-estimate-gap lang="kk" data='[{"label": "А",}]'></hiv-estimate-gap>`);
      expect(alertText(kk.chart)).to.equal('Деректер жарамды JSON емес: 1-жолдың 16-бағанында қате бар.');
    });

    it('recovers when good data follows bad', async () => {
      const { chart } = await failing(html`<hiv-estimate-gap data="[]"></hiv-estimate-gap>`);
      const rendered = nextRender(chart);
      chart.data = partner;
      await rendered;
      expect(alertText(chart)).to.equal(undefined);
      expect(bars(chart)).to.have.length(3);
    });
  });

  describe('safety', () => {
    it('shows hostile labels, titles and sources as text and links only http(s)', async () => {
      const payload = '<img src=x onerror="window.__pwned=1">';
      const el = await mount<HivEstimateGap>(html`<hiv-estimate-gap
        .data=${{
          title: payload,
          estimates: [{ label: payload, value: 5, source: { title: payload, url: 'javascript:window.__pwned=1', quote: payload } }],
        }}
      ></hiv-estimate-gap>`);
      expect(shadow(el).querySelector('img')).to.equal(null);
      expect(textOf(el, '.row .label')[0]).to.equal(payload);
      expect(textOf(el, '[part="title"]')[0]).to.equal(payload);
      expect(shadow(el).querySelector('[part="sources"] a')).to.equal(null);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('size', () => {
    it('follows its container, redrawing once when the width changes', async () => {
      const host = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
      const el = document.createElement('hiv-estimate-gap');
      let draws = 0;
      el.addEventListener('chart-rendered', () => draws++);
      const first = nextRender(el);
      host.append(el);
      await first;
      expect(shadow(el).querySelector('.row svg')!.getAttribute('width')).to.equal('600');
      const second = nextRender(el);
      host.style.width = '200px';
      await second;
      expect(shadow(el).querySelector('.row svg')!.getAttribute('width')).to.equal('200');
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      expect(draws).to.equal(2);
    });

    it('draws nothing while it has no width, and draws when shown', async () => {
      const host = await fixture<HTMLDivElement>(html`<div style="display: none"></div>`);
      const el = document.createElement('hiv-estimate-gap');
      host.append(el);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(bars(el)).to.have.length(0);
      const rendered = nextRender(el);
      host.style.display = 'block';
      await rendered;
      expect(bars(el)).to.have.length(2);
    });

    it('stops following its size when removed', async () => {
      const host = await fixture<HTMLDivElement>(html`<div style="width: 500px"></div>`);
      const el = document.createElement('hiv-estimate-gap');
      const first = nextRender(el);
      host.append(el);
      await first;
      let draws = 0;
      el.addEventListener('chart-rendered', () => draws++);
      el.remove();
      host.append(document.createElement('span'));
      host.style.width = '300px';
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(draws).to.equal(0);
    });
  });

  describe('large data', () => {
    const many = (n: number) => ({
      estimates: Array.from({ length: n }, (_, i) => ({ label: `Site ${i + 1}`, value: (i % 90) + 10, source: 'Partner survey' })),
    });

    it('draws 10,000 estimates as stripes with few DOM nodes, and builds the table’s first rows when opened', async () => {
      const el = await mount<HivEstimateGap>(html`<hiv-estimate-gap .data=${many(10000)}></hiv-estimate-gap>`);
      expect(shadow(el).querySelectorAll('.row')).to.have.length(0);
      expect(shadow(el).querySelectorAll('path[part="bar"]')).to.have.length(1);
      expect(textOf(el, '.compact-note')[0]).to.equal(
        '10,000 estimates, drawn as thin stripes; every value is on the keyboard and in the data download (CSV).',
      );
      expect(shadow(el).querySelectorAll('*').length).to.be.below(150);
      expect(textOf(el, '[part="summary"]')[0]).to.match(/; and 9,995 more\.$/);
      await openTable(el);
      // The first rows, and how many more the CSV has: 10,000 rows at once would hold the page for seconds.
      expect(shadow(el).querySelectorAll('tbody tr')).to.have.length(500);
      expect(textOf(el, 'tbody tr')[499]).to.contain('Site 500');
      expect(textOf(el, 'tfoot')[0]).to.equal('and 9,500 more');
    });

    it('draws every lower bound open to the edge in the stripes too, never closed at its value', async () => {
      const data = {
        estimates: Array.from({ length: 60 }, (_, i) => ({
          label: `Site ${i + 1}`,
          value: 10 + i,
          kind: i % 3 === 0 ? ('lower-bound' as const) : ('count' as const),
          source: 'Partner survey',
        })),
      };
      const el = await mount<HivEstimateGap>(html`<hiv-estimate-gap style="width: 400px" .data=${data}></hiv-estimate-gap>`);
      const svg = shadow(el).querySelector<SVGSVGElement>('svg.compact')!;
      const openEnd = shadow(el).querySelector<SVGPathElement>('svg.compact [part="open-end"]');
      expect(openEnd, 'the open ends of the lower bounds').to.not.equal(null);
      // One segment per lower bound, each from the bar's end to the panel's right edge.
      const segments = openEnd!.getAttribute('d')!.match(/M[^M]+/g)!;
      expect(segments).to.have.length(20);
      const width = Number(svg.getAttribute('width'));
      for (const segment of segments) expect(segment).to.match(new RegExp(`H${width}$`));
    });

    it('walks the stripes with the keyboard and marks the one in focus', async () => {
      const el = await mount<HivEstimateGap>(html`<hiv-estimate-gap .data=${many(500)}></hiv-estimate-gap>`);
      const plot = shadow(el).querySelector<HTMLElement>('[part="plot"]')!;
      plot.focus();
      plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
      await el.updateComplete;
      expect(textOf(el, '[part="tooltip"]')[0]).to.equal('Site 500: 59. Source: Partner survey');
      expect(shadow(el).querySelector('.compact .focus-mark')).to.not.equal(null);
    });
  });

  describe('loading', () => {
    it('defining the tag twice does not throw', () => {
      expect(() => define('hiv-estimate-gap', class extends HivEstimateGap {})).to.not.throw();
      expect(customElements.get('hiv-estimate-gap')).to.equal(HivEstimateGap);
    });

    it('shows a loading state while src is pending', async () => {
      const el = await fixture<HivEstimateGap>(html`<hiv-estimate-gap src="/test-api/slow?ms=200"></hiv-estimate-gap>`);
      expect(textOf(el, '[role="status"]')[0]).to.equal('Loading the chart data…');
      await nextError(el);
    });
  });

  describe('language', () => {
    it('speaks Russian from its own lang, and ru-RU means ru', async () => {
      const el = await mount<HivEstimateGap>(html`<hiv-estimate-gap lang="ru-RU"></hiv-estimate-gap>`);
      expect(textOf(el, '.row .value')).to.deep.equal(['28', 'более 100']);
      expect(textOf(el, '.row .label')).to.deep.equal(['Официальная оценка', 'Публичные данные']);
    });

    it('marks the English sources and quotes of a Russian chart as English, for screen readers', async () => {
      const el = await mount<HivEstimateGap>(html`<hiv-estimate-gap lang="ru"></hiv-estimate-gap>`);
      expect(shadow(el).querySelector('[part="sources"] a')!.getAttribute('lang')).to.equal('en');
      // Each quote: the kit's Russian translation (in the chart's language), then the English original.
      await openTable(el);
      expect([...shadow(el).querySelectorAll('blockquote')].map((q) => q.getAttribute('lang'))).to.deep.equal([null, 'en', null, 'en']);
      const partner = await mount<HivEstimateGap>(
        html`<hiv-estimate-gap lang="ru" data='[{"label":"А","value":1,"source":"Опрос","quote":"цитата"}]'></hiv-estimate-gap>`,
      );
      await openTable(partner);
      expect(shadow(partner).querySelector('blockquote')!.hasAttribute('lang')).to.equal(false);
    });

    it('gives a Russian reader the quote translated, said to be the chart’s translation, with the original one step away', async () => {
      const el = await mount<HivEstimateGap>(html`<hiv-estimate-gap lang="ru"></hiv-estimate-gap>`);
      await openTable(el);
      const cell = shadow(el).querySelector('tbody tr td:last-child')!;
      expect(cell.querySelector('.translated')!.textContent).to.equal('Перевод (сделан для диаграммы, это не слова источника):');
      const [translated, original] = cell.querySelectorAll('blockquote');
      expect(translated.textContent).to.match(/^“[А-Яа-яЁё]/);
      expect(original.closest('details')!.querySelector('summary')!.textContent).to.equal('Оригинал');
      expect(original.textContent).to.contain('It is officially estimated that');
      const english = await mount<HivEstimateGap>(html`<hiv-estimate-gap lang="en"></hiv-estimate-gap>`);
      await openTable(english);
      expect(shadow(english).querySelectorAll('.translated, details.original')).to.have.length(0);
    });

    it('takes a partner source’s language, and says each point’s source in it; a malformed tag is dropped', async () => {
      const el = await mount<HivEstimateGap>(html`<hiv-estimate-gap
        lang="ru"
        .data=${[
          { label: 'А', value: 1, source: { title: 'Survey', lang: 'en', quote: 'words', quoteLang: 'en-GB' } },
          { label: 'Б', value: 2, source: { title: 'Опрос', lang: 'ru" onmouseover="alert(1)' } },
        ]}
      ></hiv-estimate-gap>`);
      expect([...shadow(el).querySelectorAll('[part="sources"] li')].map((li) => li.querySelector('[lang]')?.getAttribute('lang') ?? 'none'))
        .to.deep.equal(['en', 'none']);
      await openTable(el);
      expect(shadow(el).querySelector('blockquote')!.getAttribute('lang')).to.equal('en-GB');
      const plot = shadow(el).querySelector<HTMLElement>('[part="plot"]')!;
      plot.focus();
      await el.updateComplete;
      const live = shadow(el).querySelector('[aria-live="polite"]')!;
      expect(live.textContent!.replace(/\s+/g, ' ').trim()).to.equal('А: 1. Источник: Survey');
      expect(live.querySelector('span')!.getAttribute('lang')).to.equal('en');
      plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
      await el.updateComplete;
      expect(live.querySelector('span')!.hasAttribute('lang')).to.equal(false);
    });

    it('takes the nearest ancestor lang, and redraws when lang changes', async () => {
      const host = await mount<HTMLDivElement>(html`<div lang="kk"><hiv-estimate-gap></hiv-estimate-gap></div>`);
      const el = host.querySelector('hiv-estimate-gap')!;
      expect(textOf(el, '.row .value')[1]).to.equal('100-ден астам');
      const rendered = nextRender(el);
      el.setAttribute('lang', 'en');
      await rendered;
      expect(textOf(el, '.row .value')[1]).to.equal('more than 100');
    });
  });
});
