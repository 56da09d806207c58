import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { html, render, type TemplateResult } from 'lit';
import '../src/violence-breakdown.js';
import type { ViolenceBreakdown } from '../src/violence-breakdown.js';
import { t } from '../src/internal/i18n.js';
import { alertText, mount, nextError, nextRender, openTable, shadow, textBox, textOf, visibleText } from './helpers.js';

const marks = (el: HTMLElement) => shadow(el).querySelectorAll('[part="mark"]');
const bars = (el: HTMLElement) => shadow(el).querySelectorAll('[part="bar"]');
const segments = (el: HTMLElement) => shadow(el).querySelectorAll('[part="segment"]');
const plot = (el: HTMLElement) => shadow(el).querySelector<HTMLElement>('[part="plot"]')!;
const tooltip = (el: HTMLElement) => shadow(el).querySelector('[part="tooltip"]')?.textContent?.trim();

/** Every piece of text in the plot: no two may overlap, and none may leave the element. */
function expectNoOverlap(el: HTMLElement) {
  const selectors = '.form-label, .who li > span:not(.cell-mark), th, .label, .value, .sample, .apart, .axis text, .fear-heading, .fear-text, dt, dd';
  const host = el.getBoundingClientRect();
  const boxes = [...plot(el).querySelectorAll(selectors)]
    .filter((node) => node.textContent!.trim() !== '')
    .map((node) => ({ text: node.textContent!.trim(), box: textBox(node) }))
    .filter(({ box }) => box.width > 0);
  expect(boxes.length).to.be.greaterThan(5);
  for (const [i, a] of boxes.entries()) {
    expect(a.box.right, `${a.text} inside`).to.be.at.most(host.right + 1);
    expect(a.box.left, `${a.text} inside`).to.be.at.least(host.left - 1);
    for (const b of boxes.slice(i + 1)) {
      const apart =
        a.box.right <= b.box.left + 0.5 ||
        b.box.right <= a.box.left + 0.5 ||
        a.box.bottom <= b.box.top + 0.5 ||
        b.box.bottom <= a.box.top + 0.5;
      const nested =
        a.box.left <= b.box.left + 0.5 &&
        a.box.right >= b.box.right - 0.5 &&
        a.box.top <= b.box.top + 0.5 &&
        a.box.bottom >= b.box.bottom - 0.5;
      expect(apart || nested, `"${a.text}" overlaps "${b.text}"`).to.equal(true);
    }
  }
}

/** Partner data of `count` rows: forms, each tied to one perpetrator or to none, or rates of ten samples. */
const manyRows = (count: number, view: 'report' | 'measured') =>
  Array.from({ length: count }, (_, i) =>
    view === 'report'
      ? { form: `Form ${i + 1}`, perpetrator: ['', 'Police', 'Clients'][i % 3], source: 'S' }
      : { form: `Form ${i + 1}`, perpetrator: 'Police', value: i % 100, kind: 'rate', n: 100 + Math.floor((i * 10) / count), source: 'S' },
  );

/** The data a chart gives, as a new object with a new list of the same rows: set, it is read again. */
const copy = (data: NonNullable<ViolenceBreakdown['data']>) => ({ ...data, rows: [...data.rows] });
const press = (el: HTMLElement, key: string) => plot(el).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));

describe('<violence-breakdown>', () => {
  describe('report view (the default)', () => {
    let el: ViolenceBreakdown;
    beforeEach(async () => {
      el = await mount<ViolenceBreakdown>(html`<violence-breakdown style="width: 720px"></violence-breakdown>`);
    });

    it('passes accessibility tests', async function () {
      // The first axe run of a page loads axe itself, slow on a busy two-core machine.
      this.timeout(20000);
      await expect(el).to.be.accessible();
      await openTable(el);
      await expect(el).to.be.accessible();
    });

    it('draws a grid of the forms the report names by the perpetrators it names', () => {
      expect(el.view).to.equal('report');
      expect(marks(el)).to.have.length(10);
      expect(textOf(el, '.matrix thead th')).to.deep.equal(['Police', 'Clients', 'Perpetrator not specified']);
      expect(textOf(el, '.matrix tbody th')).to.include.members(['Violence', 'Extortion', 'Fines for non-existent crimes']);
      const violence = shadow(el).querySelector('.matrix tbody tr')!;
      expect([...violence.querySelectorAll('td')].map((td) => !!td.querySelector('[part="mark"]'))).to.deep.equal([true, true, false]);
    });

    it('shows the recorded fear apart from the grid, as a fear, with whom sex workers fear and its quote letter', async () => {
      expect(visibleText(el)).to.not.contain('Health officials:');
      expect(textOf(el, '.matrix').join(' ')).to.not.contain('Fear').and.not.contain('Health officials');
      expect(textOf(el, '.fear-heading')).to.deep.equal(['A fear the report records, not an abuse']);
      const fear = shadow(el).querySelector('[part="fear"]')!;
      expect(fear.closest('.matrix')).to.equal(null);
      expect(textOf(el, '.fear-text')).to.deep.equal([
        'Fear of being publicly identified as a sex worker or drug user (feared: Police or Health officials)',
      ]);
      expect(fear.querySelector('.fear-key')!.textContent).to.equal('E');
      expect(textOf(el, '[part="quotes"] dd')[4]).to.contain('sex workers fear they will be publically identified');
      expect(textOf(el, '[part="summary"]')[0]).to.match(
        /The report also records a fear, not an abuse: Fear of being publicly identified as a sex worker or drug user \(feared: Police or Health officials\)\.$/,
      );
      await openTable(el);
      const table = textOf(el, 'details tbody tr');
      expect(table).to.have.length(11);
      expect(table.at(-1)).to.contain('(feared: Police or Health officials)').and.contain('A fear the report records, not an abuse');
      expect(textOf(el, 'details thead th')).to.not.include('Health officials');
    });

    it('reaches the fear with the keyboard, last, and rings it', async () => {
      plot(el).focus();
      press(el, 'End');
      await el.updateComplete;
      expect(tooltip(el)).to.match(/^A fear the report records, not an abuse: Fear of being publicly identified as a sex worker or drug user \(feared: Police or Health officials\): “sex workers fear/);
      const ring = shadow(el).querySelector('.focus-mark')!;
      expect(ring.closest('[part="fear"]')).to.not.equal(null);
      press(el, 'ArrowLeft');
      await el.updateComplete;
      expect(tooltip(el)).to.match(/^Fines for non-existent crimes: perpetrator not specified/);
    });

    it('says "perpetrator not specified" where the report names none, and never guesses one', async () => {
      const rows = [...shadow(el).querySelectorAll('.matrix tbody tr')];
      const extortion = rows.find((row) => row.querySelector('th')!.textContent!.trim() === 'Extortion')!;
      const cells = [...extortion.querySelectorAll('td')];
      expect(cells.map((td) => !!td.querySelector('[part="mark"]'))).to.deep.equal([false, false, true]);
      expect(cells[2].querySelector('.unspecified')).to.not.equal(null);
      await openTable(el);
      expect(textOf(el, 'details tbody tr').find((row) => row.startsWith('Extortion'))).to.contain('perpetrator not specified');
    });

    it('shows each quote, lettered, and the letter in each of its cells', async () => {
      expect(textOf(el, '[part="quotes"] dt')).to.deep.equal(['A', 'B', 'C', 'D', 'E']);
      expect(textOf(el, '[part="quotes"] dd')[0]).to.equal(
        '“The report explores the daily violence perpetrated by the police and clients.”',
      );
      expect(textOf(el, '.dot-key').slice(0, 3)).to.deep.equal(['A', 'A', 'B']);
      await openTable(el);
      expect(textOf(el, 'details blockquote')[0]).to.contain('daily violence perpetrated by the police and clients');
    });

    it('shows no number: the article gives none', () => {
      expect(plot(el).textContent).to.not.match(/\d/);
      expect(textOf(el, '[part="summary"]')[0]).to.not.match(/\d/);
    });

    it('states the finding and cites the article', () => {
      expect(textOf(el, '[part="summary"]')[0]).to.match(/^Perpetrators named: Violence \(Police and Clients\); Intervention and raids \(Police\)\. /);
      expect(textOf(el, '[part="summary"]')[0]).to.contain('Perpetrator not specified: Mandatory HIV testing, Arrest');
      expect(shadow(el).querySelector<HTMLAnchorElement>('[part="sources"] a')!.href).to.equal(
        'https://www.nswp.org/news/amelia-ngo-kazakhstan-publish-report-sex-work',
      );
    });

    it('walks the cells with the keyboard, marking the one in focus and reading its quote', async () => {
      plot(el).focus();
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('.focus-mark')).to.have.length(1);
      expect(tooltip(el)).to.equal(
        'Police: Violence, named in the source: “The report explores the daily violence perpetrated by the police and clients.”. ' +
          'Source: Amelia NGO report (November 2015), as reported by NSWP',
      );
      plot(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
      plot(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
      await el.updateComplete;
      expect(tooltip(el)).to.match(/^Mandatory HIV testing: perpetrator not specified: “The report shows/);
      const mark = shadow(el).querySelector('.focus-mark')!;
      expect(mark.closest('.cell-mark')!.classList.contains('unspecified')).to.equal(true);
    });

    it('shows the quote of a cell under the pointer', async () => {
      const dot = shadow(el).querySelectorAll('.cell-mark circle')[1];
      dot.scrollIntoView({ block: 'center' });
      const box = dot.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
      await el.updateComplete;
      expect(tooltip(el)).to.match(/^Clients: Violence, named in the source/);
      await resetMouse();
      await el.updateComplete;
      expect(tooltip(el)).to.equal(undefined);
    });
  });

  describe('measured view', () => {
    let el: ViolenceBreakdown;
    beforeEach(async () => {
      el = await mount<ViolenceBreakdown>(html`<violence-breakdown view="measured" style="width: 600px"></violence-breakdown>`);
    });

    it('passes accessibility tests', async () => {
      await expect(el).to.be.accessible();
      await openTable(el);
      await expect(el).to.be.accessible();
    });

    it('shows each rate with its sample size, place and years', () => {
      expect(textOf(el, '.sample')).to.deep.equal([
        'n = 400, women who sell sex and use drugs, Almaty and Temirtau, 2015–2017',
        'n = 255, Almaty, 2015–2017',
      ]);
      expect(textOf(el, '.row:not(.whole) .value')).to.deep.equal(['45%', '28%']);
      expect(textOf(el, '.legend .value')).to.deep.equal(['51%', '15%', '34%']);
      expect(textOf(el, '.label')).to.deep.equal(['Intimate partners: Recent violence', 'Clients: Recent violence', 'Classes of police violence: shares of one whole']);
      expect(textOf(el, '[part="summary"]')[0]).to.contain('Clients: Recent violence 28%');
      expect(textOf(el, '[part="title"]')[0]).to.contain('rates measured in surveys');
    });

    it('draws partner and client violence as separate bars from zero, never one stack', () => {
      expect(bars(el)).to.have.length(2);
      const [ipv, clients] = [...bars(el)];
      expect(ipv.closest('svg')).to.not.equal(clients.closest('svg'));
      expect(ipv.getAttribute('x')).to.equal(null);
      expect(Number(ipv.getAttribute('width'))).to.be.closeTo(270, 0.01);
      expect(Number(clients.getAttribute('width'))).to.be.closeTo(168, 0.01);
    });

    it('draws the three police-violence classes as one 100 % bar', () => {
      expect(segments(el)).to.have.length(3);
      const widths = [...segments(el)].map((s) => Number(s.getAttribute('width')));
      expect(widths.map((w) => Math.round(w))).to.deep.equal([306, 90, 204]);
      expect(new Set([...segments(el)].map((s) => s.closest('svg'))).size).to.equal(1);
      expect(segments(el)[0].closest('.panel')).to.not.equal(bars(el)[0].closest('.panel'));
      // Shares differ by pattern as well as by colour.
      expect([...segments(el)].map((s) => s.getAttribute('class'))).to.deep.equal(['segment p0', 'segment p1', 'segment p2']);
    });

    it('cites both surveys, each figure with its quote in the table', async () => {
      expect(textOf(el, '[part="sources"] li')).to.deep.equal([
        'Mukherjee et al., Int J STD AIDS 2023;34(10):666-676',
        'Mukherjee et al., Int J Drug Policy 2022;106:103750',
      ]);
      await openTable(el);
      const rows = textOf(el, 'details tbody tr');
      expect(rows[0]).to.contain('45%').and.contain('n = 400').and.contain('Of the 400 women, 45% and 28%');
      expect(rows[3]).to.contain('Classes of police violence: Police: Discrimination and extortion').and.contain('15%');
    });

    it('walks the bars and shares with the keyboard', async () => {
      plot(el).focus();
      await el.updateComplete;
      expect(tooltip(el)).to.equal(
        'Intimate partners: Recent violence: 45%; n = 400, women who sell sex and use drugs, Almaty and Temirtau, 2015–2017. ' +
          'Source: Mukherjee et al., Int J STD AIDS 2023;34(10):666-676',
      );
      plot(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
      await el.updateComplete;
      expect(tooltip(el)).to.contain('Poly-victimisation (several kinds of abuse): 34%; n = 255, Almaty, 2015–2017');
      const mark = shadow(el).querySelector('.focus-mark')!;
      expect(Number(mark.getAttribute('x'))).to.be.closeTo(394, 1);
    });
  });

  describe('choosing the view', () => {
    it('redraws when the view attribute changes, and back', async () => {
      const el = await mount<ViolenceBreakdown>(html`<violence-breakdown></violence-breakdown>`);
      let rendered = nextRender(el);
      el.setAttribute('view', 'measured');
      await rendered;
      expect(marks(el)).to.have.length(0);
      expect(bars(el)).to.have.length(2);
      expect(textOf(el, '[part="sources"] li')[0]).to.contain('Mukherjee');
      rendered = nextRender(el);
      el.view = 'report';
      await rendered;
      expect(marks(el)).to.have.length(10);
      expect(el.getAttribute('view')).to.equal('report');
    });

    it('draws the only view the data has when the other is asked for', async () => {
      const el = await mount<ViolenceBreakdown>(
        html`<violence-breakdown .data=${[{ form: 'Violence', perpetrator: 'Police', value: 5, n: 10, source: 'S' }]}></violence-breakdown>`,
      );
      expect(bars(el)).to.have.length(1);
      expect(textOf(el, '.value')).to.deep.equal(['5 of 10 = 50%']);
    });
  });

  describe('partner data', () => {
    it('computes rates from counts with n, showing the computation; counts without n get no rate', async () => {
      const el = await mount<ViolenceBreakdown>(
        html`<violence-breakdown style="width: 600px" src="/test/fixtures/violence-counts.csv"></violence-breakdown>`,
      );
      await expect(el).to.be.accessible();
      expect(textOf(el, '[part="title"]')[0]).to.equal('Abuse measured in surveys');
      expect(textOf(el, '.sample')).to.deep.equal([
        'n = 40, Taldykorgan, 2024',
        'n = 30, Taldykorgan, 2024',
        'Counts without a sample size: no rate can be computed',
      ]);
      expect(textOf(el, '.value')).to.deep.equal([
        '12 of 40 = 30%',
        '9 of 40 = 22.5%',
        '7 of 30 ≈ 23.3%',
        '3 (no rate: n not given)',
      ]);
      expect(textOf(el, '.label')[2]).to.equal('Perpetrator not specified: Blackmail');
      expect(Number(bars(el)[0].getAttribute('width'))).to.be.closeTo(180, 0.01);
      await openTable(el);
      const table = textOf(el, 'details tbody tr');
      expect(table[0]).to.contain('12 of 40 = 30%').and.contain('“12 of 40 women said police used violence, "often at night"”');
      expect(table[3]).to.contain('3 (no rate: n not given)').and.not.contain('%');
      expect(shadow(el).querySelector<HTMLAnchorElement>('[part="sources"] a')!.href).to.equal('https://example.org/outreach');
    });

    it('loads JSON from src: named forms in the report view, measured shares in the other', async () => {
      const el = await mount<ViolenceBreakdown>(html`<violence-breakdown src="/test/fixtures/violence.json"></violence-breakdown>`);
      expect(textOf(el, '[part="title"]')[0]).to.equal('Abuse reported to outreach workers, partner example');
      expect(marks(el)).to.have.length(2);
      expect(textOf(el, '[part="quotes"] dd')).to.deep.equal(['“Police beat two of the women we met.”', '“Money was taken from them.”']);
      const rendered = nextRender(el);
      el.view = 'measured';
      await rendered;
      expect(textOf(el, '.value')).to.deep.equal(['20%', '60 of 120 = 50%', '36 of 120 = 30%']);
      expect(textOf(el, '.legend li').at(-1)).to.equal('Not stated');
      expect(shadow(el).querySelector('.rest')).to.not.equal(null);
    });

    it('draws data from the data attribute', async () => {
      const rows = [
        { form: 'Raids', perpetrator: 'Police', source: 'S', quote: 'Raids went on.' },
        { form: 'Fines', source: 'S' },
      ];
      const el = await mount<ViolenceBreakdown>(html`<violence-breakdown data=${JSON.stringify(rows)}></violence-breakdown>`);
      expect(marks(el)).to.have.length(2);
      expect(textOf(el, '[part="sources"] li')).to.deep.equal(['S']);
      expect(textOf(el, '[part="summary"]')[0]).to.equal('Perpetrators named: Raids (Police). Perpetrator not specified: Fines.');
    });

    it('letters a cell, and says its letter, only where the cell cites a quote: in the grid and in the list', async () => {
      const rows = [
        { form: 'Raids', perpetrator: 'Police', source: 'S', quote: 'Raids went on.' },
        { form: 'Fines', source: 'S' },
      ];
      for (const width of [640, 200]) {
        const el = await mount<ViolenceBreakdown>(html`<violence-breakdown style="width: ${width}px" .data=${rows}></violence-breakdown>`);
        expect(shadow(el).querySelector('.matrix') !== null, `${width} px`).to.equal(width === 640);
        const [quoted, unquoted] = shadow(el).querySelectorAll('.cell-mark');
        expect(quoted.querySelector('.dot-key')!.textContent, `${width} px`).to.equal('A');
        expect(quoted.querySelector('.visually-hidden')!.textContent, `${width} px`).to.equal('named, quote A');
        expect(unquoted.classList.contains('unspecified'), `${width} px`).to.equal(true);
        // Counted, not compared as elements: a failed comparison of elements stalled the test runner.
        expect(unquoted.querySelectorAll('.dot-key, .visually-hidden').length, `${width} px`).to.equal(0);
        expect(unquoted.querySelectorAll('[part="mark"]').length, `${width} px`).to.equal(1);
      }
    });

    it('takes data through the property, reads back the validated data, and returns to the report on null', async () => {
      const el = await mount<ViolenceBreakdown>(html`<violence-breakdown></violence-breakdown>`);
      let rendered = nextRender(el);
      el.data = { rows: [{ form: 'Violence', perpetrator: 'Clients', value: '9', kind: 'count', n: '40', source: 'S' }] };
      await rendered;
      expect(el.data!.rows[0]).to.deep.include({ value: 9, n: 40, kind: 'count' });
      expect(textOf(el, '.value')).to.deep.equal(['9 of 40 = 22.5%']);
      // The validated data, copied (the same object set again is no new input), reads as it was drawn.
      rendered = nextRender(el);
      el.data = copy(el.data!);
      await rendered;
      expect(textOf(el, '.value')).to.deep.equal(['9 of 40 = 22.5%']);
      rendered = nextRender(el);
      el.data = null;
      await rendered;
      expect(marks(el)).to.have.length(10);
      // The report's data read back keeps its fear a fear, out of the grid.
      rendered = nextRender(el);
      el.data = copy(el.data!);
      await rendered;
      expect(marks(el)).to.have.length(10);
      expect(textOf(el, '.fear-text')).to.have.length(1);
    });
  });

  describe('the title', () => {
    it('stays the report’s when the report’s data is set again: it follows the content, not the array', async () => {
      for (const view of ['report', 'measured'] as const) {
        const el = await mount<ViolenceBreakdown>(html`<violence-breakdown view=${view}></violence-breakdown>`);
        const title = textOf(el, '[part="title"]')[0];
        expect(title).to.contain('Kazakhstan');
        const rendered = nextRender(el);
        el.data = copy(el.data!);
        await rendered;
        expect(textOf(el, '[part="title"]')[0]).to.equal(title);
      }
    });

    it('is never a title a page has added to Object.prototype', async () => {
      Object.defineProperty(Object.prototype, 'title', { value: 'A title from the page', configurable: true, writable: true });
      try {
        const report = await mount<ViolenceBreakdown>(html`<violence-breakdown></violence-breakdown>`);
        const partner = await mount<ViolenceBreakdown>(
          html`<violence-breakdown .data=${{ rows: [{ form: 'Raids', perpetrator: 'Police', source: 'S' }] }}></violence-breakdown>`,
        );
        expect(textOf(report, '[part="title"]')).to.deep.equal([
          'Abuse of sex workers in Kazakhstan: the forms the report names, and who commits them',
        ]);
        expect(textOf(partner, '[part="title"]')).to.deep.equal(['Forms of abuse by perpetrator']);
      } finally {
        delete (Object.prototype as { title?: unknown }).title;
      }
    });
  });

  describe('a strict Content-Security-Policy', () => {
    it('the measured view draws under style-src \'self\' with no violation: it sets no style attribute', async () => {
      const frame = document.createElement('iframe');
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve));
      frame.srcdoc = `<!doctype html>
        <meta http-equiv="Content-Security-Policy" content="style-src 'self'">
        <script>
          window.violations = [];
          document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective + ': ' + event.sample));
        </script>
        <script type="module" src="/src/violence-breakdown.ts"></script>
        <violence-breakdown view="measured"></violence-breakdown>
        <violence-breakdown></violence-breakdown>`;
      document.body.append(frame);
      try {
        await loaded;
        const win = frame.contentWindow as Window & { violations: string[] };
        const charts = [...frame.contentDocument!.querySelectorAll('violence-breakdown')];
        await waitUntil(() => charts.every((chart) => chart.shadowRoot?.querySelector('.panel, .cell-mark')), 'not drawn', { timeout: 8000 });
        expect(charts[0].shadowRoot!.querySelectorAll('[part="bar"]')).to.have.length(2);
        expect(win.violations).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  });

  describe('many rows', () => {
    for (const view of ['report', 'measured'] as const) {
      it(`draws 10,000 rows in the ${view} view compactly: bounded nodes and height, every row on the keyboard`, async function () {
        this.timeout(30000);
        const el = await mount<ViolenceBreakdown>(
          html`<violence-breakdown view=${view} style="width: 600px" .data=${manyRows(10_000, view)}></violence-breakdown>`,
        );
        const nodes = shadow(el).querySelectorAll('*').length;
        expect(nodes, 'elements in the shadow DOM').to.be.below(300);
        expect(plot(el).getBoundingClientRect().height, 'plot height').to.be.below(700);
        plot(el).focus();
        press(el, 'End');
        await el.updateComplete;
        expect(textOf(el, '.compact-note')).to.deep.equal([
          view === 'report'
            ? '10,000 forms of abuse, drawn as small marks; every pair is on the keyboard and in the data download (CSV).'
            : '10,000 figures, drawn as thin stripes; every value is on the keyboard and in the data download (CSV).',
        ]);
        expect(tooltip(el)).to.match(view === 'report' ? /^Form 10000: perpetrator not specified\. Source: S$/ : /^Police: Form 10000: 99%; n = 109\. Source: S$/);
        expect(shadow(el).querySelectorAll('.focus-mark')).to.have.length(1);
        // The marks share one path: the pointer's height finds its row, near the end at the bottom.
        const stripes = [...shadow(el).querySelectorAll('svg.compact')].at(-1)!;
        stripes.scrollIntoView({ block: 'center' });
        const box = stripes.getBoundingClientRect();
        // A row is a twentieth of a pixel high: which column holds the form under the pointer depends
        // on where the drawing falls, and exactly one of the three does. Stripes are found by height alone.
        const columns = view === 'report' ? [1 / 6, 1 / 2, 5 / 6] : [0];
        const heard: string[] = [];
        for (const at of columns) {
          await sendMouse({ type: 'move', position: [Math.round(box.left + 1 + at * box.width), Math.round(box.bottom - 2)] });
          await el.updateComplete;
          heard.push(tooltip(el) ?? '');
        }
        expect(heard.filter((text) => /Form 99\d\d\b/.test(text)), heard.join(' | ')).to.have.length(1);
        await resetMouse();
        await openTable(el);
        // The table's first rows, and how many more the CSV has.
        expect(shadow(el).querySelectorAll('details tbody tr')).to.have.length(500);
        expect(textOf(el, 'details tfoot')[0]).to.equal('and 9,500 more');
      });
    }
  });

  describe('errors', () => {
    async function failing(template: TemplateResult) {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const error = nextError(host);
      render(template, host);
      const detail = await error;
      const chart = host.firstElementChild as ViolenceBreakdown;
      await chart.updateComplete;
      return { detail, chart };
    }

    it('malformed JSON: invalid-json, shown in an alert', async () => {
      const { detail, chart } = await failing(html`<violence-breakdown data='{"rows": [}'></violence-breakdown>`);
      expect(detail.reason).to.equal('invalid-json');
      expect(alertText(chart)).to.equal(detail.message);
      expect(marks(chart)).to.have.length(0);
      await expect(chart).to.be.accessible();
    });

    it('a 404: load-failed, naming the address', async () => {
      const { detail, chart } = await failing(html`<violence-breakdown src="/test/fixtures/missing.csv"></violence-breakdown>`);
      expect(detail.reason).to.equal('load-failed');
      expect(alertText(chart)).to.contain('/test/fixtures/missing.csv').and.contain('404');
    });

    it('an empty list: no-data', async () => {
      const { detail } = await failing(html`<violence-breakdown data="[]"></violence-breakdown>`);
      expect(detail).to.deep.equal({ reason: 'no-data', message: 'There is no data to draw.' });
    });

    it('invalid rows: invalid-data, each with its reason', async () => {
      const cases: [unknown[], string][] = [
        [[{ perpetrator: 'Police', source: 'S' }], 'row 1 has no "form"'],
        [[{ form: 'A', value: 12, n: 10, source: 'S' }], 'row 1: the count 12 is larger than "n" (10)'],
        [[{ form: 'A', value: 1, n: 2.5, source: 'S' }], 'row 1: "n" must be a whole number above 0 (2.5)'],
        [[{ form: 'A', value: 1, n: 0, source: 'S' }], 'row 1: "n" must be a whole number above 0 (0)'],
        [[{ form: 'A', value: 120, kind: 'rate', source: 'S' }], 'row 1: a rate is a percentage from 0 to 100 (120)'],
        [[{ form: 'A', value: -1, source: 'S' }], 'row 1: "value" must not be negative (-1)'],
        [[{ form: 'A', value: 'many', source: 'S' }], 'row 1: "value" is not a number ("many")'],
        [[{ form: 'A', kind: 'rate', source: 'S' }], 'row 1 has no "value"'],
        [[{ form: 'A', value: 1, kind: 'event', source: 'S' }], 'row 1: "kind" must be one of count, rate ("event")'],
        [[{ form: 'A' }], 'row 1 has no "source"'],
        [
          [
            { form: 'A', value: 60, kind: 'rate', n: 100, part_of: 'W', source: 'S' },
            { form: 'B', value: 50, kind: 'rate', n: 100, part_of: 'W', source: 'S' },
          ],
          'the shares of "W" add up to more than 100 % (110 %)',
        ],
      ];
      for (const [rows, message] of cases) {
        const el = await fixture<ViolenceBreakdown>(html`<violence-breakdown></violence-breakdown>`);
        const error = nextError(el);
        el.data = rows;
        const detail = await error;
        expect(detail).to.deep.equal({ reason: 'invalid-data', message: `The chart data has a problem: ${message}.` });
        await el.updateComplete;
        expect(alertText(el)).to.equal(detail.message);
        expect(visibleText(el)).to.not.match(/NaN|undefined/);
      }
    });

    it('errors speak the chart language', async () => {
      const { chart } = await failing(
        html`<violence-breakdown lang="kk" .data=${[{ form: 'A', value: 5, n: 4, source: 'S' }]}></violence-breakdown>`,
      );
      expect(alertText(chart)).to.contain('1-жол: 5 саны «n»-нен (4) үлкен');
    });
  });

  describe('size', () => {
    it('keeps every text apart and inside at 200 px, in both views', async () => {
      const el = await mount<ViolenceBreakdown>(html`<violence-breakdown style="width: 200px"></violence-breakdown>`);
      expect(shadow(el).querySelector('.matrix')).to.equal(null);
      expect(textOf(el, '.who li > span:not(.cell-mark)')).to.include('perpetrator not specified');
      expectNoOverlap(el);
      await expect(el).to.be.accessible();
      const rendered = nextRender(el);
      el.view = 'measured';
      await rendered;
      expectNoOverlap(el);
      await expect(el).to.be.accessible();
    });

    it('keeps every text apart at 1200 px and in Russian at 320 px', async () => {
      for (const template of [
        html`<violence-breakdown style="width: 1200px"></violence-breakdown>`,
        html`<violence-breakdown view="measured" style="width: 1200px"></violence-breakdown>`,
        html`<violence-breakdown lang="ru" style="width: 320px"></violence-breakdown>`,
        html`<violence-breakdown lang="ru" view="measured" style="width: 320px"></violence-breakdown>`,
      ]) {
        const el = await mount<ViolenceBreakdown>(template);
        expectNoOverlap(el);
      }
    });
  });

  describe('language', () => {
    it('speaks Russian and Kazakh, with numbers written their way', async () => {
      const ru = await mount<ViolenceBreakdown>(html`<violence-breakdown lang="ru" view="measured"></violence-breakdown>`);
      expect(textOf(ru, '.sample')[0]).to.equal('n = 400, женщины, которые продают секс и употребляют наркотики, Алматы и Темиртау, 2015–2017');
      expect(textOf(ru, '.label')[1]).to.equal('Клиенты: Недавнее насилие');
      expect(textOf(ru, '.row:not(.whole) .value')).to.deep.equal(['45 %', '28 %']);
      const kk = await mount<ViolenceBreakdown>(html`<violence-breakdown lang="kk"></violence-breakdown>`);
      expect(textOf(kk, '.matrix thead th')).to.deep.equal(['Полиция', 'Клиенттер', 'Кінәлі көрсетілмеген']);
      expect(textOf(kk, '[part="title"]')[0]).to.contain('секс-қызметкерлер құқықтарының бұзылуы');
    });

    it('names the fear as a fear in Russian and Kazakh, apart from the grid', async () => {
      const ru = await mount<ViolenceBreakdown>(html`<violence-breakdown lang="ru"></violence-breakdown>`);
      expect(textOf(ru, '.matrix thead th')).to.deep.equal(['Полиция', 'Клиенты', 'Виновник не указан']);
      expect(textOf(ru, '.fear-heading')).to.deep.equal(['Страх, который отмечает доклад (это не нарушение)']);
      expect(textOf(ru, '.fear-text')).to.deep.equal(['Страх, что все узнают о секс-работе или наркотиках (кого боятся: Полиция или Медики)']);
      expect(textOf(ru, '[part="summary"]')[0]).to.contain('Доклад также отмечает страх, а не нарушение: Страх, что все узнают');
      const kk = await mount<ViolenceBreakdown>(html`<violence-breakdown lang="kk"></violence-breakdown>`);
      expect(textOf(kk, '.fear-heading')).to.deep.equal(['Баяндама атаған қорқыныш (құқық бұзылуы емес)']);
      expect(textOf(kk, '.fear-text')[0]).to.match(/қорқынышы \(кімнен қорқады: Полиция не Денсаулық сақтау қызметкерлері\)$/);
      await openTable(kk);
      expect(textOf(kk, 'details tbody tr').at(-1)).to.contain('Баяндама атаған қорқыныш (құқық бұзылуы емес)');
    });

    it('gives a Russian or Kazakh reader the kit’s translation of each quote, said to be one, with the original (marked English) under it', async () => {
      for (const lang of ['ru', 'kk'] as const) {
        const el = await mount<ViolenceBreakdown>(html`<violence-breakdown lang=${lang}></violence-breakdown>`);
        const list = shadow(el).querySelector('[part="quotes"]')!;
        expect(list.previousElementSibling!.textContent!.trim(), lang).to.equal(`${t(lang, 'quoteTranslated')}:`);
        const quotes = [...list.querySelectorAll('dd:not(.original)')];
        expect(quotes, lang).to.have.length(5);
        const sources = el.data!.rows.map((row) => row.source);
        for (const quote of quotes) {
          const original = quote.nextElementSibling!.querySelector('span[lang="en"]')!;
          const source = sources.find((each) => `“${each.quote}”` === original.textContent!.trim());
          expect(source, `${lang}: ${original.textContent}`).to.not.equal(undefined);
          const translation = source!.quoteTranslation![lang]!;
          expect(translation, lang).to.match(/[а-яё]{4}/i);
          expect(quote.textContent!.trim(), lang).to.equal(`“${translation}”`);
          expect(quote.nextElementSibling!.textContent!.trim(), lang).to.equal(`${t(lang, 'quoteOriginal')}: ${original.textContent!.trim()}`);
        }
        // Heard from the keyboard, a quoted cell gives the translation and says that it is one.
        plot(el).focus();
        await el.updateComplete;
        const first = sources.find((each) => each.quote)!;
        expect(tooltip(el), lang).to.contain(`«${first.quoteTranslation![lang]}». ${t(lang, 'quoteTranslated')}`);
      }
    });
  });
});
