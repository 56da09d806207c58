import { expect } from '@open-wc/testing';
import { violenceMeasured, violenceNamed } from '../src/data/report.js';
import { localize } from '../src/internal/i18n.js';
import {
  computedRate,
  formatMeasure,
  layoutMatrix,
  layoutMeasured,
  quoteKey,
  summarizeMeasured,
  summarizeNamed,
  type MeasuredInput,
  type NamedInput,
} from '../src/violence-breakdown/layout.js';
import './helpers.js';

const round = (n: number) => Math.round(n * 100) / 100;

const named: NamedInput[] = violenceNamed.map((row) => ({
  form: localize(row.form, 'en'),
  ...(row.perpetrator ? { perpetrator: localize(row.perpetrator, 'en') } : {}),
  quote: row.source.quote,
}));

const measured: MeasuredInput[] = violenceMeasured.map((row) => ({
  form: localize(row.form, 'en'),
  perpetrator: localize(row.perpetrator!, 'en'),
  kind: row.kind!,
  value: row.value!,
  n: row.n,
  ...(row.population ? { population: localize(row.population, 'en') } : {}),
  place: localize(row.place!, 'en'),
  years: row.date!.replace('/', '–'),
  ...(row.part_of ? { partOf: localize(row.part_of, 'en') } : {}),
  sourceTitle: row.source.title,
  sourceLang: row.source.lang,
}));

describe('layoutMatrix', () => {
  it('puts the forms the report names against the perpetrators it names, "not specified" last', () => {
    const { columns, rows } = layoutMatrix(named, 800, 'en');
    expect(columns.map((c) => c.label)).to.deep.equal(['Police', 'Clients', 'Health officials', 'Perpetrator not specified']);
    expect(columns.map((c) => c.unspecified)).to.deep.equal([false, false, false, true]);
    expect(rows.map((r) => r.form)).to.deep.equal([
      'Violence',
      'Mandatory HIV testing',
      'Arrest',
      'Blackmail',
      'Coercion',
      'Sexual assault',
      'Extortion',
      'Intervention and raids',
      'Fines for non-existent crimes',
      'Feared public identification as a sex worker or drug user',
    ]);
    const cellsOf = (form: string) => rows.find((r) => r.form === form)!.cells.map((c) => c.column);
    expect(cellsOf('Violence')).to.deep.equal([0, 1]);
    expect(cellsOf('Extortion')).to.deep.equal([3]);
    expect(cellsOf('Arrest')).to.deep.equal([3]);
    expect(cellsOf('Intervention and raids')).to.deep.equal([0]);
    expect(cellsOf('Fines for non-existent crimes')).to.deep.equal([3]);
    expect(cellsOf('Feared public identification as a sex worker or drug user')).to.deep.equal([0, 2]);
  });

  it('letters each quote once, in the order first cited, and gives every cell its letter', () => {
    const { quotes, rows } = layoutMatrix(named, 800, 'en');
    expect(quotes.map((q) => q.key)).to.deep.equal(['A', 'B', 'C', 'D', 'E']);
    expect(quotes[0].text).to.equal('The report explores the daily violence perpetrated by the police and clients.');
    expect(rows[0].cells.map((c) => c.key)).to.deep.equal(['A', 'A']);
    expect(rows.slice(1, 7).every((r) => r.cells[0].key === 'B')).to.equal(true);
    expect(quoteKey(25)).to.equal('Z');
    expect(quoteKey(26)).to.equal('AA');
  });

  it('reads each cell out in reading order with its quote, saying when no perpetrator is named', () => {
    const { points, rows } = layoutMatrix(named, 800, 'en');
    expect(points).to.have.length(12);
    expect(rows.flatMap((r) => r.cells.map((c) => c.point))).to.deep.equal([...points.keys()]);
    expect(points[0].text).to.equal(
      'Police: Violence, named in the source: “The report explores the daily violence perpetrated by the police and clients.”',
    );
    expect(points[2].text).to.match(/^Mandatory HIV testing: perpetrator not specified: “The report shows/);
  });

  it('is a grid where four columns fit and a list on a 200 px phone', () => {
    expect(layoutMatrix(named, 600, 'en').mode).to.equal('grid');
    expect(layoutMatrix(named, 480, 'en').mode).to.equal('list');
    expect(layoutMatrix(named, 200, 'en').mode).to.equal('list');
  });

  it('gives a long heading word its room: "здравоохранения" needs a wider grid than English', () => {
    // The 15-letter word cannot break: its column widens, and the grid needs more room.
    const long = named.map((row) =>
      row.perpetrator === 'Health officials' ? { ...row, perpetrator: 'Работники здравоохранения' } : row,
    );
    expect(layoutMatrix(named, 600, 'en').mode).to.equal('grid');
    expect(layoutMatrix(long, 600, 'en').mode).to.equal('list');
    expect(layoutMatrix(long, 640, 'en').mode).to.equal('grid');
  });

  it('has no "not specified" column when every form has a perpetrator', () => {
    const { columns } = layoutMatrix([{ form: 'Raids', perpetrator: 'Police' }], 600, 'en');
    expect(columns.map((c) => c.label)).to.deep.equal(['Police']);
  });
});

describe('layoutMeasured', () => {
  it('draws each sample as its own panel, with n, who, where and when', () => {
    const { panels } = layoutMeasured(measured, 400, 'en');
    expect(panels.map((p) => p.sample)).to.deep.equal([
      'n = 400, women who sell sex and use drugs, Almaty and Temirtau, 2015–2017',
      'n = 255, Almaty, 2015–2017',
    ]);
  });

  it('draws intimate-partner and client violence as separate bars from zero, never stacked', () => {
    const [first] = layoutMeasured(measured, 400, 'en').panels;
    expect(first.items.map((i) => i.type)).to.deep.equal(['bar', 'bar']);
    const bars = first.items as { x: number; valueText: string; label: string }[];
    expect(bars.map((b) => round(b.x))).to.deep.equal([180, 112]);
    expect(bars.map((b) => b.valueText)).to.deep.equal(['45 %', '28 %']);
    expect(bars.map((b) => b.label)).to.deep.equal(['Intimate partners: Recent violence', 'Clients: Violence']);
  });

  it('draws the police-violence classes as one 100 % bar of three shares', () => {
    const [, second] = layoutMeasured(measured, 400, 'en').panels;
    expect(second.items).to.have.length(1);
    const whole = second.items[0];
    if (whole.type !== 'whole') throw new Error('expected a whole');
    expect(whole.label).to.equal('Classes of police violence: shares of one whole');
    expect(whole.segments.map((s) => [round(s.x0), round(s.x1)])).to.deep.equal([
      [0, 204],
      [204, 264],
      [264, 400],
    ]);
    expect(whole.segments.map((s) => s.pattern)).to.deep.equal([0, 1, 2]);
    expect(whole.rest).to.equal(undefined);
  });

  it('never stacks shares of two samples, even with the same whole', () => {
    const share = (n: number, value: number): MeasuredInput => ({
      form: `Share of ${n}`,
      kind: 'rate',
      value,
      n,
      partOf: 'Police contact',
      sourceTitle: 'S',
    });
    const { panels } = layoutMeasured([share(100, 60), share(50, 70)], 300, 'en');
    expect(panels).to.have.length(2);
    panels.forEach((panel) => expect(panel.items).to.have.length(1));
    const whole = panels[0].items[0];
    if (whole.type !== 'whole') throw new Error('expected a whole');
    expect(whole.rest).to.deep.equal({ x0: 180, x1: 300 });
  });

  it('gives counts a rate only when n is given; counts without n get a count panel', () => {
    const { panels } = layoutMeasured(
      [
        { form: 'Violence', perpetrator: 'Police', kind: 'count', value: 12, n: 40, sourceTitle: 'S' },
        { form: 'Arrest', perpetrator: 'Police', kind: 'count', value: 3, sourceTitle: 'S' },
      ],
      300,
      'en',
    );
    expect(panels.map((p) => p.measure)).to.deep.equal(['rate', 'count']);
    const [rate, count] = panels.map((p) => p.items[0] as { x: number; valueText: string });
    expect(rate.valueText).to.equal('12 of 40 = 30 %');
    expect(round(rate.x)).to.equal(90);
    expect(count.valueText).to.equal('3 (no rate: n not given)');
    expect(panels[1].sample).to.equal('Counts without a sample size: no rate can be computed');
  });

  it('keeps the rate ticks apart on a 200 px phone and inside the panel', () => {
    for (const width of [200, 400, 1200]) {
      const { ticks } = layoutMeasured(measured, width, 'en').panels[0];
      expect(ticks[0]).to.include({ x: 0, anchor: 'start', text: '0 %' });
      expect(ticks.at(-1)).to.include({ x: width, anchor: 'end', text: '100 %' });
      ticks.slice(1).forEach((tick, i) => expect(tick.x - ticks[i].x).to.be.at.least(64));
    }
  });

  it('reads each bar and share out with its sample and source', () => {
    const { points } = layoutMeasured(measured, 400, 'en');
    expect(points.map((point) => point.text)).to.deep.equal([
      'Intimate partners: Recent violence: 45 %; n = 400, women who sell sex and use drugs, Almaty and Temirtau, 2015–2017',
      'Clients: Violence: 28 %; n = 400, women who sell sex and use drugs, Almaty and Temirtau, 2015–2017',
      'Classes of police violence, Police: Low victimisation (little abuse): 51 %; n = 255, Almaty, 2015–2017',
      'Classes of police violence, Police: Discrimination and extortion: 15 %; n = 255, Almaty, 2015–2017',
      'Classes of police violence, Police: Poly-victimisation (several kinds of abuse): 34 %; n = 255, Almaty, 2015–2017',
    ]);
    expect(points.map(({ source }) => `${source?.title} (${source?.lang})`)).to.deep.equal(
      measured.map((row) => `${row.sourceTitle} (${row.sourceLang})`),
    );
  });
});

describe('formatMeasure', () => {
  it('shows the computation of a rate from a count and its n, exact or marked approximate', () => {
    expect(formatMeasure({ kind: 'count', value: 12, n: 40 }, 'en')).to.equal('12 of 40 = 30 %');
    expect(formatMeasure({ kind: 'count', value: 7, n: 30 }, 'en')).to.equal('7 of 30 ≈ 23.3 %');
    expect(formatMeasure({ kind: 'count', value: 12, n: 40 }, 'ru')).to.equal('12 из 40 = 30 %');
    expect(formatMeasure({ kind: 'count', value: 9, n: 40 }, 'kk')).to.equal('40 ішінен 9 = 22,5%');
    expect(formatMeasure({ kind: 'count', value: 1200, n: 4000 }, 'en')).to.equal('1,200 of 4,000 = 30 %');
  });

  it('writes a given rate as given, and a count without n as a count', () => {
    expect(formatMeasure({ kind: 'rate', value: 45 }, 'en')).to.equal('45 %');
    expect(formatMeasure({ kind: 'rate', value: 0.9 }, 'ru')).to.equal('0,9 %');
    expect(formatMeasure({ kind: 'count', value: 3 }, 'en')).to.equal('3 (no rate: n not given)');
  });

  it('computes rates exactly', () => {
    expect(computedRate(12, 40)).to.deep.equal({ rate: 30, exact: true });
    expect(computedRate(7, 30).exact).to.equal(false);
  });
});

describe('summaries', () => {
  it('names who the report ties to each form, and the forms it ties to no one', () => {
    expect(summarizeNamed(named, 'en')).to.equal(
      'Perpetrators named: Violence (Police, Clients); Intervention and raids (Police); ' +
        'Feared public identification as a sex worker or drug user (Police, Health officials). ' +
        'Perpetrator not specified: Mandatory HIV testing, Arrest, Blackmail, Coercion, Sexual assault, Extortion, Fines for non-existent crimes.',
    );
  });

  it('states each sample with its figures', () => {
    expect(summarizeMeasured(measured, 'en')).to.equal(
      'n = 400, women who sell sex and use drugs, Almaty and Temirtau, 2015–2017: ' +
        'Intimate partners: Recent violence 45 %; Clients: Violence 28 %. ' +
        'n = 255, Almaty, 2015–2017: Police: Low victimisation (little abuse) 51 %; Police: Discrimination and extortion 15 %; Police: Poly-victimisation (several kinds of abuse) 34 %.',
    );
  });
});
