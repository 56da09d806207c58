import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChartDataError } from '../../src/internal/errors.js';
import { parseCsv } from '../../src/internal/csv.js';
import { formatDateSpan, formatDateText, formatNumber, utcTime } from '../../src/internal/i18n.js';
import { MAX_ROWS, readNumber, readRows, readSource, safeUrl } from '../../src/internal/validate.js';
import { parse } from '../../src/funding-timeline/read.js';
import { readEstimates } from '../../src/hiv-estimate-gap/read.js';
import { readViolence } from '../../src/violence-breakdown/read.js';

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error as ChartDataError;
  }
  throw new Error('not refused');
};

describe('the row cap', () => {
  const csv = (rows: number) => ['label,value', ...Array.from({ length: rows }, (_, i) => `Row ${i},${i}`)].join('\n');

  it(`reads ${MAX_ROWS} rows`, () => {
    expect(readRows(parseCsv(csv(MAX_ROWS)), 'rows')).toHaveLength(MAX_ROWS);
  });

  it('refuses one row more, naming the cap', () => {
    const error = refusal(() => readRows(parseCsv(csv(MAX_ROWS + 1)), 'rows'));
    expect(error.reason).toBe('invalid-data');
    expect(error.detailKey).toBe('tooManyRows');
    expect(error.params).toEqual({ max: MAX_ROWS });
  });

  it('refuses a CSV of far more lines before parsing it: the work does not grow with the file', () => {
    expect(refusal(() => parseCsv(csv(200_000))).detailKey).toBe('tooManyRows');
    // Counted, not parsed: lines past the bound are refused even where parsing would find few rows.
    expect(refusal(() => parseCsv(`label,value\nA,1${'\n'.repeat(4 * MAX_ROWS + 1)}`)).detailKey).toBe('tooManyRows');
  });

  it('still counts a file of CR line ends', () => {
    expect(refusal(() => parseCsv(csv(50_000).replace(/\n/g, '\r'))).detailKey).toBe('tooManyRows');
  });

  it('finds the header after blank lines', () => {
    expect(parseCsv('\n\n  \nlabel;value\nA;0,5')).toEqual([{ label: 'A', value: '0,5' }]);
  });
});

describe('edges of values', () => {
  it('reads -0 as 0', () => {
    for (const value of [-0, '-0', '-0.0']) expect(Object.is(readNumber({ value }, 'value', 0), 0)).toBe(true);
  });

  it('refuses a source link with a user name or password in it', () => {
    expect(safeUrl('https://bank.example@evil.example/')).toBeUndefined();
    expect(safeUrl('https://user:secret@example.org/report')).toBeUndefined();
    expect(safeUrl('https://example.org/report')).toBe('https://example.org/report');
  });
});

describe('edges of numbers and dates as written', () => {
  it('never writes a tiny value as 0, nor -0', () => {
    for (const lang of ['en', 'ru', 'kk'] as const) {
      for (const value of [1e-11, 5e-324, -3e-15]) {
        const text = formatNumber(value, lang);
        expect(text, `${value} in ${lang}`).toMatch(/E/);
        expect(text).not.toMatch(/^-?0$/);
      }
      expect(formatNumber(-0, lang)).toBe('0');
    }
  });

  it('writes the years 0 to 99 as themselves, never as 19xx', () => {
    expect(formatDateText('0050', 'en')).toBe('50');
    for (const lang of ['en', 'ru', 'kk'] as const) {
      const month = formatDateText('0050-03', lang);
      expect(month, lang).toMatch(/50/);
      expect(month, lang).not.toMatch(/19\d\d/);
    }
    expect(new Date(utcTime(7, 0, 1)).getUTCFullYear()).toBe(7);
  });
  // The same edges for any value, not only the ones above (fast-check).
  const langs = fc.constantFrom('en', 'ru', 'kk') as fc.Arbitrary<'en' | 'ru' | 'kk'>;

  it('writes any non-zero number with a non-zero digit, and any zero as 0', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), langs, (value, lang) => {
        const text = formatNumber(value, lang);
        if (value === 0) expect(text).toBe('0');
        else expect(text, `${value} in ${lang}`).toMatch(/[1-9]/);
      }),
      { numRuns: 2000 },
    );
  });

  it('writes any year from 0 to 9999, and any month of it, with the year as given', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), langs, (year, month, lang) => {
        const written = String(year).padStart(4, '0');
        expect(new Date(utcTime(year, month - 1, 1)).getUTCFullYear()).toBe(year);
        expect(formatDateText(written, lang).replace(/\D/g, ''), `${written} in ${lang}`).toBe(String(year));
        const withMonth = formatDateText(`${written}-${String(month).padStart(2, '0')}`, lang);
        expect(withMonth.replace(/\D/g, ''), `${written}-${month} in ${lang}`).toBe(String(year));
      }),
      { numRuns: 1000 },
    );
  });

  it('writes any span of years from 0 to 9999 with both years as given', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9998 }), fc.integer({ min: 1, max: 9999 }), langs, (from, length, lang) => {
        const to = Math.min(9999, from + length);
        const text = formatDateSpan(String(from).padStart(4, '0'), String(to).padStart(4, '0'), lang);
        expect(text.match(/\d+/g), `${from}-${to} in ${lang}: ${text}`).toEqual([String(from), String(to)]);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('optional fields', () => {
  it('a field the input lacks is absent from the data read, never present as undefined', () => {
    const [minimal] = readRows([{ label: 'A', value: 1, source: 'S' }], 'rows');
    expect(readSource(minimal, 0)).toStrictEqual({ title: 'S' });
    const full = { source: { title: 'S', url: 'https://example.org/', quote: ' Q ', lang: 'ru', quoteLang: 'en', quoteTranslation: { ru: 'Ц' } } };
    expect(readSource(full, 0)).toStrictEqual({ ...full.source, quote: 'Q' });
    expect(readEstimates([{ label: 'A', value: 1, source: 'S' }])).toStrictEqual({
      estimates: [{ label: 'A', value: 1, kind: 'count', source: { title: 'S' } }],
    });
    expect(readViolence({ title: 'T', rows: [{ form: 'F', value: 5, kind: 'rate', source: 'S' }] })).toStrictEqual({
      title: 'T',
      rows: [{ form: 'F', value: 5, kind: 'rate', source: { title: 'S' } }],
    });
    expect(parse([{ label: 'A', kind: 'request', value: 1, currency: 'usd', date: '2021', source: 'S' }])).toStrictEqual({
      entries: [{ label: 'A', kind: 'request', date: '2021', source: { title: 'S' }, value: 1, currency: 'USD' }],
    });
  });
});
