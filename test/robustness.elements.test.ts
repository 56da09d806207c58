import { expect, fixture } from '@open-wc/testing';
import fc from 'fast-check';
import { html } from 'lit';
import { FundingTimeline } from '../src/funding-timeline/funding-timeline.js';
import { ViolenceBreakdown } from '../src/violence-breakdown/violence-breakdown.js';
import { define } from '../src/internal/define.js';
import type { ChartErrorDetail } from '../src/index.js';
import { settle, shadow } from './helpers.js';

/*
 * The other elements' validation and layout maths, through their `data` property: arbitrary rows
 * with every field the kit knows, hostile numbers, dates and prototype keys. Each input must end in
 * chart-rendered with finite SVG geometry, or in chart-error with the message in a role=alert.
 * The classes are registered under test-only tags, so this file does not depend on their tag modules.
 */

define('rb-funding-timeline', class extends FundingTimeline {});
define('rb-violence-breakdown', class extends ViolenceBreakdown {});

const NUMERIC = ['x', 'y', 'x1', 'x2', 'y1', 'y2', 'width', 'height', 'cx', 'cy', 'r', 'rx', 'ry', 'dx', 'dy'];

const number = fc.oneof(
  fc.constantFrom(NaN, Infinity, -Infinity, 0, -0, 1, 28, 100, 1e12, -5, 5e-324, Number.MAX_VALUE, 0.11),
  fc.double(),
  fc.integer({ min: 0, max: 1e9 }),
  fc.constantFrom('19 606', '0.11', '1e400', '', ' ', 'NaN', 'abc', '-1'),
);
const date = fc.oneof(
  fc.constantFrom('2012', '2014', '2012-05', '2012-05-31', '2012/2014', '2014/2012', '0000', '9999', '2012-13-45', '2012-02-30', '1e3', '', '2012/', '/2014', '20120'),
  fc.integer({ min: -10000, max: 10000 }).map(String),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: 1900, max: 2100 }),
);
const text = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('Доля', 'Қазақстан', '<img src=x onerror=window.__x=1>', '__proto__', 'constructor', ' '));
const anyField = fc.oneof(text, number, fc.constantFrom(null, undefined, {}, [], { en: 'E', ru: 'Р' }, { en: '' }), fc.anything({ maxDepth: 1 }));

const row = fc
  .tuple(
    fc.record(
      {
        label: fc.oneof(text, anyField),
        value: number,
        kind: fc.oneof(
          fc.constantFrom('event', 'awarded', 'approved', 'disbursed', 'request', 'allocation', 'money', 'count', 'rate', 'lower-bound', 'named', 'EVENT', ' rate '),
          anyField,
        ),
        subkind: fc.constantFrom('awarded', 'approved', 'disbursed', 'nonsense'),
        date,
        end: date,
        currency: fc.oneof(fc.constantFrom('USD', 'KZT', 'EUR', 'usd', 'XXX', 'DOLLARS', ''), anyField),
        n: number,
        population: text,
        place: text,
        years: date,
        form: fc.oneof(fc.constantFrom('physical', 'sexual', 'extortion', 'forced testing'), text),
        perpetrator: fc.oneof(fc.constantFrom('police', 'clients'), text),
        part_of: text,
        source: fc.oneof(fc.constantFrom('S', 'Source'), anyField),
        source_url: fc.oneof(fc.webUrl(), fc.constantFrom('javascript:alert(1)'), text),
        quote: anyField,
      },
      { requiredKeys: [] },
    ),
    fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'extra'), anyField, { maxKeys: 2 }),
  )
  .map(([known, extra]) => ({ ...extra, ...known }));

/**
 * Mostly valid rows, so that the drawing path is exercised as well as the error path. `max` bounds
 * the values where a larger one is refused (a rate over 100 %, a count over its sample's n of at
 * least 100): otherwise so few sets of rows are valid that a run of 80 may draw only two.
 */
const plausible = (kinds: string[], max: number) =>
  fc.record({
    label: fc.constantFrom('A', 'Б', 'Long label for a row that will not fit in a narrow chart at all'),
    value: fc.oneof(fc.integer({ min: 0, max }), fc.double({ min: 0, max: Math.min(max, 100), noNaN: true })),
    kind: fc.constantFrom(...kinds),
    date: fc.constantFrom('2012', '2010/2014', '2013-06'),
    currency: fc.constant('USD'),
    n: fc.integer({ min: 100, max: 5000 }),
    form: fc.constantFrom('physical', 'sexual'),
    perpetrator: fc.constantFrom('police', 'clients'),
    source: fc.constant('S'),
  });

function inputs(key: string, kinds: string[], max = 1e9) {
  const rows = fc.oneof(fc.array(row, { maxLength: 5 }), fc.array(plausible(kinds, max), { minLength: 1, maxLength: 5 }));
  return fc.oneof(
    { weight: 3, arbitrary: rows },
    { weight: 2, arbitrary: rows.map((list) => ({ [key]: list })) },
    { weight: 1, arbitrary: fc.anything({ withNullPrototype: true, withSparseArray: true, maxDepth: 2 }) },
  );
}

const describeInput = (value: unknown) => {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
};

async function fuzz(tag: string, arbitrary: fc.Arbitrary<unknown>) {
  const host = await fixture<HTMLDivElement>(html`<div style="width: 380px"></div>`);
  const el = document.createElement(tag) as HTMLElement & { data: unknown; updateComplete: Promise<boolean> };
  const first = new Promise((resolve) => el.addEventListener('chart-rendered', resolve, { once: true }));
  host.append(el);
  await first;
  const counts = { rendered: 0, failed: 0 };
  let last: unknown;
  await fc.assert(
    fc.asyncProperty(arbitrary, async (raw) => {
      // The value last set, set again, is no new input (the `data` setter's contract), and null or
      // undefined while the report's data is shown (at first, or after either) asks for what is
      // drawn already: no event would come. `fc.anything` gives either now and then.
      fc.pre(raw === null || raw === undefined ? last !== null && last !== undefined : raw !== last);
      last = raw;
      const settled = settle(el);
      el.data = raw;
      const event = await settled;
      await el.updateComplete;
      const root = shadow(el);
      const input = describeInput(raw);
      if (event.type === 'chart-rendered') {
        counts.rendered++;
        for (const node of root.querySelectorAll('svg, svg *')) {
          for (const name of NUMERIC) {
            const value = node.getAttribute(name);
            if (value === null || value.endsWith('%')) continue;
            expect(Number.isFinite(Number(value)), `<${node.localName} ${name}="${value}"> for ${input}`).to.equal(true);
          }
          for (const name of ['d', 'points', 'transform', 'viewBox']) {
            expect(node.getAttribute(name) ?? '', `${name} for ${input}`).to.not.match(/NaN|Infinity|undefined/);
          }
        }
        expect(root.querySelector('[role="alert"]') === null, `an alert beside a drawing for ${input}`).to.equal(true);
        const shown = root.textContent!;
        for (const word of ['NaN', 'undefined', '[object Object]']) {
          if (!input.includes(word)) expect(shown.includes(word), `"${word}" shown for ${input}`).to.equal(false);
        }
      } else {
        counts.failed++;
        const { message } = (event as CustomEvent<ChartErrorDetail>).detail;
        expect(root.querySelector('[role="alert"]')?.textContent?.trim()).to.equal(message);
        for (const word of ['NaN', 'undefined', '[object Object]', '{']) {
          if (!input.includes(word)) expect(message.includes(word), `"${word}" in "${message}"`).to.equal(false);
        }
      }
    }),
    { numRuns: 80 },
  );
  expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  return counts;
}

describe('robustness: the other elements, fed arbitrary data (property-based)', () => {
  it('<funding-timeline>: a drawing with finite geometry, or a readable chart-error', async () => {
    const counts = await fuzz('rb-funding-timeline', inputs('entries', ['event', 'awarded', 'disbursed', 'request']));
    expect(counts.rendered).to.be.greaterThan(3);
    expect(counts.failed).to.be.greaterThan(3);
  });

  it('<violence-breakdown>: a drawing with finite geometry, or a readable chart-error', async () => {
    const counts = await fuzz('rb-violence-breakdown', inputs('rows', ['count', 'rate'], 100));
    expect(counts.rendered).to.be.greaterThan(3);
    expect(counts.failed).to.be.greaterThan(3);
  });
});
