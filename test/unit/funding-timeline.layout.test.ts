import { describe, expect, it } from 'vitest';
import { fundingTimeline } from '../../src/data/report.js';
import type { Lang } from '../../src/data/types.js';
import type { CompactLayout } from '../../src/funding-timeline/compact.js';
import { placeEventLabels } from '../../src/funding-timeline/event-labels.js';
import { estimateWidth, wrap } from '../../src/funding-timeline/fit.js';
import { formatDate, formatPeriod, parseDate, parseSpan, periodOf } from '../../src/funding-timeline/format.js';
import { COMPACT_ENTRIES, PHONE_WIDTH, layoutTimeline, type WideLayout } from '../../src/funding-timeline/layout.js';
import type { ListLayout } from '../../src/funding-timeline/list.js';
import { parse, type TimelineData, type TimelineEntry } from '../../src/funding-timeline/read.js';
import { reportEntries } from '../../src/funding-timeline/report-data.js';
import { inDateOrder } from '../../src/funding-timeline/timed.js';

/** The report's entries, as the element draws them. */
const report = { entries: reportEntries() };
const LANGS: readonly Lang[] = ['en', 'ru', 'kk'];

const wide = (data: TimelineData, width: number, lang: Lang = 'en', step?: number) =>
  layoutTimeline(data, width, lang, estimateWidth, step) as WideLayout;
const list = (data: TimelineData, width: number, lang: Lang = 'en') => layoutTimeline(data, width, lang) as ListLayout;

/** What the point of a mark says, and its source. */
const says = (model: WideLayout, mark: { point: number }) => model.points[mark.point];
const fullLabel = (event: WideLayout['events'][number]) => event.lines.map((line) => line.text.replace(/\s+/g, ' ')).join(' ');
const headOf = (amount: WideLayout['amounts'][number]) => amount.head.map((line) => line.text).join(' ');
const detailOf = (amount: WideLayout['amounts'][number]) => amount.detail.map((line) => line.text).join(' ');

type Box = { left: number; right: number; top: number; bottom: number; text: string };

/** Every line of text in the model as a box: 12 px text spans from 10 px above its baseline to 3 below. */
function textBoxes(model: WideLayout): Box[] {
  const lines = [...model.events.flatMap((event) => event.lines), ...model.amounts.flatMap((amount) => [...amount.head, ...amount.detail])];
  const ticks = model.ticks.map((tick) => ({ x: tick.textX, y: model.axisY + 14, width: estimateWidth(tick.text), text: tick.text }));
  return [...lines, ...ticks].map(({ x, y, width, text }) => ({ left: x, right: x + width, top: y - 10, bottom: y + 3, text }));
}

const intersects = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe("the report's entries", () => {
  // The element draws the report's entries without its reader, which a page's data loads: they must
  // be what the reader makes of the report's figures, texts in the languages the page has.
  it('are what the reader reads from the report\'s figures, field by field', () => {
    const plain = (value: unknown) => JSON.parse(JSON.stringify(value));
    const read = parse(fundingTimeline).entries;
    expect(report.entries).toHaveLength(fundingTimeline.length);
    expect(plain(report.entries)).toStrictEqual(plain(read));
    expect(report.entries.map(periodOf)).toStrictEqual(read.map(periodOf));
  });
});

describe('parseDate', () => {
  it('reads a year, a month and a day as the stretch of time they name', () => {
    expect(parseDate('2012')).to.include({ start: Date.UTC(2012, 0, 1), end: Date.UTC(2013, 0, 1), precision: 'year' });
    expect(parseDate('2003-12')).to.include({ start: Date.UTC(2003, 11, 1), end: Date.UTC(2004, 0, 1), precision: 'month' });
    expect(parseDate('2015-11-05')).to.include({ start: Date.UTC(2015, 10, 5), end: Date.UTC(2015, 10, 6), precision: 'day' });
  });

  it('refuses what is not a real date', () => {
    for (const text of ['2015-13', '2015-02-30', '2015-00', '12-2015', '15', '2015-1-5', 'soon', '']) {
      expect(parseDate(text), text).to.equal(undefined);
    }
  });
});

describe('parseSpan', () => {
  it('reads a span start/end, each side in any date form', () => {
    const span = parseSpan('2018/2020')!;
    expect(span.start.start).to.equal(Date.UTC(2018, 0, 1));
    expect(span.end!.end).to.equal(Date.UTC(2021, 0, 1));
    expect(parseSpan('2003-12-01/2005')!.end!.precision).to.equal('year');
    expect(parseSpan('2012')!.end).to.equal(undefined);
  });

  it('refuses a span with a missing or broken side', () => {
    for (const text of ['2018/', '/2020', '2018/20', '2018/2019/2020']) expect(parseSpan(text), text).to.equal(undefined);
  });
});

describe('periods as precise as their source', () => {
  const phase1 = report.entries.find((entry) => entry.kind === 'approved')!;

  it('ends phase 1 at mid-2005, drawn to the 1st of July, not the end of 2005', () => {
    expect(periodOf(phase1).end).to.include({ start: Date.UTC(2005, 6, 1), end: Date.UTC(2005, 6, 1), part: 'mid' });
    const { start, end } = periodOf(phase1);
    expect(formatPeriod(start, end, false, 'en')).to.equal('Dec 1, 2003 – mid-2005');
    const model = wide(report, 1200);
    const bar = model.amounts.find((amount) => amount.kind === 'approved')!;
    const x = (time: number) => ((time - Date.UTC(2001, 0, 1)) / (Date.UTC(2027, 0, 1) - Date.UTC(2001, 0, 1))) * 1200;
    expect(bar.x1).to.be.closeTo(x(Date.UTC(2005, 6, 1)), 0.01);
  });

  it('keeps a quarter a quarter: Q1 2021 is January to March', () => {
    const q1 = parse([{ label: 'Estimate', date: '2021', datePart: 'Q1', source: 'S' }]).entries[0];
    expect(periodOf(q1).start).to.include({ start: Date.UTC(2021, 0, 1), end: Date.UTC(2021, 3, 1) });
    for (const lang of LANGS) expect(formatDate(periodOf(q1).start, lang)).to.match(/1/).and.match(/2021/);
    expect(formatDate(periodOf(q1).start, 'en')).to.equal('Q1 2021');
  });

  it('refuses a part of a year on a date that is not a year, or that is no part', () => {
    expect(() => parse([{ label: 'A', date: '2021-02', datePart: 'Q1', source: 'S' }])).to.throw();
    expect(() => parse([{ label: 'A', date: '2021', datePart: 'spring', source: 'S' }])).to.throw();
    expect(() => parse([{ label: 'A', kind: 'request', value: 1, currency: 'USD', date: '2021', notation: 'short', source: 'S' }])).to.throw();
  });

  it('writes the 2018 allocation compactly, as its source does, and every other amount exactly', () => {
    const heads = wide(report, 1200).amounts.map(headOf);
    expect(heads).to.deep.equal([
      'Grant total: 22,360,000 US dollars',
      'Approved: 6,502,000 US dollars',
      'Disbursed: 6,201,999 US dollars',
      'Allocation: 4.5 million US dollars',
      'Allocation: 15,238,497 US dollars',
      'Funding request: 7,197,500 US dollars',
      'Funding request: 7,442,991 US dollars',
    ]);
  });
});

describe('wrap', () => {
  it('breaks at spaces, keeps every character, and breaks inside a word only when it must', () => {
    const text = 'Kazakhstan no longer eligible for new Global Fund HIV grants (CCM)';
    const lines = wrap(text, 150, estimateWidth);
    expect(lines.length).to.be.greaterThan(1);
    expect(lines.join(' ')).to.equal(text);
    lines.forEach((line) => expect(estimateWidth(line)).to.be.at.most(150));
    expect(wrap('x'.repeat(50), 100, estimateWidth).join('')).to.equal('x'.repeat(50));
    expect(wrap('22\u00a0360\u00a0000 US dollars', 80, estimateWidth)[0]).to.equal('22\u00a0360\u00a0000');
  });
});

describe('layoutTimeline, across the width', () => {
  for (const width of [PHONE_WIDTH, 700, 1200]) {
    for (const lang of LANGS) {
      describe(`the report at ${width} px (${lang})`, () => {
        const model = wide(report, width, lang);

        it('draws the eight events as points and the seven amounts as bars, one row each', () => {
          expect(model.view).to.equal('wide');
          expect(model.events).to.have.length(8);
          expect(model.amounts).to.have.length(7);
          const rows = model.amounts.map((amount) => [amount.y, amount.y + amount.height]);
          rows.slice(1).forEach(([top], i) => expect(top).to.be.greaterThan(rows[i][1]));
        });

        it('overlaps no two lines of text, keeps each inside the width, and cuts none short', () => {
          const boxes = textBoxes(model);
          boxes.forEach((box, i) => {
            expect(box.text, box.text).to.not.contain('…');
            expect(box.left, box.text).to.be.at.least(0);
            expect(box.right, box.text).to.be.at.most(width + 0.01);
            boxes.slice(i + 1).forEach((other) => expect(intersects(box, other), `${box.text} / ${other.text}`).to.equal(false));
          });
          const labels = model.events.map(fullLabel);
          for (const event of report.entries.filter((entry) => entry.kind === 'event')) {
            const label = typeof event.label === 'string' ? event.label : event.label[lang]!;
            expect(labels.some((text) => text.endsWith(label)), label).to.equal(true);
          }
        });

        it('starts every label at its marker, or ends it there, and runs no leader through another label', () => {
          for (const event of model.events) {
            for (const line of event.lines) {
              const gap = line.x > event.x ? line.x - event.x : event.x - (line.x + line.width);
              expect(gap, fullLabel(event)).to.be.closeTo(4, 0.01);
            }
            for (const other of model.events.filter((e) => e !== event)) {
              for (const { x, width: w, y } of other.lines) {
                const through = event.leader.x > x - 1 && event.leader.x < x + w + 1 && event.leader.y2 < y + 3 && event.leader.y1 > y - 10;
                expect(through, `${fullLabel(event)} through ${fullLabel(other)}`).to.equal(false);
              }
            }
          }
        });
      });
    }
  }

  it('places time proportionally over whole years: 2001 to the end of 2026', () => {
    const model = wide(report, 1200);
    const perYear = 1200 / 26;
    const event = (start: string) => model.events.find((e) => fullLabel(e).startsWith(start))!;
    expect(event('2001 · Sex work').band!.x0).to.be.closeTo(0, 0.01);
    expect(event('2001 · Sex work').x).to.be.closeTo(0.5 * perYear, 0.5);
    const request2024 = model.amounts.find((a) => headOf(a).includes('7,442,991'))!;
    expect(request2024.x0).to.be.closeTo(23 * perYear, 0.5);
    expect(request2024.x1).to.be.closeTo(1200, 0.01);
    expect(event('2012 · Global Fund').x).to.be.closeTo(11.5 * perYear, 0.5);
    expect(event('2014 · Kazakhstan').x - event('2012 · Global Fund').x).to.be.closeTo(2 * perYear, 0.5);
    const raid = event('Sep 2006 · Almaty');
    const midSeptember = (Date.UTC(2006, 8, 16) - Date.UTC(2001, 0, 1)) / (Date.UTC(2027, 0, 1) - Date.UTC(2001, 0, 1));
    expect(raid.x).to.be.closeTo(midSeptember * 1200, 0.01);
    expect(raid.band).to.equal(undefined);
  });

  it('puts the 2014 CCM label right after its own marker (it used to sit far from it)', () => {
    for (const lang of LANGS) {
      const model = wide(report, 1200, lang);
      const ccm = model.events.find((e) => says(model, e).source?.title === 'Country Coordinating Mechanism of Kazakhstan')!;
      expect(ccm.lines[0].x - ccm.x, lang).to.be.closeTo(4, 0.01);
    }
  });

  it('shows both dates the sources give for the end of support, each with its source', () => {
    const model = wide(report, 600);
    const points = model.events.map((event) => `${says(model, event).text} | ${says(model, event).source?.title}`);
    expect(points).to.include.members([
      'Global Fund stops financing prevention for sex workers (Amelia report): 2012 | Amelia NGO report (November 2015), as reported by NSWP',
      'Kazakhstan no longer eligible for new Global Fund HIV grants (CCM): 2014 | Country Coordinating Mechanism of Kazakhstan',
    ]);
  });

  it('spreads its lines by the reader’s line height: a larger step, the same words', () => {
    const usual = wide(report, 700);
    const spread = wide(report, 700, 'en', 18);
    const step = (model: WideLayout) => model.amounts.map(({ head, detail }) => detail[0].y - head[head.length - 1].y);
    expect(new Set(step(usual))).to.deep.equal(new Set([16]));
    expect(new Set(step(spread))).to.deep.equal(new Set([18]));
    expect(spread.height).to.be.greaterThan(usual.height);
    expect(spread.events.map(fullLabel)).to.deep.equal(usual.events.map(fullLabel));
  });

  it('draws an amount without a stated end as open', () => {
    const model = wide(report, 1200);
    const total = model.amounts.find((a) => a.kind === 'awarded')!;
    expect(total.open).to.equal(true);
    expect(detailOf(total)).to.contain('end not stated');
    expect(model.amounts.filter((a) => a.open)).to.have.length(1);
  });

  it('numbers its marks as the keyboard walks them: events, then amounts', () => {
    const model = wide(report, 700);
    expect([...model.events, ...model.amounts].map((mark) => mark.point)).to.deep.equal(model.points.map((_, i) => i));
    model.events.forEach((event) => expect(says(model, event)).to.include({ x: event.x, y: event.y - 6 }));
    model.amounts.forEach((amount) => expect(says(model, amount)).to.include({ x: (amount.x0 + amount.x1) / 2, y: amount.y }));
  });
});

describe('placeEventLabels', () => {
  it('ends a label at its marker near the right edge, on a top row, and wraps the labels it would cross', () => {
    const blocks = placeEventLabels(
      [
        { at: 100, full: 'x'.repeat(120) },
        { at: 950, full: 'Late event' },
      ],
      1000,
      estimateWidth,
    );
    expect(blocks[1]).to.include({ after: false, row: 0 });
    expect(blocks[0]).to.include({ after: true, row: 1 });
    blocks[0].lines.forEach((line) => expect(line.x + line.width).to.be.at.most(950 - 8));
    expect(blocks[0].lines.map((line) => line.text).join('')).to.equal('x'.repeat(120));
  });
});

describe('layoutTimeline, down the page', () => {
  for (const lang of LANGS) {
    it(`reads in date order below ${PHONE_WIDTH} px, every entry whole, with its kind, amount and source (${lang})`, () => {
      const model = list(report, PHONE_WIDTH - 1, lang);
      expect(model.view).to.equal('list');
      expect(model.items).to.have.length(15);
      // The items are the entries in date order, one each.
      const entries = inDateOrder(report).map(({ entry }) => entry);
      const starts = entries.map((entry) => periodOf(entry).start.start);
      starts.slice(1).forEach((start, i) => expect(start).to.be.at.least(starts[i]));
      expect(model.items.map((item) => item.point)).to.deep.equal(model.points.map((_, i) => i));
      for (const [i, item] of model.items.entries()) {
        const entry = entries[i];
        expect(item.label).to.equal(typeof entry.label === 'string' ? entry.label : entry.label[lang]);
        expect(item.source.title).to.equal(entry.source.title);
      }
    });
  }

  it('keeps the 2012 and 2014 ends of support as two events, each with its source', () => {
    const model = list(report, 320);
    const ended = model.items.find((item) => item.label.startsWith('Global Fund stops'))!;
    const ineligible = model.items.find((item) => item.label.startsWith('Kazakhstan no longer'))!;
    expect([ended.period, ended.what, ended.source.title]).to.deep.equal(['2012', 'Event', 'Amelia NGO report (November 2015), as reported by NSWP']);
    expect([ineligible.period, ineligible.source.title]).to.deep.equal(['2014', 'Country Coordinating Mechanism of Kazakhstan']);
    const total = model.items.find((item) => item.kind === 'awarded')!;
    expect(total).to.include({ what: 'Grant total: 22,360,000 US dollars', open: true });
  });
});

describe('layoutTimeline, compact', () => {
  const many = (count: number): TimelineData => ({
    entries: Array.from({ length: count }, (_, i): TimelineEntry =>
      i % 2
        ? { label: `Grant ${i}`, kind: 'awarded', date: `${2000 + (i % 25)}`, end: `${2001 + (i % 25)}`, value: i, currency: 'USD', source: { title: 'S' } }
        : { label: `Event ${i}`, kind: 'event', date: `${2000 + (i % 25)}-05`, source: { title: 'S' } },
    ),
  });

  it(`draws past ${COMPACT_ENTRIES} entries as thin rows, at any width`, () => {
    expect(layoutTimeline(many(COMPACT_ENTRIES), 1200, 'en').view).to.equal('wide');
    expect(layoutTimeline(many(COMPACT_ENTRIES + 1), 1200, 'en').view).to.equal('compact');
    expect(layoutTimeline(many(COMPACT_ENTRIES + 1), 320, 'en').view).to.equal('compact');
  });

  it('keeps 10,000 rows in a bounded height and a few paths, each row on the keyboard in date order', () => {
    const model = layoutTimeline(many(10_000), 480, 'en') as CompactLayout;
    expect(model.height).to.be.at.most(480);
    expect(model.bars.length + 2).to.be.at.most(7);
    expect(model.points).to.have.length(10_000);
    expect(model.rows).to.have.length(10_000);
    const ys = model.rows.map((row) => row.y);
    ys.slice(1).forEach((y, i) => expect(y).to.be.at.least(ys[i]));
    expect(model.points[9_999].text).to.match(/^(Grant total: [\d,]+ US dollars, \d{4}–\d{4}, Grant|Event) \d+/);
  });
});
