import { describe, expect, it } from 'vitest';
import { formatEstimate, layoutEstimates as layout, summarizeEstimates as summary, type LayoutEstimate } from '../../src/hiv-estimate-gap/layout.js';
import type { Lang } from '../../src/data/types.js';
// The stripes of many estimates come with the reading code (read.ts): loaded here as it would be.
import '../../src/hiv-estimate-gap/compact.js';

/** Tick labels at 12 px: a digit, a space or a sign is about 7 px wide. */
const measure = (text: string) => text.length * 7;
/** The estimates with their values written, as the element gives them (once per data and language). */
const written = (estimates: Omit<LayoutEstimate, 'valueText'>[], lang: Lang): LayoutEstimate[] =>
  estimates.map((estimate) => ({ ...estimate, valueText: formatEstimate(estimate.value, estimate.kind, lang) }));
const layoutEstimates = (estimates: Omit<LayoutEstimate, 'valueText'>[], width: number, lang: Lang) =>
  layout(written(estimates, lang), width, lang, measure);
const summarizeEstimates = (estimates: Omit<LayoutEstimate, 'valueText'>[], lang: Lang) => summary(written(estimates, lang), lang);

const report = [
  { label: 'Official estimate', value: 28, kind: 'count' as const },
  { label: 'Public data', value: 100, kind: 'lower-bound' as const },
];
const round = (n: number) => Math.round(n * 100) / 100;

describe('layoutEstimates', () => {
  it('puts a count and a lower bound on one zero-based scale', () => {
    const { panels } = layoutEstimates(report, 400, 'en');
    expect(panels.map((p) => p.measure)).to.deep.equal(['count']);
    const [official, bound] = panels[0].rows;
    // 100 * 1.35 = 135, niced to 140: 28 -> 80 px, 100 -> 285.71 px of 400.
    expect(round(official.x)).to.equal(80);
    expect(round(bound.x)).to.equal(285.71);
    expect(official.tail).to.equal(undefined);
  });

  it('carries a lower bound on, open, to the edge of the panel', () => {
    const { panels } = layoutEstimates(report, 400, 'en');
    const bound = panels[0].rows[1];
    expect(bound.tail).to.deep.equal({ x0: bound.x, x1: 400 });
    expect(bound.valueText).to.equal('more than 100');
  });

  it('never puts counts and rates on one axis', () => {
    const { panels } = layoutEstimates(
      [
        { label: 'Women who sell sex', value: 20300, kind: 'count' },
        { label: 'HIV prevalence', value: 1.3, kind: 'rate' },
      ],
      300,
      'en',
    );
    expect(panels.map((p) => p.measure)).to.deep.equal(['count', 'rate']);
    expect(panels[0].rows.map((r) => r.label)).to.deep.equal(['Women who sell sex']);
    expect(panels[1].rows.map((r) => r.valueText)).to.deep.equal(['1.3%']);
    expect(panels[1].ticks.at(-1)!.text).to.match(/%$/);
  });

  it('thins the ticks so their labels keep apart on a 200 px phone', () => {
    const { panels } = layoutEstimates(report, 200, 'en');
    const xs = panels[0].ticks.map((tick) => tick.x);
    expect(xs.length).to.equal(2);
    xs.slice(1).forEach((x, i) => expect(x - xs[i]).to.be.at.least(64));
  });

  it('keeps wide axes calm: at most one tick per 80 px', () => {
    const { ticks } = layoutEstimates(report, 1200, 'en').panels[0];
    expect(ticks.length).to.be.at.most(15);
    ticks.slice(1).forEach((tick, i) => expect(tick.x - ticks[i].x).to.be.at.least(80));
  });

  it('anchors ticks near the edges inward so their labels stay inside the panel', () => {
    for (const width of [200, 333, 400, 1200]) {
      const { ticks } = layoutEstimates(report, width, 'en').panels[0];
      expect(ticks[0]).to.include({ x: 0, anchor: 'start' });
      for (const [left, right] of ticks.map(extent)) {
        expect(left).to.be.at.least(0);
        expect(right).to.be.at.most(width);
      }
    }
  });

  it('keeps every coordinate finite for zero values', () => {
    const { panels } = layoutEstimates([{ label: 'None', value: 0, kind: 'count' }], 300, 'en');
    const values = panels.flatMap((p) => [...p.rows.map((r) => r.x), ...p.ticks.map((t) => t.x)]);
    values.forEach((value) => expect(Number.isFinite(value)).to.equal(true));
  });
});

describe('many estimates', () => {
  const many = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ label: `E${i}`, value: i + 1, kind: i % 7 ? ('count' as const) : ('lower-bound' as const) }));

  it('lays out up to 40 estimates as labelled rows', () => {
    expect(layoutEstimates(many(40), 300, 'en').panels[0].compact).to.equal(undefined);
  });

  it('past 40, draws thin stripes, one path per kind, in a bounded height, keeping every row', () => {
    const panel = layoutEstimates(many(10000), 300, 'en').panels[0];
    expect(panel.rows).to.have.length(10000);
    const compact = panel.compact!;
    expect(compact.bars.map((b) => b.kind).sort()).to.deep.equal(['count', 'lower-bound']);
    expect(compact.height).to.be.at.most(10000);
    expect(compact.rowHeight).to.equal(1);
    const stripes = compact.bars.reduce((sum, b) => sum + (b.d.match(/M/g)?.length ?? 0), 0);
    expect(stripes).to.equal(10000);
    expect(compact.openEnds.match(/M/g)).to.have.length(Math.ceil(10000 / 7));
    expect(compact.bars.every((b) => !/NaN|Infinity/.test(b.d))).to.equal(true);
  });

  it('keeps 100 estimates within the 480 px it aims for', () => {
    const { compact } = layoutEstimates(many(100), 300, 'en').panels[0];
    expect(compact!.height).to.equal(480);
    expect(compact!.rowHeight).to.equal(4.8);
  });

  it('summarises the first five and counts the rest', () => {
    expect(summarizeEstimates(many(1000), 'en')).to.equal(
      'The chart shows E0: more than 1; E1: 2; E2: 3; E3: 4; E4: 5; and 995 more.',
    );
    expect(summarizeEstimates(many(6), 'en')).to.contain('E5: 6');
  });
});

describe('formatEstimate', () => {
  it('writes numbers the way each language does, never rounded', () => {
    expect(formatEstimate(19606, 'count', 'en')).to.equal('19,606');
    expect(formatEstimate(19606, 'count', 'ru')).to.equal('19\u00a0606');
    expect(formatEstimate(19606, 'count', 'kk')).to.equal('19\u00a0606');
    // CLDR: Russian puts a no-break space before the percent sign, English none.
    expect(formatEstimate(0.11, 'rate', 'ru')).to.equal('0,11\u00a0%');
    expect(formatEstimate(1.3, 'rate', 'en')).to.equal('1.3%');
    expect(formatEstimate(6201999, 'count', 'en')).to.equal('6,201,999');
  });

  it('reads a lower bound as "more than" in every language', () => {
    expect(formatEstimate(100, 'lower-bound', 'en')).to.equal('more than 100');
    expect(formatEstimate(100, 'lower-bound', 'ru')).to.equal('более 100');
    expect(formatEstimate(100, 'lower-bound', 'kk')).to.equal('100-ден астам');
  });
});

describe('summarizeEstimates', () => {
  it('states how many times the bound exceeds the count, rounded down so "over" holds', () => {
    expect(summarizeEstimates(report, 'en')).to.equal(
      'Official estimate says 28; Public data says more than 100, over 3.5 times as many (worked out by this chart; the sources do not give it).',
    );
    expect(summarizeEstimates(report, 'ru')).to.contain('более чем в 3,5 раза');
  });

  it('lists the figures when they are not an official count against a bound', () => {
    const text = summarizeEstimates(
      [
        { label: 'A', value: 5, kind: 'count' },
        { label: 'B', value: 1.5, kind: 'rate' },
      ],
      'en',
    );
    expect(text).to.equal('The chart shows A: 5; B: 1.5%.');
  });
});

/** Where a tick's label runs, from its anchor and measured width. */
function extent({ x, text, anchor }: { x: number; text: string; anchor: string }): [number, number] {
  const w = measure(text);
  const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  return [left, left + w];
}

describe('axis ticks of very large values', () => {
  for (const value of [1e20, 1e21, 1e25, 1e100, 1.7e308]) {
    for (const width of [200, 320, 768]) {
      it(`keep their labels apart and inside a ${width} px axis for ${value}`, () => {
        const { ticks } = layoutEstimates([{ label: 'Huge', value, kind: 'count' }], width, 'ru').panels[0];
        expect(ticks.length).to.be.at.least(1);
        const spans = ticks.map(extent);
        spans.forEach(([left, right], i) => {
          expect(left).to.be.at.least(0);
          expect(right).to.be.at.most(width);
          if (i > 0) expect(left).to.be.greaterThan(spans[i - 1][1]);
        });
      });
    }
  }
});
