import { describe, expect, it } from 'vitest';
import { violenceMeasured, violenceNamed } from '../../src/data/report.js';
import type { Lang } from '../../src/data/types.js';
import type { ChartDataError } from '../../src/internal/errors.js';
import { linearScale } from '../../src/internal/scale.js';
import { readViolence } from '../../src/violence-breakdown/read.js';
import { isReportData, reportData } from '../../src/violence-breakdown/report-data.js';
import { computedRate, formatMeasure, measuredInputs, type MeasuredInput } from '../../src/violence-breakdown/measures.js';
import { namedInputs, type NamedInput } from '../../src/violence-breakdown/shared.js';
import { layoutMeasured as layoutMeasuredWith, measuredView, summarizeMeasured } from '../../src/violence-breakdown/views/measured.js';
import { countTicks } from '../../src/violence-breakdown/views/measured-parts.js';
import { placeReport, quoteKey, reportModel, reportView, summarizeReport } from '../../src/violence-breakdown/views/report.js';

/** The report view's layout of `records` at `width`, as the view makes it from a chart's data. */
const layoutReport = (records: NamedInput[], width: number, lang: Lang) => placeReport(reportModel(records, lang), width);

const round = (n: number) => Math.round(n * 100) / 100;

/** Text 7 px a character, about the axis's 12 px digits. */
const measure = (text: string) => text.length * 7;
const layoutMeasured = (records: MeasuredInput[], width: number, lang: Lang) => layoutMeasuredWith(records, width, lang, measure);

const named: NamedInput[] = namedInputs({ rows: violenceNamed }, 'en');
const measured: MeasuredInput[] = measuredInputs({ rows: violenceMeasured }, 'en');

const FEAR = 'Fear of being publicly identified as a sex worker or drug user';

describe('layoutReport', () => {
  it('puts the forms the report names against the perpetrators it names, "not specified" last', () => {
    const { columns, rows } = layoutReport(named, 800, 'en');
    expect(columns.map((c) => c.label)).to.deep.equal(['Police', 'Clients', 'Perpetrator not specified']);
    expect(columns.map((c) => c.unspecified)).to.deep.equal([false, false, true]);
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
    ]);
    const cellsOf = (form: string) => rows.find((r) => r.form === form)!.cells.map((c) => c.column);
    expect(cellsOf('Violence')).to.deep.equal([0, 1]);
    expect(cellsOf('Extortion')).to.deep.equal([2]);
    expect(cellsOf('Arrest')).to.deep.equal([2]);
    expect(cellsOf('Intervention and raids')).to.deep.equal([0]);
    expect(cellsOf('Fines for non-existent crimes')).to.deep.equal([2]);
  });

  it('lists the recorded fear apart, naming whom sex workers fear, in no perpetrator’s column', () => {
    const { fears, rows, points, quotes } = layoutReport(named, 800, 'en');
    expect(rows.map((r) => r.form)).not.to.include(FEAR);
    expect(fears).to.deep.equal([{ text: `${FEAR} (feared: Police or Health officials)`, key: 'E', point: 10 }]);
    expect(quotes[4].text).to.match(/^sex workers fear they will be publically identified/);
    expect(points[10].text).to.equal(
      `A fear the report records, not an abuse: ${FEAR} (feared: Police or Health officials): “sex workers fear they will be publically identified by the police or health officials as sex workers or drug users”`,
    );
  });

  it('names the fear as a fear in Russian and Kazakh', () => {
    const fearOf = (lang: Lang) => layoutReport(namedInputs({ rows: violenceNamed }, lang), 800, lang).fears[0].text;
    expect(fearOf('ru')).to.equal('Страх, что все узнают о секс-работе или наркотиках (кого боятся: Полиция или Медики)');
    expect(fearOf('kk')).to.equal(
      'Секс-қызметкер немесе есірткі тұтынушы ретінде жария етілу қорқынышы (кімнен қорқады: Полиция не Денсаулық сақтау қызметкерлері)',
    );
    for (const lang of ['en', 'ru', 'kk'] as const) {
      const { columns } = layoutReport(namedInputs({ rows: violenceNamed }, lang), 800, lang);
      expect(columns).to.have.length(3);
    }
  });

  it('says in the data table that the fear is a fear, with no health officials as perpetrators', () => {
    const { columns, rows } = reportView.table(reportData(), 'en');
    expect(columns).to.deep.equal(['Form of abuse', 'Perpetrator']);
    const cells = rows.map((row) => row.cells());
    expect(cells).to.have.length(11);
    expect(cells.at(-1)).to.deep.equal([`${FEAR} (feared: Police or Health officials)`, 'A fear the report records, not an abuse']);
    expect(cells.filter(([, perpetrator]) => perpetrator === 'Health officials')).to.deep.equal([]);
    expect(reportView.table(reportData(), 'ru').rows.at(-1)!.cells()[1]).to.equal('Страх, который отмечает доклад (это не нарушение)');
    expect(reportView.table(reportData(), 'kk').rows.at(-1)!.cells()[1]).to.equal('Баяндама атаған қорқыныш (құқық бұзылуы емес)');
  });

  it('letters each quote once, in the order first cited, and gives every cell its letter', () => {
    const { quotes, rows } = layoutReport(named, 800, 'en');
    expect(quotes.map((q) => q.key)).to.deep.equal(['A', 'B', 'C', 'D', 'E']);
    expect(quotes[3].text).to.equal('Sex workers are forced to pay fines for crimes that are non-existent.');
    expect(quotes[0].text).to.equal('The report explores the daily violence perpetrated by the police and clients.');
    expect(rows[0].cells.map((c) => c.key)).to.deep.equal(['A', 'A']);
    expect(rows.slice(1, 7).every((r) => r.cells[0].key === 'B')).to.equal(true);
    expect(quoteKey(25)).to.equal('Z');
    expect(quoteKey(26)).to.equal('AA');
  });

  it('reads each cell out in reading order with its quote, saying when no perpetrator is named', () => {
    const { points, rows, fears } = layoutReport(named, 800, 'en');
    expect(points).to.have.length(11);
    expect([...rows.flatMap((r) => r.cells.map((c) => c.point)), ...fears.map((f) => f.point)]).to.deep.equal([...points.keys()]);
    expect(points[0].text).to.equal(
      'Police: Violence, named in the source: “The report explores the daily violence perpetrated by the police and clients.”',
    );
    expect(points[2].text).to.match(/^Mandatory HIV testing: perpetrator not specified: “The report shows/);
  });

  it('is a grid where three columns fit and a list on a 200 px phone', () => {
    expect(layoutReport(named, 600, 'en').mode).to.equal('grid');
    expect(layoutReport(named, 480, 'en').mode).to.equal('list');
    expect(layoutReport(named, 200, 'en').mode).to.equal('list');
  });

  it('gives a long heading word its room: "здравоохранения" needs a wider grid than "Police"', () => {
    // The 15-letter word cannot break: its column widens, and the grid needs more room.
    const long = named.map((row) => (row.perpetrator === 'Police' ? { ...row, perpetrator: 'Работники здравоохранения' } : row));
    expect(layoutReport(named, 520, 'en').mode).to.equal('grid');
    expect(layoutReport(long, 520, 'en').mode).to.equal('list');
    expect(layoutReport(long, 560, 'en').mode).to.equal('grid');
  });

  it('has no "not specified" column when every form has a perpetrator', () => {
    const { columns } = layoutReport([{ form: 'Raids', perpetrator: 'Police' }], 600, 'en');
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
    expect(bars.map((b) => b.valueText)).to.deep.equal(['45%', '28%']);
    expect(bars.map((b) => b.label)).to.deep.equal(['Intimate partners: Recent violence', 'Clients: Recent violence']);
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
    expect(rate.valueText).to.equal('12 of 40 = 30%');
    expect(round(rate.x)).to.equal(90);
    expect(count.valueText).to.equal('3 (no rate: n not given)');
    expect(panels[1].sample).to.equal('Counts without a sample size: no rate can be computed');
  });

  it('keeps the rate ticks apart on a 200 px phone and inside the panel', () => {
    for (const width of [200, 400, 1200]) {
      const { ticks } = layoutMeasured(measured, width, 'en').panels[0];
      expect(ticks[0]).to.include({ x: 0, anchor: 'start', text: '0%' });
      expect(ticks.at(-1)).to.include({ x: width, anchor: 'end', text: '100%' });
      ticks.slice(1).forEach((tick, i) => expect(tick.x - ticks[i].x).to.be.at.least(64));
    }
  });

  it('keeps count labels apart and inside the axis at 1e20 and 3.7e24 (issue 13)', () => {
    for (const reach of [1e20, 3.7e24]) {
      for (const width of [320, 600]) {
        const ticks = countTicks(linearScale([0, reach], [0, width]), width, 'en', measure);
        expect(ticks.length).to.be.at.least(1);
        const boxes = ticks.map(({ x, text, anchor }) => {
          const w = measure(text);
          const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
          return { left, right: left + w };
        });
        for (const [i, box] of boxes.entries()) {
          expect(box.left).to.be.at.least(0);
          expect(box.right).to.be.at.most(width);
          if (i) expect(box.left).to.be.at.least(boxes[i - 1].right);
        }
      }
    }
    // The measured view's count panel uses them.
    const large = layoutMeasured([{ form: 'Largest', kind: 'count', value: 1e20, sourceTitle: 'S' }], 320, 'en');
    expect(large.panels[0].ticks.map((tick) => tick.text)).to.deep.equal(
      countTicks(linearScale([0, 1e20], [0, 320]), 320, 'en', measure).map((tick) => tick.text),
    );
  });

  it('reads each bar and share out with its sample and source', () => {
    const { points } = layoutMeasured(measured, 400, 'en');
    expect(points.map((point) => point.text)).to.deep.equal([
      'Intimate partners: Recent violence: 45%; n = 400, women who sell sex and use drugs, Almaty and Temirtau, 2015–2017',
      'Clients: Recent violence: 28%; n = 400, women who sell sex and use drugs, Almaty and Temirtau, 2015–2017',
      'Classes of police violence, Police: Low victimisation (little abuse): 51%; n = 255, Almaty, 2015–2017',
      'Classes of police violence, Police: Discrimination and extortion: 15%; n = 255, Almaty, 2015–2017',
      'Classes of police violence, Police: Poly-victimisation (several kinds of abuse): 34%; n = 255, Almaty, 2015–2017',
    ]);
    expect(points.map(({ source }) => `${source?.title} (${source?.lang})`)).to.deep.equal(
      measured.map((row) => `${row.sourceTitle} (${row.sourceLang})`),
    );
  });
});

describe('formatMeasure', () => {
  it('shows the computation of a rate from a count and its n, exact or marked approximate', () => {
    expect(formatMeasure({ kind: 'count', value: 12, n: 40 }, 'en')).to.equal('12 of 40 = 30%');
    expect(formatMeasure({ kind: 'count', value: 7, n: 30 }, 'en')).to.equal('7 of 30 ≈ 23.3%');
    expect(formatMeasure({ kind: 'count', value: 12, n: 40 }, 'ru')).to.equal('12 из 40 = 30\u00a0%');
    expect(formatMeasure({ kind: 'count', value: 9, n: 40 }, 'kk')).to.equal('40 ішінен 9 = 22,5%');
    expect(formatMeasure({ kind: 'count', value: 1200, n: 4000 }, 'en')).to.equal('1,200 of 4,000 = 30%');
  });

  it('writes a given rate as given, and a count without n as a count', () => {
    expect(formatMeasure({ kind: 'rate', value: 45 }, 'en')).to.equal('45%');
    expect(formatMeasure({ kind: 'rate', value: 0.9 }, 'ru')).to.equal('0,9\u00a0%');
    expect(formatMeasure({ kind: 'count', value: 3 }, 'en')).to.equal('3 (no rate: n not given)');
  });

  it('computes rates exactly', () => {
    expect(computedRate(12, 40)).to.deep.equal({ rate: 30, exact: true });
    expect(computedRate(7, 30).exact).to.equal(false);
  });
});

describe('summaries', () => {
  it('names who the report ties to each form, the forms it ties to no one, and the fear apart', () => {
    expect(summarizeReport(reportModel(named, 'en'), 'en')).to.equal(
      'Perpetrators named: Violence (Police and Clients); Intervention and raids (Police). ' +
        'Perpetrator not specified: Mandatory HIV testing, Arrest, Blackmail, Coercion, Sexual assault, Extortion, and Fines for non-existent crimes. ' +
        `The report also records a fear, not an abuse: ${FEAR} (feared: Police or Health officials).`,
    );
  });

  it('writes the summary’s lists as each language does, and names the fear as a fear', () => {
    const ru = summarizeReport(reportModel(namedInputs({ rows: violenceNamed }, 'ru'), 'ru'), 'ru');
    expect(ru).to.match(/^Источник называет виновных: Насилие \(Полиция и Клиенты\); /);
    expect(ru).to.contain('Вымогательство и Штрафы за преступления, которых нет.');
    expect(ru).to.match(/Доклад также отмечает страх, а не нарушение: Страх, что все узнают о секс-работе или наркотиках \(кого боятся: Полиция или Медики\)\.$/);
    const kk = summarizeReport(reportModel(namedInputs({ rows: violenceNamed }, 'kk'), 'kk'), 'kk');
    expect(kk).to.match(/^Аталған кінәлілер: Зорлық-зомбылық \(Полиция және Клиенттер\); /);
    expect(kk).to.match(/Баяндама құқық бұзылуын ғана емес, бір қорқынышты да атайды: .*қорқынышы \(кімнен қорқады: Полиция не Денсаулық сақтау қызметкерлері\)\.$/);
  });

  it('states each sample with its figures', () => {
    expect(summarizeMeasured(measured, 'en')).to.equal(
      'n = 400, women who sell sex and use drugs, Almaty and Temirtau, 2015–2017: ' +
        'Intimate partners: Recent violence 45%; Clients: Recent violence 28%. ' +
        'n = 255, Almaty, 2015–2017: Police: Low victimisation (little abuse) 51%; Police: Discrimination and extortion 15%; Police: Poly-victimisation (several kinds of abuse) 34%.',
    );
  });

  it('past eleven samples, names ten and says how many more are in the data download', () => {
    const samples = Array.from({ length: 14 }, (_, i): MeasuredInput => ({ form: 'Raids', kind: 'rate', value: 10, n: 100 + i, sourceTitle: 'S' }));
    const summary = summarizeMeasured(samples, 'en');
    expect(summary.match(/n = \d+/g)).to.have.length(10);
    expect(summary).to.match(/n = 109: Perpetrator not specified: Raids 10%\. 4 more samples are in the data download \(CSV\)\.$/);
    expect(summarizeMeasured(samples, 'ru')).to.match(/ Ещё выборок в скачиваемых данных \(CSV\): 4\.$/);
    expect(summarizeMeasured(samples, 'kk')).to.match(/ Жүктелетін деректерде \(CSV\) тағы 4 іріктеме бар\.$/);
  });
});

describe('readViolence', () => {
  it('reads only the fields a row holds: a page that pollutes Object.prototype adds no value and blames no one', () => {
    const polluted = ['value', 'kind', 'perpetrator', 'title', 'record', 'feared'];
    // The test runner reads `value` of its own objects too: look at the results once the page is clean.
    let read: unknown;
    for (const key of polluted) Object.defineProperty(Object.prototype, key, { value: 'from the page', configurable: true });
    try {
      const data = readViolence([{ form: 'Raids', source: 'S' }]);
      read = { keys: Object.keys(data), cells: reportView.table(data, 'en').rows[0].cells(), point: reportView.layout(data, 600, 'en', measure).points[0].text };
    } catch (error) {
      read = error;
    } finally {
      for (const key of polluted) delete (Object.prototype as Record<string, unknown>)[key];
    }
    expect(read).toEqual({ keys: ['rows'], cells: ['Raids', 'perpetrator not specified'], point: 'Raids: perpetrator not specified' });
  });

  it('knows the report’s records by their content, not by the array that holds them', () => {
    expect(isReportData(reportData())).toBe(true);
    expect(isReportData(readViolence(reportData()))).toBe(true);
    const [first, ...rest] = reportData().rows;
    expect(isReportData(readViolence([{ ...first, perpetrator: 'Someone else' }, ...rest]))).toBe(false);
    expect(isReportData(readViolence(rest))).toBe(false);
    // The fear read back is still a fear: as an abuse it would be the report's no longer.
    const asAbuse = reportData().rows.map((row) => (row.record === 'fear' ? { form: row.form, source: row.source } : row));
    expect(isReportData(readViolence(asAbuse))).toBe(false);
  });

  it('reads a fear back as a fear: the data read from a chart, set again, keeps it out of the grid', () => {
    const { record, form, feared } = readViolence(reportData()).rows.find((row) => row.record === 'fear')!;
    const original = violenceNamed.find((row) => row.record === 'fear')!;
    expect({ record, form, feared }).toEqual({ record: 'fear', form: original.form, feared: original.feared });
    expect(readViolence([{ form: 'Fear of raids', record: 'fear', feared: 'Police', source: 'S' }]).rows[0]).toEqual({
      record: 'fear',
      form: 'Fear of raids',
      feared: ['Police'],
      source: { title: 'S' },
    });
  });

  it('refuses a fear that blames someone or is measured, or names no one feared', () => {
    const problem = (row: object) => {
      try {
        readViolence([{ form: 'Fear', source: 'S', ...row }]);
        return 'read';
      } catch (error) {
        const { detailKey, params } = error as ChartDataError;
        return [detailKey, params];
      }
    };
    expect(problem({ record: 'fear', feared: ['Police'], perpetrator: 'Police' })).toEqual(['violenceFearFields', { row: 1 }]);
    expect(problem({ record: 'fear', feared: ['Police'], value: 3 })).toEqual(['violenceFearFields', { row: 1 }]);
    expect(problem({ record: 'fear', feared: [' ', {}] })).toEqual(['missingField', { row: 1, field: 'feared' }]);
    expect(problem({ record: 'rumour', feared: ['Police'] })).toEqual(['notOneOf', { row: 1, field: 'record', allowed: 'abuse, fear', value: '"rumour"' }]);
    expect(problem({ record: 'abuse', perpetrator: 'Police' })).toBe('read');
  });
});

const manyForms = (count: number): NamedInput[] =>
  Array.from({ length: count }, (_, i) => ({ form: `Form ${i}`, ...(i % 3 ? { perpetrator: i % 3 === 1 ? 'Police' : 'Clients' } : {}) }));

const manyFigures = (count: number): MeasuredInput[] =>
  Array.from({ length: count }, (_, i) =>
    i % 4 === 3
      ? { form: `Count ${i}`, kind: 'count', value: i, sourceTitle: 'S' }
      : { form: `Rate ${i}`, kind: 'rate', value: i % 100, n: 100 + (i % 7), sourceTitle: 'S' },
  );

describe('many rows, drawn compactly', () => {
  it('keeps the report view a grid or list up to 40 forms, and compact past them', () => {
    expect(layoutReport(manyForms(40), 800, 'en').mode).not.toBe('compact');
    expect(layoutReport(manyForms(41), 800, 'en').mode).toBe('compact');
    expect(layoutReport(named, 800, 'en').compact).toBe(undefined);
  });

  it('draws 10,000 forms as two paths within 480 px, every cell a point the pointer can find', () => {
    const model = layoutReport(manyForms(10_000), 600, 'en');
    const compact = model.compact!;
    expect(model.points).toHaveLength(10_000);
    expect(compact.height).toBeLessThanOrEqual(480);
    expect(compact.named.match(/M/g)).toHaveLength(6_666);
    expect(compact.unspecified.match(/M/g)).toHaveLength(3_334);
    expect(compact.spots[9_999]).toEqual({ row: 9_999, column: 2 });
    const { columnWidth, rowHeight } = compact;
    // Row 9,999 is "Form 9999", tied to no one: the last column.
    expect(reportView.pointAt!(model, 0, 2.5 * columnWidth, 9_999.5 * rowHeight)).toBe(9_999);
    expect(reportView.pointAt!(model, 0, 0.5 * columnWidth, 9_999.5 * rowHeight)).toBe(-1);
    expect(reportView.pointAt!(model, 0, 0.5 * columnWidth, 1.5 * rowHeight)).toBe(1);
  });

  it('draws 10,000 figures as stripes within 480 px, rates and counts on their own scales', () => {
    const model = layoutMeasured(manyFigures(10_000), 600, 'en');
    expect(model.panels).toEqual([]);
    const [rates, counts] = model.compact!;
    expect([rates.measure, counts.measure]).toEqual(['rate', 'count']);
    expect(rates.height + counts.height).toBeLessThanOrEqual(481);
    expect(rates.spans).toHaveLength(7_500);
    expect(counts.first).toBe(7_500);
    expect(model.points).toHaveLength(10_000);
    expect(model.points.at(-1)!.text).toBe('Perpetrator not specified: Count 9999: 9,999 (no rate: n not given); n not stated');
    expect(counts.spans.at(-1)!.x1).toBeLessThanOrEqual(600);
    expect(measuredView.pointAt!(model, 1, 0, counts.height - 0.01)).toBe(9_999);
    expect(measuredView.pointAt!(model, 0, 0, 0)).toBe(0);
  });

  it('stacks the shares of one whole across their rows, never across samples', () => {
    const share = (n: number, value: number, form: string): MeasuredInput => ({ form, kind: 'rate', value, n, partOf: 'W', sourceTitle: 'S' });
    const records = [...manyFigures(40), share(10, 60, 'A'), share(10, 40, 'B'), share(20, 30, 'C')];
    const [rates] = layoutMeasured(records, 100, 'en').compact!;
    expect(rates.spans.slice(-3).map(({ x0, x1 }) => [Math.round(x0), Math.round(x1)])).toEqual([
      [0, 60],
      [60, 100],
      [0, 30],
    ]);
  });

  it('names ten items in a summary, then how many more', () => {
    const summary = summarizeReport(reportModel(manyForms(10_000), 'en'), 'en');
    expect(summary).toMatch(/Form 14 \(Clients\); and 6,656 more\. Perpetrator not specified: Form 0, .*Form 27, and 3,324 more\.$/);
    const measured = summarizeMeasured(manyFigures(10_000), 'en');
    expect(measured).toMatch(/; and 1,061 more\.$/);
    expect(measured.length).toBeLessThan(5_000);
  });
});
