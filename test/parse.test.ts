import { expect } from '@open-wc/testing';
import { ChartDataError } from '../src/internal/errors.js';
import { resolveLang, t } from '../src/internal/i18n.js';
import { parseCsv } from '../src/internal/csv.js';
import { loadData, parseJson } from '../src/internal/parse.js';
import { readNumber, readRows, readSource, safeUrl } from '../src/internal/validate.js';
import './helpers.js';

function reasonOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof ChartDataError ? `${error.reason}${error.detailKey ? `/${error.detailKey}` : ''}` : 'other';
  }
  return undefined;
}

describe('parseCsv', () => {
  it('reads quoted commas, doubled quotes and CRLF', () => {
    const rows = parseCsv('label,quote\r\n"a, b","he said ""no"""\r\n');
    expect(rows).to.deep.equal([{ label: 'a, b', quote: 'he said "no"' }]);
  });

  it('reads the semicolon dialect with decimal commas and a byte-order mark', () => {
    const rows = parseCsv('\uFEFFlabel;value\r\nДоля;0,11\r\nЧисло;19 606\r\n');
    expect(rows).to.deep.equal([
      { label: 'Доля', value: '0,11' },
      { label: 'Число', value: '19 606' },
    ]);
    expect(rows.map((row, i) => readNumber(row, 'value', i))).to.deep.equal([0.11, 19606]);
  });

  it('reads thousands separators in the comma dialect', () => {
    const [row] = parseCsv('label,value\nA,"19,606"\n');
    expect(readNumber(row, 'value', 0)).to.equal(19606);
  });

  it('leaves labels that look like numbers as they are written', () => {
    const [comma] = parseCsv('label,value\n"1,000",5\n');
    const [semicolon] = parseCsv('label;value\n0,5;5\n');
    expect([comma.label, semicolon.label]).to.deep.equal(['1,000', '0,5']);
  });

  it('keeps a "__proto__" column as data, not as a prototype', () => {
    const [row] = parseCsv('__proto__,label\n{"polluted":1},x\n');
    expect(Object.getPrototypeOf(row)).to.equal(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('skips blank lines and fills ragged rows with empty cells', () => {
    expect(parseCsv('a,b\n\n1\n')).to.deep.equal([{ a: '1', b: '' }]);
  });
});

describe('parseJson', () => {
  it('turns a syntax error into invalid-json', () => {
    expect(reasonOf(() => parseJson('{"a": 1,}'))).to.equal('invalid-json/jsonAt');
  });

  it('says where the mistake is, by line and column, and never repeats the text', () => {
    const errorOf = (text: string) => {
      try {
        parseJson(text);
      } catch (error) {
        return error as ChartDataError;
      }
      throw new Error('parsed');
    };
    const broken = errorOf('{\n  "estimates": [\n    {"label": "<img src=x>", value: 1}\n  ]\n}');
    expect([broken.detailKey, broken.params.line, broken.params.column]).to.deep.equal(['jsonAt', 3, 30]);
    expect(JSON.stringify(broken.params)).to.not.contain('img');
    expect(errorOf('{"estimates": [').detailKey).to.equal('jsonEnd');
    expect(errorOf('').detailKey).to.equal('jsonEnd');
  });

  it('counts a line break as Windows, old Macs and Unix write it: CR LF, CR or LF', () => {
    const placeOf = (text: string) => {
      try {
        parseJson(text);
      } catch (error) {
        const { line, column } = (error as ChartDataError).params;
        return [line, column];
      }
      throw new Error('parsed');
    };
    expect(placeOf('[\r\n  1,\r\n  x\r\n]')).to.deep.equal([3, 3]);
    expect(placeOf('[\r  1,\r  x\r]')).to.deep.equal([3, 3]);
    expect(placeOf('[\n\r\n\r1,\nx]')).to.deep.equal([5, 1]);
    expect(placeOf('x')).to.deep.equal([1, 1]);
  });
});

describe('readRows', () => {
  it('takes a list or the named list of an object', () => {
    expect(readRows([{ a: 1 }], 'estimates')).to.have.length(1);
    expect(readRows({ estimates: [{ a: 1 }] }, 'estimates')).to.have.length(1);
  });

  it('says no-data for an empty list and invalid-data for a non-list', () => {
    expect(reasonOf(() => readRows([], 'estimates'))).to.equal('no-data');
    expect(reasonOf(() => readRows({ other: 1 }, 'estimates'))).to.equal('no-data');
    expect(reasonOf(() => readRows({ estimates: 'x' }, 'estimates'))).to.equal('invalid-data/notAList');
    expect(reasonOf(() => readRows([1], 'estimates'))).to.equal('invalid-data/rowNotObject');
  });
});

describe('readNumber', () => {
  it('accepts numbers and numeric strings with grouping spaces', () => {
    expect(readNumber({ v: 28 }, 'v', 0)).to.equal(28);
    expect(readNumber({ v: '19 606' }, 'v', 0)).to.equal(19606);
    expect(readNumber({ v: ' 1.3 ' }, 'v', 0)).to.equal(1.3);
  });

  it('rejects NaN, Infinity and words, naming the row', () => {
    for (const v of [NaN, Infinity, 'abc', '12abc', true, {}]) {
      expect(reasonOf(() => readNumber({ v }, 'v', 2))).to.equal('invalid-data/notANumber');
    }
    expect(reasonOf(() => readNumber({}, 'v', 0))).to.equal('invalid-data/missingField');
  });
});

describe('readSource and safeUrl', () => {
  it('links only http(s) URLs', () => {
    expect(safeUrl('javascript:alert(1)')).to.equal(undefined);
    expect(safeUrl('data:text/html,<b>x</b>')).to.equal(undefined);
    expect(safeUrl('https://example.org/a')).to.equal('https://example.org/a');
  });

  it('reads flat CSV columns and nested JSON alike', () => {
    const flat = readSource({ source: 'S', source_url: 'https://s.org/', quote: 'q' }, 0);
    const nested = readSource({ source: { title: 'S', url: 'https://s.org/', quote: 'q' } }, 0);
    expect(flat).to.deep.equal({ title: 'S', url: 'https://s.org/', quote: 'q' });
    expect(nested).to.deep.equal(flat);
    expect(reasonOf(() => readSource({}, 0))).to.equal('invalid-data/missingField');
  });
});

describe('resolveLang and t', () => {
  it('maps region tags to their language and unknown ones to English', () => {
    expect(resolveLang('ru-RU')).to.equal('ru');
    expect(resolveLang('KK')).to.equal('kk');
    expect(resolveLang('de')).to.equal('en');
    expect(resolveLang(null)).to.equal('en');
  });

  it('fills placeholders as plain text', () => {
    expect(t('en', 'moreThan', { value: '<b>1</b>' })).to.equal('more than <b>1</b>');
  });
});

describe('loadData', () => {
  it('gives load-failed, saying so, when the server does not answer in time', async () => {
    const started = performance.now();
    let failure: unknown;
    try {
      await loadData('/test-api/slow?ms=2000', new AbortController().signal, 200);
    } catch (error) {
      failure = error;
    }
    expect(failure).to.be.instanceOf(ChartDataError);
    const { reason, detailKey, params } = failure as ChartDataError;
    expect([reason, detailKey, params.seconds]).to.deep.equal(['load-failed', 'timeout', 0.2]);
    expect(t('en', 'timeout', params)).to.equal('the server did not answer within 0.2 s');
    expect(performance.now() - started).to.be.below(1500);
  });

  it('rethrows the caller’s own abort, not a chart error', async () => {
    const caller = new AbortController();
    const pending = loadData('/test-api/slow?ms=2000', caller.signal, 5000);
    caller.abort();
    let failure: unknown;
    try {
      await pending;
    } catch (error) {
      failure = error;
    }
    expect(failure instanceof ChartDataError).to.equal(false);
  });
});
