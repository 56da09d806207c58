import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import '../src/funding-timeline.js';
import type { FundingTimeline } from '../src/funding-timeline.js';
import { measureText } from '../src/internal/measure-text.js';
import { alertText, mount, nextError, nextRender, openTable, shadow, textBox, textOf, visibleText } from './helpers.js';

const events = (el: HTMLElement) => shadow(el).querySelectorAll('[part="event"]');
const amounts = (el: HTMLElement) => shadow(el).querySelectorAll('[part="amount"]');
/** Each mark's text in `selector`, its wrapped lines joined. */
const linesOf = (marks: NodeListOf<Element>, selector: string) =>
  [...marks].map((mark) => [...mark.querySelectorAll(selector)].map((line) => line.textContent!.replace(/\s+/g, ' ')).join(' '));
const labels = (el: HTMLElement) => linesOf(events(el), '.label');
const heads = (el: HTMLElement) => linesOf(amounts(el), '.head');

/** What the chart says at mark `index` (its `data-point`): the tooltip the keyboard, mouse or a tap show. */
async function pointSays(el: FundingTimeline, index: number): Promise<string> {
  const plot = shadow(el).querySelector<HTMLElement>('[part="plot"]')!;
  plot.focus();
  plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
  for (let i = 0; i < index; i++) plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
  await el.updateComplete;
  const said = textOf(el, '[part="tooltip"]')[0];
  plot.blur();
  await el.updateComplete;
  return said;
}

/** What every event says, in the order the keyboard walks them. */
async function eventsSay(el: FundingTimeline): Promise<string[]> {
  const said: string[] = [];
  for (let i = 0; i < events(el).length; i++) said.push(await pointSays(el, i));
  return said;
}

const partner = {
  title: 'Partner funding',
  source: { title: 'Partner report', url: 'https://example.org/report' },
  currency: 'USD',
  entries: [
    { label: 'Project starts', date: '2016-04' },
    { label: 'Project', kind: 'awarded', date: '2016/2018', value: 120000 },
    { label: 'Project', kind: 'disbursed', date: '2016/2017', value: 95000.5 },
    { label: 'Renewal', kind: 'request', date: '2021', value: 150000 },
  ],
};

/** No two text boxes in the chart intersect, and each stays inside the plot. */
function expectNoOverlappingText(el: HTMLElement) {
  const plot = shadow(el).querySelector('svg.timeline')!.getBoundingClientRect();
  const boxes = [...shadow(el).querySelectorAll('svg.timeline text')].map((node) => ({
    text: node.textContent!,
    box: textBox(node),
  }));
  expect(boxes.length).to.be.greaterThan(10);
  boxes.forEach(({ text, box }, i) => {
    expect(box.left, text).to.be.at.least(plot.left - 0.5);
    expect(box.right, text).to.be.at.most(plot.right + 0.5);
    for (const other of boxes.slice(i + 1)) {
      const b = other.box;
      const hit = box.left < b.right - 0.5 && b.left < box.right - 0.5 && box.top < b.bottom - 0.5 && b.top < box.bottom - 0.5;
      expect(hit, `"${text}" overlaps "${other.text}"`).to.equal(false);
    }
  });
}

async function failing(template: ReturnType<typeof html>) {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const error = nextError(host);
  render(template, host);
  const detail = await error;
  const chart = host.firstElementChild as FundingTimeline;
  await chart.updateComplete;
  return { detail, chart };
}

async function errorFor(entries: unknown) {
  const el = await fixture<FundingTimeline>(html`<funding-timeline></funding-timeline>`);
  const error = nextError(el);
  el.data = entries;
  const detail = await error;
  await el.updateComplete;
  expect(alertText(el)).to.equal(detail.message);
  expect(visibleText(el)).to.not.match(/NaN|undefined/);
  return detail;
}

describe('<funding-timeline>', () => {
  describe('with no input (the report)', () => {
    let el: FundingTimeline;
    beforeEach(async () => {
      el = await mount<FundingTimeline>(html`<funding-timeline style="width: 1200px"></funding-timeline>`);
    });

    // axe over the full table is slow on a busy machine.
    it('passes accessibility tests', async function () {
      this.timeout(20000);
      await expect(el).to.be.accessible();
      await openTable(el);
      await expect(el).to.be.accessible();
    });

    it('draws eight events as points and seven amounts as bars, each amount as the source gives it', () => {
      expect(events(el)).to.have.length(8);
      expect(shadow(el).querySelectorAll('.event .marker')).to.have.length(8);
      expect(amounts(el)).to.have.length(7);
      expect(heads(el)).to.deep.equal([
        'Grant total: 22,360,000 US dollars',
        'Approved: 6,502,000 US dollars',
        'Disbursed: 6,201,999 US dollars',
        'Allocation: 4.5 million US dollars',
        'Allocation: 15,238,497 US dollars',
        'Funding request: 7,197,500 US dollars',
        'Funding request: 7,442,991 US dollars',
      ]);
    });

    it('ends phase 1 at mid-2005, as its source does', () => {
      const details = linesOf(amounts(el), '.detail');
      expect(details.filter((text) => text.endsWith('Dec 1, 2003 – mid-2005'))).to.have.length(2);
    });

    it('says on the chart that a bar’s length is time, not money', () => {
      expect(textOf(el, '.bar-note')).to.deep.equal(['A bar spans the period of its amount: its length is time, not money.']);
    });

    it('shows both end dates the sources give, 2012 and 2014, each with its source in the table', async () => {
      expect(labels(el)).to.include('2012 · Global Fund stops financing prevention for sex workers (Amelia report)');
      expect(labels(el)).to.include('2014 · Kazakhstan no longer eligible for new Global Fund HIV grants (CCM)');
      await openTable(el);
      const rows = textOf(el, 'tbody tr');
      expect(rows.find((row) => row.startsWith('Global Fund stops'))).to.contain('2012').and.contain('as reported by NSWP')
        .and.contain('“In 2012, the Global Fund');
      expect(rows.find((row) => row.startsWith('Kazakhstan no longer'))).to.contain('2014')
        .and.contain('Country Coordinating Mechanism').and.contain('“Since 2014');
      const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('[part="sources"] a')].map((a) => a.href);
      expect(links).to.include('https://ccmkz.kz/projects/index/id/2');
      expect(links).to.include('https://www.nswp.org/news/amelia-ngo-kazakhstan-publish-report-sex-work');
    });

    it('draws the events the issue adds, each with its own source and quote', async () => {
      expect(labels(el)).to.include.members([
        '2001 · Sex work decriminalised, for sex workers and clients',
        'Sep 2006 · Almaty police raid: more than 400 sex workers arrested in six days',
        'Jan 2014 · Estimated 19,606 sex workers, 0.11% of the population',
        'Sep 2024 · Law No. 110-VIII on countering human trafficking criminalises aspects of sex work',
      ]);
      const tooltips = await eventsSay(el);
      expect(tooltips).to.include.members([
        'Sex work decriminalised, for sex workers and clients: 2001. Source: Amelia NGO report (November 2015), as reported by NSWP',
        'Almaty police raid: more than 400 sex workers arrested in six days: Sep 2006. Source: SWAN: police raid in Almaty (2006)',
        'Estimated 19,606 sex workers, 0.11% of the population: Jan 2014. Source: Amelia NGO report (November 2015), as reported by NSWP',
        'Law No. 110-VIII on countering human trafficking criminalises aspects of sex work: Sep 2024. Source: Health and Human Rights Journal, 18 October 2025',
      ]);
      await openTable(el);
      const rows = textOf(el, 'tbody tr');
      const row = (start: string) => rows.find((r) => r.startsWith(start))!;
      expect(row('Sex work decriminalised')).to.contain('2001').and.contain('as reported by NSWP')
        .and.contain('“Sex work was decriminalised in Kazakhstan in 2001');
      expect(row('Almaty police raid')).to.contain('Sep 2006').and.contain('SWAN')
        .and.contain('“Seven pimps and more than 400 sex workers were arrested.');
      expect(row('Estimated 19,606')).to.contain('Jan 2014').and.contain('as reported by NSWP')
        .and.contain('“As of January 2014, the estimated number of sex workers was 19,606');
      expect(row('Law No. 110-VIII')).to.contain('Sep 2024').and.contain('Health and Human Rights Journal')
        .and.contain('“taking effect in September 2024');
      const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('[part="sources"] a')].map((a) => a.href);
      expect(links).to.include('https://swannet.org/en/node/1748');
      expect(textOf(el, '[part="sources"] li').join(' ')).to.contain('Health and Human Rights Journal');
    });

    it('draws each kind of amount differently, not by colour alone, and never stacks two', () => {
      const style = (kind: string) => getComputedStyle(shadow(el).querySelector(`.amount.${kind} .bar`)!);
      const looks = ['awarded', 'approved', 'disbursed', 'request', 'allocation'].map((kind) => {
        const s = style(kind);
        return `${s.fill.startsWith('url') ? s.fill.replace(/.*#/, '') : s.fill === 'none' ? 'none' : 'solid'}|${s.strokeDasharray}`;
      });
      expect(new Set(looks).size).to.equal(5);
      const bars = [...shadow(el).querySelectorAll('.amount .bar')].map((bar) => bar.getBoundingClientRect());
      bars.slice(1).forEach((bar, i) => expect(bar.top).to.be.at.least(bars[i].bottom));
    });

    it('draws the grant with no stated end as open', () => {
      expect(shadow(el).querySelectorAll('.open-tail')).to.have.length(1);
      expect(linesOf(shadow(el).querySelectorAll('.amount.awarded'), '.detail')[0]).to.contain('end not stated');
    });

    it('overlaps no text at 1200 px', () => expectNoOverlappingText(el));

    it('writes the years on the axis whole and ungrouped', () => {
      const years = textOf(el, '.axis text');
      expect(years.length).to.be.at.least(3);
      years.forEach((year) => expect(year).to.match(/^\d{4}$/));
    });

    it('states the finding and the title', () => {
      expect(textOf(el, '[part="title"]')[0]).to.equal(
        'Sex work, HIV money and the law in Kazakhstan, 2001–2026',
      );
      expect(textOf(el, '[part="summary"]')[0]).to.contain('2012').and.contain('2014').and.contain('never added');
    });

    it('offers every event and amount to the keyboard, with its source, and marks the one in focus', async () => {
      const plot = shadow(el).querySelector<HTMLElement>('[part="plot"]')!;
      plot.focus();
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('.focus-mark')).to.have.length(1);
      const first = shadow(el).querySelector('.focus-mark')!.getBoundingClientRect();
      const marker = shadow(el).querySelector('.event .marker')!.getBoundingClientRect();
      expect(first.left + first.width / 2).to.be.closeTo(marker.left + marker.width / 2, 1);
      expect(textOf(el, '[part="tooltip"]')[0]).to.equal(
        'Sex work decriminalised, for sex workers and clients: 2001. Source: Amelia NGO report (November 2015), as reported by NSWP',
      );
      plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
      await el.updateComplete;
      expect(textOf(el, '[part="tooltip"]')[0]).to.equal(
        'Almaty police raid: more than 400 sex workers arrested in six days: Sep 2006. Source: SWAN: police raid in Almaty (2006)',
      );
      plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
      await el.updateComplete;
      expect(textOf(el, '[part="tooltip"]')[0]).to.contain('7,442,991 US dollars').and.contain('. Source: Kazakh Scientific Center');
      expect(shadow(el).querySelector('.focus-mark')!.tagName).to.equal('rect');
    });
  });

  describe('on a phone', () => {
    /** Every text box in the list: inside the chart, whole (no box narrower than its text), none on another. */
    function expectWholeTextApart(el: HTMLElement) {
      const chart = el.getBoundingClientRect();
      const spans = [...shadow(el).querySelectorAll<HTMLElement>('.item > span')];
      expect(spans.length).to.be.greaterThan(40);
      const boxes = spans.map((span) => ({ text: span.textContent!, box: span.getBoundingClientRect() }));
      for (const [i, { text, box }] of boxes.entries()) {
        expect(text, text).to.not.contain('…');
        expect(box.left, text).to.be.at.least(chart.left - 0.5);
        expect(box.right, text).to.be.at.most(chart.right + 0.5);
        expect(spans[i].scrollWidth, text).to.be.at.most(spans[i].clientWidth + 1);
        for (const other of boxes.slice(i + 1)) {
          const b = other.box;
          const hit = box.left < b.right - 0.5 && b.left < box.right - 0.5 && box.top < b.bottom - 0.5 && b.top < box.bottom - 0.5;
          expect(hit, `"${text}" overlaps "${other.text}"`).to.equal(false);
        }
      }
      // The marks on the rail sit beside the text, never on it.
      for (const item of shadow(el).querySelectorAll('.item')) {
        const glyph = item.querySelector('.glyph')!.getBoundingClientRect();
        for (const span of item.querySelectorAll(':scope > span')) expect(glyph.right).to.be.at.most(span.getBoundingClientRect().left);
      }
    }

    it('reads down the page at 320, 375 and 414 px in English, Russian and Kazakh: every text whole, none overlapping', async function () {
      this.timeout(30000);
      for (const lang of ['en', 'ru', 'kk'] as const) {
        for (const width of [320, 375, 414]) {
          const el = await mount<FundingTimeline>(html`<funding-timeline lang=${lang} style=${`width: ${width}px`}></funding-timeline>`);
          expect(shadow(el).querySelector('svg.timeline'), `${lang} ${width}`).to.equal(null);
          expect(events(el), `${lang} ${width}`).to.have.length(8);
          expect(amounts(el)).to.have.length(7);
          expectWholeTextApart(el);
          el.remove();
        }
      }
    });

    it('shows every event’s full label, in date order, with its date, kind and source', async () => {
      const el = await mount<FundingTimeline>(html`<funding-timeline style="width: 320px"></funding-timeline>`);
      const items = [...shadow(el).querySelectorAll('.item')].map((item) =>
        [...item.querySelectorAll(':scope > span')].map((span) => span.textContent!.trim()),
      );
      expect(items[0]).to.deep.equal([
        '2001',
        'Sex work decriminalised, for sex workers and clients',
        'Event',
        'Source: Amelia NGO report (November 2015), as reported by NSWP',
      ]);
      expect(items).to.deep.include([
        '2014',
        'Kazakhstan no longer eligible for new Global Fund HIV grants (CCM)',
        'Event',
        'Source: Country Coordinating Mechanism of Kazakhstan',
      ]);
      expect(items).to.deep.include([
        'Dec 1, 2003 – mid-2005',
        'First HIV grant, phase 1',
        'Approved: 6,502,000 US dollars',
        'Source: US Embassy Almaty cable 05ALMATY2689 (2005)',
      ]);
      expect(items.map((item) => item[1])).to.include('Global Fund stops financing prevention for sex workers (Amelia report)');
    });

    it('tells kinds apart by the look of their marks, not by colour alone', async () => {
      const el = await mount<FundingTimeline>(html`<funding-timeline style="width: 320px"></funding-timeline>`);
      const look = (kind: string) => {
        const s = getComputedStyle(shadow(el).querySelector(`.item.${kind} .glyph .bar`)!);
        return `${s.fill.startsWith('url') ? s.fill.replace(/.*#/, '') : s.fill === 'none' ? 'none' : 'solid'}|${s.strokeDasharray}`;
      };
      expect(new Set(['awarded', 'approved', 'disbursed', 'request', 'allocation'].map(look)).size).to.equal(5);
    });

    it('walks the entries by keyboard in reading order, and shows the one under a tap', async () => {
      const el = await mount<FundingTimeline>(html`<funding-timeline style="width: 375px"></funding-timeline>`);
      const said = [];
      for (let i = 0; i < 15; i++) said.push(await pointSays(el, i));
      expect(said[0]).to.match(/^Sex work decriminalised, for sex workers and clients: 2001\./);
      expect(said[1]).to.match(/^Grant total: 22,360,000 US dollars, from Dec 1, 2003, end not stated/);
      expect(said[14]).to.match(/^Law No. 110-VIII/);
      const items = [...shadow(el).querySelectorAll('.item')];
      items.forEach((item, i) => expect(item.getAttribute('data-point')).to.equal(String(i)));
      const tops = items.map((item) => item.getBoundingClientRect().top);
      tops.slice(1).forEach((top, i) => expect(top).to.be.greaterThan(tops[i]));
    });
  });

  describe('at the widths between', () => {
    it('overlaps no text and cuts none short at 560, 700 and 1200 px in English, Russian and Kazakh', async function () {
      this.timeout(30000);
      for (const lang of ['en', 'ru', 'kk']) {
        for (const width of [560, 700, 1200]) {
          const el = await mount<FundingTimeline>(html`<funding-timeline lang=${lang} style=${`width: ${width}px`}></funding-timeline>`);
          expectNoOverlappingText(el);
          el.remove();
        }
      }
    });

    it('draws a leader from every marker up along its label, which starts or ends beside it, at 1200 px in each language', async function () {
      this.timeout(15000);
      for (const lang of ['en', 'ru', 'kk']) {
        const el = await mount<FundingTimeline>(html`<funding-timeline lang=${lang} style="width: 1200px"></funding-timeline>`);
        for (const event of shadow(el).querySelectorAll('.event')) {
          const leader = event.querySelector('.leader')!.getBoundingClientRect();
          const lines = [...event.querySelectorAll('.label')].map((line) => line.getBoundingClientRect());
          const name = `${lang}: ${event.querySelector('.label')!.textContent}`;
          expect(leader.top, name).to.be.closeTo(lines[0].top, 6);
          for (const line of lines) expect(Math.min(Math.abs(leader.left - line.left), Math.abs(leader.left - line.right)), name).to.be.at.most(6);
        }
        el.remove();
      }
    });
  });

  describe('with many entries', () => {
    const rows = (count: number) => ({
      currency: 'USD',
      source: 'Partner report',
      entries: Array.from({ length: count }, (_, i) =>
        i % 2
          ? { label: `Grant ${i + 1}`, kind: 'awarded', date: `${2000 + (i % 25)}/${2001 + (i % 25)}`, value: 1000 * ((i % 50) + 1) }
          : { label: `Event ${i + 1}`, date: `${2000 + (i % 25)}-${String((i % 12) + 1).padStart(2, '0')}` },
      ),
    });

    it('draws 10,000 rows in a bounded height and a bounded number of nodes; End reaches the last row', async function () {
      this.timeout(30000);
      for (const width of [320, 1200]) {
        const el = await mount<FundingTimeline>(html`<funding-timeline style=${`width: ${width}px`} .data=${rows(10_000)}></funding-timeline>`);
        const panel = shadow(el).querySelector('svg.compact')!;
        expect(panel.getBoundingClientRect().height, `${width} px`).to.be.at.most(500);
        expect(shadow(el).querySelectorAll('*').length, 'shadow DOM nodes').to.be.at.most(400);
        expect(textOf(el, '.compact-note')[0]).to.equal(
          '10,000 entries, one thin row each in date order; every entry is on the keyboard and in the data download (CSV).',
        );
        const plot = shadow(el).querySelector<HTMLElement>('[part="plot"]')!;
        plot.focus();
        plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
        await el.updateComplete;
        // The last in date order: of the rows from November 2024, the last given.
        expect(textOf(el, '[part="tooltip"]')[0]).to.equal('Event 9875: Nov 2024. Source: Partner report');
        el.remove();
      }
    });

    it('shows the row under the pointer', async () => {
      const el = await mount<FundingTimeline>(html`<funding-timeline style="width: 600px" .data=${rows(100)}></funding-timeline>`);
      const panel = shadow(el).querySelector('svg.compact')!;
      const box = panel.getBoundingClientRect();
      const rowHeight = Number(panel.getAttribute('data-row-height'));
      const path = shadow(el).querySelector('svg.compact path.bar')!;
      path.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true, pointerType: 'mouse', clientX: box.left + 5, clientY: box.top + rowHeight * 0.5 }));
      await el.updateComplete;
      expect(textOf(el, '[part="tooltip"]')[0]).to.match(/^Event 1: Jan 2000\./);
    });
  });

  describe('data inputs', () => {
    it('draws partner data from the data property', async () => {
      const el = await fixture<FundingTimeline>(html`<funding-timeline style="width: 600px"></funding-timeline>`);
      const rendered = nextRender(el);
      el.data = partner;
      await rendered;
      expect(events(el)).to.have.length(1);
      expect(heads(el)).to.deep.equal([
        'Grant total: 120,000 US dollars',
        'Disbursed: 95,000.5 US dollars',
        'Funding request: 150,000 US dollars',
      ]);
      expect(textOf(el, '[part="title"]')[0]).to.equal('Partner funding');
      expect(textOf(el, '[part="summary"]')[0]).to.equal(
        'Entries on the timeline: 4, from 2016 to 2021. Each amount is shown on its own, never added to another.',
      );
      expect(el.data!.entries[1]).to.deep.include({ kind: 'awarded', date: '2016', end: '2018', currency: 'USD' });
    });

    it('draws partner data from the data attribute', async () => {
      const el = await mount<FundingTimeline>(
        html`<funding-timeline data=${JSON.stringify([{ label: 'Founded', date: '2012', source: 'S' }])}></funding-timeline>`,
      );
      expect(labels(el)).to.deep.equal(['2012 · Founded']);
      expect(amounts(el)).to.have.length(0);
    });

    it('loads JSON from src, with a shared source and currency', async () => {
      const el = await mount<FundingTimeline>(html`<funding-timeline src="/test/fixtures/timeline.json"></funding-timeline>`);
      expect(events(el)).to.have.length(2);
      expect(heads(el)).to.include('Allocation: 300,000 US dollars');
      expect(textOf(el, '[part="sources"] li')).to.deep.equal(['Partner annual report 2021']);
    });

    it('loads CSV from src, with grouped amounts, another currency and quoted quotes', async () => {
      const el = await mount<FundingTimeline>(html`<funding-timeline src="/test/fixtures/timeline.csv"></funding-timeline>`);
      expect(heads(el)).to.deep.equal([
        'Grant total: 1,250,000 Kazakhstani tenges',
        'Disbursed: 980,500 Kazakhstani tenges',
        'Funding request: 40,000 US dollars',
      ]);
      await openTable(el);
      expect(textOf(el, 'blockquote')).to.include('“We asked for "40,000 dollars"”');
    });

    it('accepts the kit\'s own figures: kind money with a subkind', async () => {
      const el = await mount<FundingTimeline>(html`<funding-timeline
        .data=${[{ label: 'L', kind: 'money', subkind: 'allocation', value: 5, currency: 'usd', date: '2020', source: 'S' }]}
      ></funding-timeline>`);
      expect(heads(el)).to.deep.equal(['Allocation: 5 US dollars']);
    });

    it('refuses kind money without its subkind, naming the field, and a wrong kind, naming money among the kinds', async () => {
      const row = { label: 'L', value: 5, currency: 'usd', date: '2020', source: 'S' };
      const el = await mount<FundingTimeline>(html`<funding-timeline></funding-timeline>`);
      let error = nextError(el);
      el.data = [{ ...row, kind: 'money' }];
      expect((await error).message).to.contain('row 1 has no "subkind"');
      error = nextError(el);
      el.data = [{ ...row, kind: 'grant' }];
      expect((await error).message).to.contain('"kind" must be one of event, awarded, approved, disbursed, request, allocation, money ("grant")');
      error = nextError(el);
      el.data = [{ ...row, kind: 'money', subkind: 'grant' }];
      expect((await error).message).to.contain('"subkind" must be one of awarded, approved, disbursed, request, allocation ("grant")');
    });

    it('returns to the report when the data is set to null', async () => {
      const el = await mount<FundingTimeline>(html`<funding-timeline .data=${partner}></funding-timeline>`);
      el.data = null;
      await el.updateComplete;
      expect(amounts(el)).to.have.length(7);
    });
  });

  // Old libraries add fields to Object.prototype by assignment: enumerable, and inherited by every
  // object the chart reads or builds that lacks its own.
  describe('on a page that adds title, summary, currency and end to Object.prototype', () => {
    const pollution = { title: 'Injected title', summary: 'Injected summary', currency: 'EUR', end: '2030' };
    beforeEach(() => Object.assign(Object.prototype, pollution));
    afterEach(() => {
      for (const key of Object.keys(pollution)) delete (Object.prototype as Record<string, unknown>)[key];
    });

    it('shows its own title and summary, not the page’s', async () => {
      const el = await mount<FundingTimeline>(html`<funding-timeline style="width: 600px"
        .data=${[{ label: 'Founded', date: '2012', source: 'S' }]}></funding-timeline>`);
      expect(textOf(el, '[part="title"]')[0]).to.equal('Timeline');
      expect(labels(el)).to.deep.equal(['2012 · Founded']);
      expect(visibleText(el)).to.not.contain('Injected').and.not.contain('2030');
    });

    it('refuses an amount with no currency instead of drawing it in the page’s', async () => {
      const detail = await errorFor([{ label: 'A', kind: 'request', date: '2012', value: 5, source: 'S' }]);
      expect(detail.message).to.match(/row 1 has no "currency"/);
    });
  });

  describe('errors', () => {
    it('malformed JSON: invalid-json', async () => {
      const { detail, chart } = await failing(html`<funding-timeline data='[{"date": }]'></funding-timeline>`);
      expect(detail.reason).to.equal('invalid-json');
      expect(alertText(chart)).to.equal(detail.message);
      await expect(chart).to.be.accessible();
    });

    it('a missing file: load-failed', async () => {
      const { detail } = await failing(html`<funding-timeline src="/test/fixtures/missing.csv"></funding-timeline>`);
      expect(detail.reason).to.equal('load-failed');
      expect(detail.message).to.contain('404');
    });

    it('an empty list: no-data', async () => {
      const { detail } = await failing(html`<funding-timeline data="[]"></funding-timeline>`);
      expect(detail.reason).to.equal('no-data');
    });

    it('an invalid date: invalid-data naming the row and the value', async () => {
      const detail = await errorFor([
        { label: 'A', date: '2012', source: 'S' },
        { label: 'B', date: '2015-13', source: 'S' },
      ]);
      expect(detail).to.deep.equal({
        reason: 'invalid-data',
        message:
          'The chart data has a problem: row 2: "date" is not a date written YYYY, YYYY-MM or YYYY-MM-DD, or a span YYYY/YYYY ("2015-13").',
      });
    });

    it('an amount that is not a number: invalid-data naming the row', async () => {
      const detail = await errorFor([{ label: 'A', kind: 'awarded', date: '2012', value: 'lots', currency: 'USD', source: 'S' }]);
      expect(detail.message).to.equal('The chart data has a problem: row 1: "value" is not a number ("lots").');
    });

    it('every other problem with a row: invalid-data naming it', async function () {
      this.timeout(20000);
      const money = { label: 'A', kind: 'request', date: '2012', value: 5, currency: 'USD', source: 'S' };
      const cases: [unknown, RegExp][] = [
        [{ ...money, date: '2012-02-30' }, /row 1: "date" is not a date/],
        [{ ...money, end: 'later' }, /row 1: "end" is not a date/],
        [{ ...money, date: '2014/2012' }, /row 1: the end \(2012\) comes before the start \(2014\)/],
        [{ ...money, date: '2012/2014', end: '2015' }, /row 1: the end is given twice/],
        [{ ...money, value: -5 }, /row 1: "value" must not be negative/],
        [{ ...money, value: NaN }, /row 1: "value" is not a number/],
        [{ ...money, value: undefined }, /row 1 has no "value"/],
        [{ ...money, currency: 'dollars' }, /row 1: "currency" must be a three-letter code/],
        [{ ...money, currency: undefined }, /row 1 has no "currency"/],
        [{ ...money, kind: 'grant' }, /row 1: "kind" must be one of event, awarded, approved/],
        [{ label: 'A', date: '2012', value: 5, source: 'S' }, /row 1: an event has no "value"/],
        [{ label: 'A', kind: 'event', date: '2012/2013', source: 'S' }, /row 1: an event has a single date/],
        [{ label: 'A', date: '2012' }, /row 1 has no "source"/],
        [{ date: '2012', source: 'S' }, /row 1 has no "label"/],
        [{ label: 'A', source: 'S' }, /row 1 has no "date"/],
      ];
      for (const [row, message] of cases) {
        const detail = await errorFor([row]);
        expect(detail.reason).to.equal('invalid-data');
        expect(detail.message).to.match(message);
      }
    });

    it('errors speak the chart language', async () => {
      const { chart } = await failing(
        html`<funding-timeline lang="ru" data=${JSON.stringify([{ label: 'A', date: '12.2015', source: 'S' }])}></funding-timeline>`,
      );
      expect(alertText(chart)).to.contain('строка 1: «date» — не дата');
    });
  });

  describe('language', () => {
    it('speaks Russian: amounts grouped with spaces, years whole', async () => {
      const el = await mount<FundingTimeline>(html`<funding-timeline lang="ru" style="width: 1200px"></funding-timeline>`);
      expect(heads(el)[0]).to.equal('Грант, всего: 22 360 000 долларов США');
      expect(labels(el)).to.include('2012 · Глобальный фонд перестаёт платить за профилактику для секс-работников (доклад «Амелии»)');
      const ended = [...shadow(el).querySelectorAll('.event')].find((g) =>
        g.querySelector('.label')!.textContent!.replace(/\s+/g, ' ').startsWith('2012 · Глобальный фонд перестаёт платить'),
      )!;
      expect(await pointSays(el, Number(ended.getAttribute('data-point')))).to.equal(
        'Глобальный фонд перестаёт платить за профилактику для секс-работников (доклад «Амелии»): 2012. Источник: Amelia NGO report (November 2015), as reported by NSWP',
      );
      // The English title is marked as English, for a Russian screen-reader voice to switch.
      const plot = shadow(el).querySelector<HTMLElement>('[part="plot"]')!;
      plot.focus();
      await el.updateComplete;
      expect(shadow(el).querySelector('[aria-live] span')!.getAttribute('lang')).to.equal('en');
      plot.blur();
      await openTable(el);
      expect(textOf(el, 'tbody th')).to.include(
        'Глобальный фонд перестаёт платить за профилактику для секс-работников (доклад «Амелии»)',
      );
      expect(labels(el)).to.include('сент. 2006 г. · Полицейский рейд в Алматы: за шесть дней задержаны более 400 секс-работников');
      expect(textOf(el, '[part="title"]')[0]).to.contain('деньги на борьбу с ВИЧ');
    });

    it('speaks Kazakh', async () => {
      const el = await mount<FundingTimeline>(html`<funding-timeline lang="kk" style="width: 1200px"></funding-timeline>`);
      expect(heads(el)[6]).to.equal('Қаржыландыруға өтінім: 7 442 991 АҚШ доллары');
      expect(visibleText(el)).to.not.match(/NaN|undefined/);
    });
  });

  describe('text measurement', () => {
    it('keeps a bounded number of widths, the latest used, and no very long text', () => {
      const { measureText: canvasMeasure } = CanvasRenderingContext2D.prototype;
      let calls = 0;
      CanvasRenderingContext2D.prototype.measureText = function (this: CanvasRenderingContext2D, text: string) {
        calls++;
        return canvasMeasure.call(this, text);
      };
      try {
        // A font no other test uses: a cache of its own, empty.
        const measure = measureText('12px ft-cache-test, serif', '0px', '0px')!;
        const width = measure('First label');
        expect(measure('First label')).to.equal(width);
        expect(calls).to.equal(1);
        const long = 'A label longer than any a reader reads. '.repeat(2_000);
        measure(long);
        measure(long);
        expect(calls).to.equal(3);
        for (let i = 0; i < 20_000; i++) {
          measure(`Label ${i}`);
          if (i % 1_000 === 0) measure('Used often');
        }
        const before = calls;
        measure('Used often');
        expect(calls, 'a width used lately stays').to.equal(before);
        measure('First label');
        expect(calls, 'the oldest widths go').to.equal(before + 1);
      } finally {
        CanvasRenderingContext2D.prototype.measureText = canvasMeasure;
      }
    });
  });
});
