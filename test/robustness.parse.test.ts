import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { html } from 'lit';
import type { HivEstimateGap } from '../src/hiv-estimate-gap.js';
import '../src/hiv-estimate-gap.js';
import { formatEstimate, layoutEstimates, summarizeEstimates, type EstimateKind, type LayoutEstimate } from '../src/hiv-estimate-gap/layout.js';
import { readEstimates } from '../src/hiv-estimate-gap/read.js';
import { ChartDataError } from '../src/internal/errors.js';
import { t } from '../src/internal/i18n.js';
import { parseCsv } from '../src/internal/csv.js';
import { parseJson } from '../src/internal/parse.js';
import { readKind, readNumber, readRows, readSource, readText, safeUrl, show } from '../src/internal/validate.js';
import type { ChartErrorDetail } from '../src/index.js';
import { mount, settle, shadow } from './helpers.js';

/*
 * Property-based robustness of the data path: parser -> validators -> layout maths -> element.
 * Every input must end in a model with finite geometry or in a ChartDataError whose message reads
 * as a sentence (no "NaN", "undefined", "[object Object]"), and nothing may touch Object.prototype.
 */

const RUNS = { numRuns: 150 };
const LANGS = ['en', 'ru', 'kk'] as const;
const KINDS: EstimateKind[] = ['count', 'lower-bound', 'rate'];
const FIELDS = ['label', 'value', 'kind', 'date', 'source', 'source_url', 'quote', 'title', 'estimates'];
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];

/** The parsers run the element's own reader (the module it loads when given data): the validators as it combines them. */
const parseEstimates = readEstimates;

/** No script-visible change to the shared prototypes. */
function prototypesClean(): void {
  for (const proto of [Object.prototype, Array.prototype, Function.prototype, String.prototype]) {
    for (const key of [...FIELDS, 'polluted', 'isAdmin', 'en', 'ru', 'kk', 'url', '0']) {
      expect(Object.prototype.hasOwnProperty.call(proto, key), `${key} on a prototype`).to.equal(false);
    }
  }
  expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  expect(Object.getPrototypeOf({})).to.equal(Object.prototype);
}

/** The English message a ChartDataError renders to, as the element would build it. */
function messageOf(error: ChartDataError): string {
  const detail = error.detailKey ? t('en', error.detailKey, error.params) : String(error.params.detail ?? '');
  return `${error.reason}: ${detail}`;
}

/** Runs `fn`; it may only return, or throw a ChartDataError with a readable message. */
function settles(fn: () => unknown, input: string): { value?: unknown; error?: ChartDataError } {
  try {
    return { value: fn() };
  } catch (error) {
    if (!(error instanceof ChartDataError)) throw new Error(`threw ${String(error)} (not a ChartDataError)`);
    const message = messageOf(error);
    for (const placeholder of message.match(/\{\w+\}/g) ?? []) {
      expect(input, `a placeholder left unfilled in "${message}"`).to.contain(placeholder);
    }
    expect(message).to.not.contain('[object Object]');
    for (const word of ['NaN', 'undefined']) {
      // A word may be quoted back only if the person wrote it.
      if (!input.includes(word)) expect(message, `"${word}" in "${message}"`).to.not.contain(word);
    }
    return { error };
  }
}

const describeInput = (value: unknown) => {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
};

function expectFinite(value: number, what: string) {
  expect(Number.isFinite(value), `${what} = ${value}`).to.equal(true);
}

// ---------- arbitraries ----------

const hostileNumber = fc.oneof(
  fc.constantFrom(NaN, Infinity, -Infinity, 0, -0, 1e12, -1, 5e-324, Number.MAX_VALUE, Number.MIN_SAFE_INTEGER),
  fc.double(),
  fc.integer({ min: -1e6, max: 1e12 }),
  fc.constantFrom('28', ' 19 606 ', '19\u00a0606', '0.11', '0,11', '1e3', '1e400', '-5', '', ' ', 'NaN', 'Infinity', '0x10', '12abc', '+7', '.5', '5.'),
);

const fieldValue = fc.oneof(
  { weight: 3, arbitrary: hostileNumber },
  { weight: 3, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, false, [], {}, ['x'], { en: 'x' }, { en: '' }, { ru: 'y' }) },
  { weight: 1, arbitrary: fc.record({ en: fc.string(), ru: fc.oneof(fc.string(), fc.integer()) }, { requiredKeys: ['en'] }) },
  { weight: 1, arbitrary: fc.record({ title: fc.anything(), url: fc.oneof(fc.webUrl(), fc.string()), quote: fc.anything() }, { requiredKeys: [] }) },
  { weight: 1, arbitrary: fc.anything() },
);

/** A row near the expected shape: each known field present or not, plus extra and prototype keys. */
const row = fc
  .tuple(
    fc.record(
      {
        label: fc.oneof(fc.string({ minLength: 1 }), fieldValue),
        value: hostileNumber,
        kind: fc.oneof(fc.constantFrom(...KINDS, 'RATE', ' count ', 'money'), fieldValue),
        date: fieldValue,
        source: fc.oneof(fc.string({ minLength: 1 }), fieldValue),
        source_url: fc.oneof(fc.webUrl(), fc.constantFrom('javascript:alert(1)', 'data:text/html,x', '//evil.example/'), fc.string()),
        quote: fieldValue,
      },
      { requiredKeys: [] },
    ),
    fc.dictionary(fc.oneof(fc.constantFrom(...PROTO_KEYS), fc.string()), fieldValue, { maxKeys: 3 }),
  )
  .map(([known, extra]) => ({ ...extra, ...known }));

/** Whole inputs: a list of rows, an object holding one, or anything at all. */
const estimatesInput = fc.oneof(
  { weight: 4, arbitrary: fc.array(row, { maxLength: 6 }) },
  {
    weight: 3,
    arbitrary: fc.record(
      { title: fieldValue, source: fieldValue, estimates: fc.oneof(fc.array(row, { maxLength: 6 }), fieldValue) },
      { requiredKeys: ['estimates'] },
    ),
  },
  { weight: 2, arbitrary: fc.anything({ withNullPrototype: true, withBoxedValues: true, withSparseArray: true, withMap: true, withSet: true, withDate: true }) },
);

/** Valid-ish rows, so that the happy path (finite geometry) is exercised as often as the error path. */
const goodRow = fc.record({
  label: fc.oneof(fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''), fc.constantFrom('Доля', 'Үлес', 'A', 'A')),
  value: fc.oneof(fc.integer({ min: 0, max: 1e12 }), fc.double({ min: 0, max: 100, noNaN: true }), fc.constantFrom('19 606', '0.11')),
  kind: fc.constantFrom(...KINDS),
  source: fc.constantFrom('S', 'Партнёр', 'Source, with a comma'),
});

// ---------- CSV ----------

/** A cell as spreadsheets and CMSs write them. */
const csvCell = fc.oneof(
  fc.string(),
  fc.constantFrom('a, b', 'he said "no"', 'Доля выборки', 'Қазақстан', '0,11', '19 606', '19\u00a0606,5', '1,000', '-0,5', ' 40 ', '', '=cmd|/c calc', '<b>x</b>', '__proto__', 'constructor'),
  fc.double().map(String),
);

function quoteCell(cell: string, separator: string): string {
  return /["\r\n]/.test(cell) || cell.includes(separator) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

const csvText = fc
  .record({
    separator: fc.constantFrom(',', ';'),
    newline: fc.constantFrom('\n', '\r\n'),
    bom: fc.boolean(),
    trailingNewline: fc.boolean(),
    header: fc.oneof(
      fc.constant(['label', 'value', 'kind', 'source']),
      fc.shuffledSubarray(['label', 'value', 'kind', 'date', 'source', 'source_url', 'quote', ...PROTO_KEYS, 'label', 'extra'], { minLength: 1 }),
    ),
    rows: fc.array(fc.array(csvCell, { maxLength: 8 }), { maxLength: 6 }),
  })
  .map(({ separator, newline, bom, trailingNewline, header, rows }) => {
    const lines = [header as string[], ...rows].map((cells) => cells.map((cell) => quoteCell(cell, separator)).join(separator));
    return `${bom ? '\uFEFF' : ''}${lines.join(newline)}${trailingNewline ? newline : ''}`;
  });

describe('robustness: parsers (property-based)', () => {
  afterEach(prototypesClean);

  it('parseJson: any text ends in a value or an invalid-json error', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.constantFrom('undefined', 'NaN', '{"__proto__":{"polluted":1}}', '\uFEFF[]', '')), (text) => {
        const { error } = settles(() => parseJson(text), text);
        if (error) expect(error.reason).to.equal('invalid-json');
      }),
      RUNS,
    );
  });

  it('parseJson: a mistake after any valid JSON is placed exactly, and a cut-short text says it stops short or where', () => {
    const place = (text: string, offset: number) => {
      const lines = text.slice(0, offset).split(/\r\n|\r|\n/);
      return [lines.length, lines.at(-1)!.length + 1];
    };
    const errorOf = (text: string) => {
      try {
        parseJson(text);
        return undefined;
      } catch (error) {
        return error as ChartDataError;
      }
    };
    fc.assert(
      fc.property(fc.json(), fc.nat(), (json, cut) => {
        // A stray letter after a whole document: the mistake is that letter, by line and column.
        const extra = errorOf(`${json}x`)!;
        expect([extra.detailKey, extra.params.line, extra.params.column]).to.deep.equal(['jsonAt', ...place(`${json}x`, json.length)]);
        // A document cut short: "stops too soon", or a place inside what is left (a number or word cut in two).
        const short = json.slice(0, cut % (json.length + 1));
        const error = errorOf(short);
        if (error) {
          expect(['jsonEnd', 'jsonAt']).to.include(error.detailKey);
          if (error.detailKey === 'jsonAt') expect(Number(error.params.line)).to.be.at.most(place(short, short.length)[0]);
        }
      }),
      RUNS,
    );
  });

  it('parseJson: a "__proto__" key stays data', () => {
    const value = parseJson('{"__proto__":{"polluted":1},"estimates":[{"__proto__":{"isAdmin":true}}]}') as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).to.equal(Object.prototype);
    expect(Object.keys(value)).to.include('__proto__');
  });

  it('parseCsv: any text gives records of strings, each with its own keys', () => {
    fc.assert(
      fc.property(fc.oneof(csvText, fc.string(), fc.string({ unit: 'grapheme' })), (text) => {
        const records = parseCsv(text);
        expect(records).to.be.an('array');
        for (const record of records) {
          expect(Object.getPrototypeOf(record)).to.equal(Object.prototype);
          for (const key of Object.keys(record)) expect(typeof record[key]).to.equal('string');
        }
      }),
      RUNS,
    );
  });

  it('parseCsv: round-trips generated tables in both dialects, with BOM and CRLF', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(',', ';'),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.array(fc.tuple(fc.string({ minLength: 1 }).filter((s) => s.trim() !== '' && !/^[\s\d.,+-]+$/.test(s)), fc.integer({ min: 0, max: 1e9 })), { minLength: 1, maxLength: 5 }),
        (separator, newline, bom, table) => {
          const lines = [['label', 'value'], ...table.map(([label, value]) => [label, String(value)])];
          const text = (bom ? '\uFEFF' : '') + lines.map((cells) => cells.map((c) => quoteCell(c, separator)).join(separator)).join(newline);
          const records = parseCsv(text);
          const nonBlank = table.filter(([label]) => label.trim() !== '');
          expect(records.map((r) => r.value)).to.deep.equal(nonBlank.map(([, v]) => String(v)));
          expect(records.map((r) => r.label)).to.deep.equal(nonBlank.map(([l]) => l));
        },
      ),
      RUNS,
    );
  });

  it('parseCsv: decimal commas in the ; dialect read as the number Excel meant', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: 1, max: 99 }), fc.boolean(), (whole, fraction, group) => {
        const digits = String(whole);
        const grouped = group ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0') : digits;
        const records = parseCsv(`\uFEFFlabel;value;kind;source\r\nДоля;${grouped},${fraction};count;S\r\n`);
        const value = readNumber(records[0], 'value', 0);
        expect(value).to.equal(Number(`${whole}.${fraction}`));
      }),
      RUNS,
    );
  });

  it('parseCsv: blank lines before the header do not change the dialect', () => {
    for (const lead of ['\n', '\r\n', '\n\n', ' \n', ';;\n']) {
      const records = parseCsv(`\uFEFF${lead}label;value\r\nДоля;0,11\r\n`);
      expect(records, JSON.stringify(lead)).to.deep.equal([{ label: 'Доля', value: '0,11' }]);
      expect(readNumber(records[0], 'value', 0), JSON.stringify(lead)).to.equal(0.11);
    }
  });

  it('parseCsv: the dialects README.md documents, and the ones it says are refused', () => {
    const read = (text: string) => settles(() => parseEstimates(parseCsv(text)), text);
    const values = (text: string) => (read(text).value as { estimates: { value: number }[] }).estimates.map((e) => e.value);
    expect(values('label,value,source\nA,19606,S\nB,19 606,S\nC,"19,606",S\nD,0.11,S\n')).to.deep.equal([19606, 19606, 19606, 0.11]);
    expect(values('label;value;source\r\nA;0,11;S\r\nB;19 606;S\r\nC;19\u00a0606,5;S\r\nD;19\u202f606;S\r\n')).to.deep.equal([0.11, 19606, 19606.5, 19606]);
    expect(values(' label ; value ;source;extra\r\rA;1;S;x\r')).to.deep.equal([1]);
    expect(values('label,value,source\n"A, with ""quotes""\nand a line break",5,S\n')).to.deep.equal([5]);
    for (const refused of ['label\tvalue\tsource\nA\t1\tS\n', 'label;value;source\nA;1.234,5;S\n', 'label,value,source\nA,"0,11",S\n']) {
      const { error } = read(refused);
      expect(error?.reason, refused).to.equal('invalid-data');
      expect(messageOf(error!)).to.contain('row 1');
    }
  });

  it('parseCsv: "__proto__", "constructor" and "prototype" columns are own data', () => {
    const [record] = parseCsv('__proto__;constructor;prototype;label\n{"polluted":1};x;y;z\n');
    expect(Object.getOwnPropertyNames(record)).to.have.members(['__proto__', 'constructor', 'prototype', 'label']);
    expect(Object.getPrototypeOf(record)).to.equal(Object.prototype);
  });
});

describe('robustness: validators (property-based)', () => {
  afterEach(prototypesClean);

  it('readNumber: a finite number or a readable invalid-data error', () => {
    fc.assert(
      fc.property(fc.oneof(hostileNumber, fieldValue), fc.boolean(), (value, optional) => {
        const input = describeInput(value);
        const { value: number, error } = settles(() => (optional ? readNumber({ v: value }, 'v', 0, true) : readNumber({ v: value }, 'v', 0)), input);
        if (error) expect(error.reason).to.equal('invalid-data');
        else if (number !== undefined) expectFinite(number as number, 'readNumber');
      }),
      RUNS,
    );
  });

  it('readNumber: a field that is set to undefined reads as missing, never as "undefined"', () => {
    const { error } = settles(() => readNumber({ value: undefined }, 'value', 0), '');
    expect(error?.detailKey).to.equal('missingField');
    expect(readNumber({ value: undefined }, 'value', 0, true)).to.equal(undefined);
  });

  it('readText: non-empty text or a translation object with non-empty English', () => {
    fc.assert(
      fc.property(fieldValue, (value) => {
        const { value: text } = settles(() => readText({ v: value }, 'v', 0), describeInput(value));
        if (text === undefined) return;
        if (typeof text === 'string') {
          expect(text.trim()).to.not.equal('');
          // Unless a person wrote those letters, as text.
          if (typeof value !== 'string') expect(text).to.not.match(/^(NaN|undefined|null|\[object Object\]|Infinity)$/);
        } else {
          expect(typeof (text as { en: unknown }).en).to.equal('string');
          expect((text as { en: string }).en.trim()).to.not.equal('');
        }
      }),
      RUNS,
    );
  });

  it('readText: NaN and Infinity are not labels; an empty translation is not one either', () => {
    for (const value of [NaN, Infinity, { en: '' }, { en: '  ', ru: 'Р' }, { ru: 'Р' }]) {
      expect(settles(() => readText({ label: value }, 'label', 0), '').error?.detailKey, describeInput(value)).to.equal('missingField');
    }
    expect(readText({ label: { en: ' E ', ru: '', kk: 5 } }, 'label', 0)).to.deep.equal({ en: 'E' });
  });

  it('readRows: a hole in a sparse list is a row that is not an object, not a hole in the data', () => {
    // eslint-disable-next-line no-sparse-arrays
    const sparse = [, { label: 'A', value: 1, source: 'S' }];
    expect(settles(() => readRows(sparse, 'estimates'), '').error?.detailKey).to.equal('rowNotObject');
    expect(settles(() => parseEstimates(sparse), '').error?.params).to.deep.equal({ row: 1 });
  });

  it('readKind: one of the allowed kinds, or a readable error', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...KINDS, ' Rate ', 'LOWER-BOUND'), fieldValue), (kind) => {
        const { value } = settles(() => readKind({ kind }, 0, KINDS), describeInput(kind));
        if (value !== undefined) expect(KINDS).to.include(value);
      }),
      RUNS,
    );
  });

  it('readSource and safeUrl: a title and, if any, an absolute http(s) URL', () => {
    fc.assert(
      fc.property(fieldValue, fc.oneof(fc.webUrl(), fc.string(), fieldValue), fieldValue, (source, url, quote) => {
        const { value } = settles(() => readSource({ source, source_url: url, quote }, 0), describeInput([source, url, quote]));
        if (value === undefined) return;
        const read = value as { title: unknown; url?: string; quote?: unknown };
        expect(typeof read.title).to.equal('string');
        expect((read.title as string).trim()).to.not.equal('');
        if (read.url !== undefined) expect(new URL(read.url).protocol).to.match(/^https?:$/);
        if (read.quote !== undefined) expect(typeof read.quote).to.equal('string');
      }),
      RUNS,
    );
    for (const url of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>1</script>', 'vbscript:x', '//evil.example', '/relative']) {
      expect(safeUrl(url), url).to.equal(undefined);
    }
  });

  it('show: short, and never "NaN" or "undefined" for values a person did not write', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    for (const value of [undefined, NaN, cyclic, 10n, () => 1, Symbol('s'), { toJSON: () => undefined }]) {
      let text = '';
      expect(() => (text = show(value)), String(typeof value)).to.not.throw();
      expect(text).to.not.match(/NaN|undefined/);
      expect(text.length).to.be.at.most(40);
    }
    // A text in quotes, cut inside them, so that the quote still closes.
    expect(show('short')).to.equal('"short"');
    expect(show('A long label. '.repeat(10))).to.equal('"A long label. A long label. A long labe…"');
    expect(show('x'.repeat(40))).to.equal(`"${'x'.repeat(40)}"`);
  });

  it('the validators do not read fields from a polluted Object.prototype', () => {
    const proto = Object.prototype as Record<string, unknown>;
    try {
      proto.url = 'https://evil.example/';
      proto.source_url = 'https://evil.example/';
      proto.quote = 'injected quote';
      proto.estimates = [{ label: 'Injected', value: 1, source: 'S' }];
      expect(readSource({ source: 'S' }, 0)).to.deep.equal({ title: 'S' });
      expect(readSource({ source: { title: 'S' } }, 0)).to.deep.equal({ title: 'S' });
      expect(settles(() => readRows({}, 'estimates'), '').error?.reason).to.equal('no-data');
    } finally {
      delete proto.url;
      delete proto.source_url;
      delete proto.quote;
      delete proto.estimates;
    }
  });

  it('whole inputs (rows, extra and prototype keys, duplicates) end in data or a readable error', () => {
    fc.assert(
      fc.property(fc.oneof(estimatesInput, fc.array(goodRow, { minLength: 1, maxLength: 5 })), (raw) => {
        settles(() => parseEstimates(raw), describeInput(raw));
      }),
      { numRuns: 200 },
    );
  });

  it('CSV end to end: parseCsv then the element’s validation', () => {
    fc.assert(
      fc.property(csvText, (text) => {
        settles(() => parseEstimates(parseCsv(text)), text);
      }),
      RUNS,
    );
  });
});

describe('robustness: layout maths (property-based)', () => {
  afterEach(prototypesClean);

  const estimate = fc.record({
    label: fc.string(),
    value: fc.oneof(
      fc.double({ min: 0, max: 1e15, noNaN: true }),
      fc.integer({ min: 0, max: 1e12 }),
      fc.constantFrom(0, 1e12, 5e-324, 1e-10, 0.11, 28, 100),
    ),
    kind: fc.constantFrom(...KINDS),
  }) as fc.Arbitrary<Omit<LayoutEstimate, 'valueText'>>;
  /** The estimates with their values written, as the element gives them. */
  const written = (estimates: Omit<LayoutEstimate, 'valueText'>[], lang: (typeof LANGS)[number]): LayoutEstimate[] =>
    estimates.map((e) => ({ ...e, valueText: formatEstimate(e.value, e.kind, lang) }));

  it('layoutEstimates: finite geometry inside the width, for any valid estimates and width', () => {
    fc.assert(
      fc.property(fc.array(estimate, { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 4000 }), fc.constantFrom(...LANGS), (estimates, width, lang) => {
        const model = layoutEstimates(written(estimates, lang), width, lang, (text) => text.length * 7);
        expect(model.width).to.equal(width);
        for (const panel of model.panels) {
          for (const row of panel.rows) {
            expectFinite(row.x, 'row.x');
            expect(row.x).to.be.within(0, width);
            if (row.tail) {
              expectFinite(row.tail.x0, 'tail.x0');
              expectFinite(row.tail.x1, 'tail.x1');
            }
            expect(row.valueText).to.not.match(/NaN|undefined|Infinity|∞/);
          }
          expect(panel.ticks.length).to.be.at.most(Math.max(2, Math.floor(width / 80)) + 1);
          for (const tick of panel.ticks) {
            expectFinite(tick.x, 'tick.x');
            expect(tick.text).to.not.match(/NaN|undefined|∞/);
          }
        }
      }),
      RUNS,
    );
  });

  it('summarizeEstimates: one sentence without NaN, undefined or infinity', () => {
    fc.assert(
      fc.property(fc.array(estimate, { minLength: 1, maxLength: 4 }), fc.constantFrom(...LANGS), (estimates, lang) => {
        const sentence = summarizeEstimates(written(estimates, lang), lang);
        const labels = estimates.map((e) => e.label).join(' ');
        for (const word of ['NaN', 'undefined', 'Infinity', '∞']) {
          if (!labels.includes(word)) expect(sentence, sentence).to.not.contain(word);
        }
      }),
      RUNS,
    );
  });
});

describe('robustness: <hiv-estimate-gap> data property (property-based)', () => {
  afterEach(prototypesClean);

  const NUMERIC_ATTRIBUTES = ['x', 'y', 'x1', 'x2', 'y1', 'y2', 'width', 'height', 'cx', 'cy', 'r'];

  function assertDrawing(el: HTMLElement) {
    const root = shadow(el);
    for (const node of root.querySelectorAll('svg, svg *')) {
      for (const name of NUMERIC_ATTRIBUTES) {
        const value = node.getAttribute(name);
        if (value === null || value.endsWith('%')) continue;
        expect(Number.isFinite(Number(value)), `${node.localName} ${name}="${value}"`).to.equal(true);
      }
      const d = node.getAttribute('d');
      if (d !== null) expect(d).to.not.match(/NaN|Infinity|undefined/);
    }
    expect(root.querySelector('[role="alert"]')).to.equal(null);
    expect(root.querySelectorAll('[part="bar"]').length).to.be.greaterThan(0);
  }

  it('any value set as `data` ends in chart-rendered with finite SVG, or in chart-error with an alert', async () => {
    const el = await mount<HivEstimateGap>(html`<hiv-estimate-gap style="width: 420px"></hiv-estimate-gap>`);
    let rendered = 0;
    let failed = 0;
    let last: unknown;
    await fc.assert(
      fc.asyncProperty(fc.oneof(estimatesInput, fc.array(goodRow, { minLength: 1, maxLength: 5 })), async (raw) => {
        // The value last set, set again, is no new input (the `data` setter's contract), and null or
        // undefined while the report's data is shown (at first, or after either) asks for what is
        // drawn already: no event would come. `fc.anything` gives either now and then.
        fc.pre(raw === null || raw === undefined ? last !== null && last !== undefined : raw !== last);
        last = raw;
        const settled = settle(el);
        el.data = raw as never;
        const event = await settled;
        await el.updateComplete;
        if (event.type === 'chart-rendered') {
          rendered++;
          assertDrawing(el);
          // No number the chart wrote is NaN; a text of the input may be the word (a title "NaN").
          if (!describeInput(raw).includes('NaN')) expect(shadow(el).textContent).to.not.match(/\bNaN\b/);
        } else {
          failed++;
          const { message } = (event as CustomEvent<ChartErrorDetail>).detail;
          const alert = shadow(el).querySelector('[role="alert"]');
          expect(alert?.textContent?.trim()).to.equal(message);
          const input = describeInput(raw);
          for (const word of ['NaN', 'undefined']) if (!input.includes(word)) expect(message).to.not.contain(word);
          expect(shadow(el).querySelectorAll('[part="bar"]')).to.have.length(0);
        }
      }),
      { numRuns: 80 },
    );
    // Both outcomes were exercised.
    expect(rendered).to.be.greaterThan(5);
    expect(failed).to.be.greaterThan(5);
  });

  it('any text set as the `data` attribute ends in a drawing or a readable chart-error', async () => {
    const el = await mount<HivEstimateGap>(html`<hiv-estimate-gap style="width: 420px"></hiv-estimate-gap>`);
    const text = fc.oneof(
      fc.json(),
      fc.string(),
      fc.array(goodRow, { minLength: 1, maxLength: 4 }).map((rows) => JSON.stringify(rows)),
      estimatesInput.map((raw) => JSON.stringify(raw) ?? 'null'),
      fc.constantFrom('', ' ', 'undefined', 'NaN', '[1,]', '{"estimates":', '\uFEFF[]', '[{"label":"A","value":1e999,"source":"S"}]'),
    );
    await fc.assert(
      fc.asyncProperty(text, async (value) => {
        fc.pre(el.getAttribute('data') !== value);
        const settled = settle(el);
        el.setAttribute('data', value);
        const event = await settled;
        await el.updateComplete;
        if (event.type === 'chart-rendered') {
          assertDrawing(el);
        } else {
          const { message } = (event as CustomEvent<ChartErrorDetail>).detail;
          expect(shadow(el).querySelector('[role="alert"]')?.textContent?.trim()).to.equal(message);
          for (const word of ['NaN', 'undefined']) if (!value.includes(word)) expect(message).to.not.contain(word);
        }
      }),
      { numRuns: 60 },
    );
  });
});
