import { expect } from '@open-wc/testing';
import { fundingTimeline } from '../src/data/report.js';
import type { Lang } from '../src/data/types.js';
import {
  abbreviate,
  estimateWidth,
  formatDate,
  formatMoney,
  formatPeriod,
  layoutTimeline,
  parseDate,
  parseSpan,
  type TimelineInput,
  type TimelineLayout,
} from '../src/funding-timeline/layout.js';
import { localize } from '../src/internal/i18n.js';
import './helpers.js';

/** The report's entries as the element hands them to the layout. */
function reportInputs(lang: Lang = 'en'): TimelineInput[] {
  return fundingTimeline.map((figure) => {
    const span = parseSpan(figure.date!)!;
    const end = figure.end ? parseDate(figure.end)! : span.end;
    return {
      label: localize(figure.label, lang),
      kind: figure.kind === 'money' ? figure.subkind! : 'event',
      start: span.start,
      ...(end ? { end } : {}),
      ...(figure.value === undefined ? {} : { amountText: formatMoney(figure.value, figure.currency!, lang) }),
      sourceTitle: figure.source.title,
    };
  });
}

type Box = { left: number; right: number; top: number; bottom: number; text: string };

/** Every piece of text in the model as a box: 12 px text spans from 10 px above its baseline to 3 below. */
function textBoxes(model: TimelineLayout): Box[] {
  const lines = [...model.events.map((event) => event.label), ...model.amounts.flatMap((amount) => amount.lines)];
  const ticks = model.ticks.map((tick) => ({ x: tick.textX, y: model.axisY + 14, width: estimateWidth(tick.text), text: tick.text }));
  return [...lines, ...ticks].map(({ x, y, width, text }) => ({ left: x, right: x + width, top: y - 10, bottom: y + 3, text }));
}

const intersects = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('parseDate', () => {
  it('reads a year, a month and a day as the stretch of time they name', () => {
    expect(parseDate('2012')).to.deep.equal({ start: Date.UTC(2012, 0, 1), end: Date.UTC(2013, 0, 1), precision: 'year' });
    expect(parseDate('2003-12')).to.deep.equal({ start: Date.UTC(2003, 11, 1), end: Date.UTC(2004, 0, 1), precision: 'month' });
    expect(parseDate('2015-11-05')).to.deep.equal({
      start: Date.UTC(2015, 10, 5),
      end: Date.UTC(2015, 10, 6),
      precision: 'day',
    });
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

describe('formatting', () => {
  it('writes money exactly, never rounded, in each language', () => {
    expect(formatMoney(22360000, 'USD', 'en')).to.equal('US$22,360,000');
    expect(formatMoney(6201999, 'USD', 'en')).to.equal('US$6,201,999');
    expect(formatMoney(95000.5, 'USD', 'en')).to.equal('US$95,000.5');
    expect(formatMoney(7442991, 'USD', 'ru')).to.equal('7\u00a0442\u00a0991 долл. США');
    expect(formatMoney(15238497, 'USD', 'kk')).to.equal('15\u00a0238\u00a0497 АҚШ доллары');
    expect(formatMoney(1250000, 'KZT', 'en')).to.equal('1,250,000 KZT');
  });

  it('never groups a year', () => {
    for (const lang of ['en', 'ru', 'kk'] as const) expect(formatDate(parseDate('2012')!, lang)).to.equal('2012');
  });

  it('writes a date at the precision it was given, and says when an end is not stated', () => {
    expect(formatDate(parseDate('2003-12')!, 'en')).to.equal('Dec 2003');
    expect(formatDate(parseDate('2015-11-05')!, 'en')).to.contain('2015').and.contain('5');
    expect(formatDate(parseDate('2015-11-05')!, 'kk')).to.equal('05.11.2015');
    expect(formatDate(parseDate('2003-12')!, 'kk')).to.equal('12.2003');
    expect(formatPeriod(parseDate('2018')!, parseDate('2020'), false, 'en')).to.equal('2018 – 2020');
    expect(formatPeriod(parseDate('2003-12-01')!, undefined, true, 'en')).to.match(/^from .*2003, end not stated$/);
  });

  it('abbreviates with an ellipsis only what does not fit', () => {
    expect(abbreviate('Amelia NGO founded', 1000, estimateWidth)).to.equal('Amelia NGO founded');
    const short = abbreviate('Global Fund stops financing prevention for sex workers', 100, estimateWidth);
    expect(short.endsWith('…')).to.equal(true);
    expect(estimateWidth(short)).to.be.at.most(100);
  });
});

describe('layoutTimeline', () => {
  for (const width of [200, 320, 700, 1200]) {
    describe(`the report at ${width} px`, () => {
      const model = layoutTimeline(reportInputs(), width, 'en');

      it('draws the eight events as points and the seven amounts as bars, one row each', () => {
        expect(model.events).to.have.length(8);
        expect(model.amounts).to.have.length(7);
        const rows = model.amounts.map((amount) => [amount.y, amount.y + amount.height]);
        rows.slice(1).forEach(([top], i) => expect(top).to.be.greaterThan(rows[i][1]));
      });

      for (const lang of ['en', 'ru', 'kk'] as const) {
        const inLang = lang === 'en' ? model : layoutTimeline(reportInputs(lang), width, lang);

        it(`overlaps no two pieces of text and keeps every one inside the width (${lang})`, () => {
          const boxes = textBoxes(inLang);
          boxes.forEach((box, i) => {
            expect(box.left, box.text).to.be.at.least(0);
            expect(box.right, box.text).to.be.at.most(width + 0.01);
            boxes.slice(i + 1).forEach((other) => expect(intersects(box, other), `${box.text} / ${other.text}`).to.equal(false));
          });
        });

        it(`runs no leader line through another label (${lang})`, () => {
          for (const event of inLang.events.filter((e) => e.leader)) {
            for (const other of inLang.events.filter((e) => e !== event)) {
              const { x, width: w, y } = other.label;
              const leader = event.leader!;
              const throughText = leader.x > x - 1 && leader.x < x + w + 1;
              const alongside = leader.y2 < y + 3 && leader.y1 > y - 10;
              expect(throughText && alongside, `${event.label.full} through ${other.label.full}`).to.equal(false);
            }
          }
        });

        it(`starts every event label with its date and keeps its full text (${lang})`, () => {
          for (const event of inLang.events) {
            const { text, full } = event.label;
            expect(full.startsWith(text.endsWith('…') ? text.slice(0, -1) : text), full).to.equal(true);
            expect(text.split(' · ')[0], full).to.equal(full.split(' · ')[0]);
          }
        });
      }

      it('keeps the ticks on whole years, ungrouped and apart', () => {
        expect(model.ticks.length).to.be.at.least(1);
        model.ticks.forEach((tick) => expect(tick.text).to.match(/^\d{4}$/));
        model.ticks.slice(1).forEach((tick, i) => expect(tick.x - model.ticks[i].x).to.be.greaterThan(estimateWidth('2000') + 3));
      });
    });
  }

  it('places time proportionally over whole years: 2001 to the end of 2026', () => {
    const model = layoutTimeline(reportInputs(), 1200, 'en');
    const perYear = 1200 / 26;
    const decriminalised = model.events.find((e) => e.label.full.startsWith('2001 · Sex work decriminalised'))!;
    expect(decriminalised.band!.x0).to.be.closeTo(0, 0.01);
    expect(decriminalised.x).to.be.closeTo(0.5 * perYear, 0.5);
    const [request2024] = model.amounts.filter((a) => a.lines[0].full.includes('7,442,991'));
    expect(request2024.x0).to.be.closeTo(23 * perYear, 0.5);
    expect(request2024.x1).to.be.closeTo(1200, 0.01);
    const ended = model.events.find((e) => e.label.full.startsWith('2012 · Global Fund'))!;
    const ineligible = model.events.find((e) => e.label.full.startsWith('2014 · Kazakhstan'))!;
    expect(ended.x).to.be.closeTo(11.5 * perYear, 0.5);
    expect(ineligible.x - ended.x).to.be.closeTo(2 * perYear, 0.5);
    expect(ended.band!.x0).to.be.closeTo(11 * perYear, 0.5);
    expect(ended.band!.x1 - ended.band!.x0).to.be.closeTo(perYear, 0.5);
    // A month sits at its middle; at under 4 px it is too narrow to draw as a band.
    const raid = model.events.find((e) => e.label.full.startsWith('Sep 2006 · Almaty'))!;
    const midSeptember = (Date.UTC(2006, 8, 16) - Date.UTC(2001, 0, 1)) / (Date.UTC(2027, 0, 1) - Date.UTC(2001, 0, 1));
    expect(raid.x).to.be.closeTo(midSeptember * 1200, 0.01);
    expect(raid.band).to.equal(undefined);
  });

  it('draws the four events added from the sources, each with its own source', () => {
    const points = layoutTimeline(reportInputs(), 700, 'en').events.map(({ point }) => `${point.text} | ${point.source?.title}`);
    expect(points).to.include.members([
      'Sex work decriminalised, for sex workers and clients: 2001 | Amelia NGO report (November 2015), as reported by NSWP',
      'Almaty police raid: more than 400 sex workers arrested in six days: Sep 2006 | SWAN: police raid in Almaty (2006)',
      'Estimated 19,606 sex workers, 0.11% of the population: Jan 2014 | Amelia NGO report (November 2015), as reported by NSWP',
      'Law No. 110-VIII on countering human trafficking criminalises aspects of sex work: Sep 2024 | Health and Human Rights Journal, 18 October 2025',
    ]);
  });

  it('shows both dates the sources give for the end of support, each with its source', () => {
    const points = layoutTimeline(reportInputs(), 600, 'en').events.map(({ point }) => `${point.text} | ${point.source?.title}`);
    expect(points).to.include(
      'Global Fund stops financing prevention for sex workers (Amelia report): 2012 | Amelia NGO report (November 2015), as reported by NSWP',
    );
    expect(points.find((p) => p.startsWith('Kazakhstan no longer eligible'))).to.equal(
      'Kazakhstan no longer eligible for new Global Fund HIV grants (CCM): 2014 | Country Coordinating Mechanism of Kazakhstan',
    );
  });

  it('spreads its lines by the reader’s line height: a larger step, the same labels', () => {
    const usual = layoutTimeline(reportInputs(), 700, 'en');
    const spread = layoutTimeline(reportInputs(), 700, 'en', undefined, 18);
    const step = (model: typeof usual) => model.amounts.map(({ lines: [head, detail] }) => detail.y - head.y);
    expect(new Set(step(usual))).to.deep.equal(new Set([16]));
    expect(new Set(step(spread))).to.deep.equal(new Set([18]));
    expect(spread.height).to.be.greaterThan(usual.height);
    expect(spread.events.map((event) => event.label.text)).to.deep.equal(usual.events.map((event) => event.label.text));
  });

  it('draws an amount without a stated end as open, and keeps every amount whole in its text', () => {
    const model = layoutTimeline(reportInputs(), 1200, 'en');
    const total = model.amounts.find((a) => a.kind === 'awarded')!;
    expect(total.open).to.equal(true);
    expect(total.lines[0].text).to.equal('Grant awarded: US$22,360,000');
    expect(total.lines[1].text).to.contain('end not stated');
    expect(model.amounts.filter((a) => a.open)).to.have.length(1);
    expect(model.amounts.map((a) => a.kind)).to.deep.equal([
      'awarded',
      'approved',
      'disbursed',
      'allocation',
      'allocation',
      'request',
      'request',
    ]);
  });

  it('abbreviates at 200 px but keeps the full text', () => {
    const model = layoutTimeline(reportInputs(), 200, 'en');
    const cut = model.events.filter((e) => e.label.text !== e.label.full);
    expect(cut.length).to.be.greaterThan(0);
    cut.forEach((e) => expect(e.label.full.startsWith(e.label.text.slice(0, -1))).to.equal(true));
  });

  it('shares a marker between events on the same date without their labels touching its leader', () => {
    const model = layoutTimeline(reportInputs(), 1200, 'en');
    const in2012 = model.events.filter((e) => e.label.full.startsWith('2012'));
    expect(in2012).to.have.length(2);
    expect(in2012[0].x).to.equal(in2012[1].x);
    expect(in2012[0].lane).to.not.equal(in2012[1].lane);
    in2012.forEach((e) => expect(e.label.x).to.be.greaterThan(e.x));
  });

  it('keeps coordinates finite for a single event', () => {
    const model = layoutTimeline([{ label: 'Only', kind: 'event', start: parseDate('2020-02-29')!, sourceTitle: 'S' }], 300, 'en');
    expect(model.events[0].x).to.be.within(0, 300);
    expect(Number.isFinite(model.height)).to.equal(true);
  });
});

describe('event labels', () => {
  it('keep every leader of the report at 1200 px in each language, and at 700 px in English', () => {
    for (const [lang, width] of [['en', 1200], ['ru', 1200], ['kk', 1200], ['en', 700]] as const) {
      const model = layoutTimeline(reportInputs(lang), width, lang);
      const lost = model.events.filter((e) => !e.leader).map((e) => e.label.full);
      expect(lost, `${lang} at ${width} px`).to.deep.equal([]);
    }
  });

  it('stack later events under earlier ones whose labels reach over their markers', () => {
    const model = layoutTimeline(reportInputs(), 1200, 'en');
    for (const event of model.events) {
      for (const other of model.events) {
        const { x, width } = other.label;
        if (other !== event && event.x > x - 2 && event.x < x + width + 2) expect(other.lane, other.label.full).to.be.greaterThan(event.lane);
      }
    }
  });

  it('keep a label clear of the plot edges, where glyphs can draw past their advance', () => {
    for (const width of [200, 320]) {
      for (const event of layoutTimeline(reportInputs(), width, 'en').events) {
        expect(event.label.x).to.be.at.least(2);
        expect(event.label.x + event.label.width).to.be.at.most(width - 2);
      }
    }
  });

  it('cut a label short rather than lose a leader when two labels reach over each other\'s markers', () => {
    const entry = (label: string, date: string): TimelineInput => ({ label, kind: 'event', start: parseDate(date)!, sourceTitle: 'S' });
    // At 1000 px over 2003 to 2006, each label (about 800 px) fits whole beside its marker, after the
    // early one and before the late one, and each reaches over the other's marker.
    const long = 'x'.repeat(94);
    const model = layoutTimeline([entry(`Early ${long}`, '2003'), entry(`Late ${long}`, '2006')], 1000, 'en');
    expect(model.events[0].label.x).to.be.greaterThan(model.events[0].x);
    expect(model.events[1].label.x).to.be.lessThan(model.events[1].x);
    expect(model.events.every((e) => e.leader)).to.equal(true);
    const [early, late] = model.events;
    const cut = [early, late].filter((e) => e.label.text !== e.label.full);
    expect(cut).to.have.length(1);
    expect(cut[0].label.text.endsWith('…')).to.equal(true);
  });
});
