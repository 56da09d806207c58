import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/data/types.js';
import {
  formatDateSpan,
  formatDateText,
  formatList,
  formatMoney,
  formatNumber,
  formatPercent,
  formatTimes,
  pluralCategory,
  t,
} from '../../src/internal/i18n.js';
import { kazakhCase } from '../../src/i18n/kk-format.js';

/*
 * Formatting by Intl, checked over many numbers in each language. Kazakh is formatted from CLDR's
 * Kazakh data even where a browser's ICU lacks it (Chromium formats kk with English separators);
 * Node's full ICU has that data, so here every Kazakh result is compared with Node's own
 * Intl('kk'), the reference the kit follows.
 */

const LANGS: readonly Lang[] = ['en', 'ru', 'kk'];

/** Whole numbers and decimals of every size the kit's data and a partner's data may hold. */
const NUMBERS = [
  0, 1, 2, 5, 9, 10, 11, 19, 20, 21, 28, 40, 45, 99, 100, 101, 110, 255, 400, 999, 1000, 1001, 6200, 18650, 19606, 20250,
  100000, 1000000, 4500000, 6201999, 22360000, 1000000000, 0.11, 0.9, 1.3, 3.5, 16.1, 22.5, 33.333, 1234.5678,
];

const node = (lang: Lang, options: Intl.NumberFormatOptions, value: number) =>
  new Intl.NumberFormat(lang, { maximumFractionDigits: 10, ...options }).format(value);

describe('formatNumber', () => {
  it('writes every number exactly as given, with the language’s separators (Kazakh as CLDR has it)', () => {
    for (const lang of LANGS) for (const n of NUMBERS) expect(formatNumber(n, lang), `${lang} ${n}`).toBe(node(lang, {}, n));
    expect(formatNumber(19606, 'kk')).toBe('19\u00a0606');
    expect(formatNumber(0.11, 'kk')).toBe('0,11');
  });
});

describe('formatPercent', () => {
  it('writes a rate in percent as each language does, never rounded', () => {
    for (const lang of LANGS) {
      for (const n of [0, 0.11, 0.9, 1.3, 15, 16.1, 22.5, 28, 33.333, 45, 51, 99.99, 100]) {
        expect(formatPercent(n, lang), `${lang} ${n}`).toBe(node(lang, { style: 'percent' }, n / 100));
      }
    }
    expect([formatPercent(45, 'en'), formatPercent(45, 'ru'), formatPercent(45, 'kk')]).toEqual(['45%', '45\u00a0%', '45%']);
    expect(formatPercent(0.11, 'ru')).toBe('0,11\u00a0%');
  });
});

describe('formatMoney', () => {
  it('names the currency in words, exactly as given, in every language', () => {
    for (const lang of LANGS) {
      for (const n of [1, 1.5, 21, 95000.5, 6201999, 7442991, 22360000]) {
        const options = { style: 'currency', currency: 'USD', currencyDisplay: 'name', minimumFractionDigits: 0 } as const;
        expect(formatMoney(n, 'USD', lang), `${lang} ${n}`).toBe(node(lang, options, n));
      }
    }
    expect(formatMoney(22360000, 'USD', 'en')).toBe('22,360,000 US dollars');
    expect(formatMoney(22360000, 'USD', 'ru')).toBe('22\u00a0360\u00a0000 долларов США');
    expect(formatMoney(22360000, 'USD', 'kk')).toBe('22\u00a0360\u00a0000 АҚШ доллары');
    expect(formatMoney(5, 'KZT', 'kk')).toBe(node('kk', { style: 'currency', currency: 'KZT', currencyDisplay: 'name', minimumFractionDigits: 0 }, 5));
  });

  it('writes a compact amount as the source does, and never rounds it', () => {
    const options = {
      style: 'currency',
      currency: 'USD',
      currencyDisplay: 'name',
      minimumFractionDigits: 0,
      notation: 'compact',
      compactDisplay: 'long',
    } as const;
    for (const lang of LANGS) {
      for (const n of [1000, 4500, 4500000, 2000000, 4512000, 15238497, 7000000000]) {
        expect(formatMoney(n, 'USD', lang, 'compact'), `${lang} ${n}`).toBe(node(lang, options, n));
      }
    }
    expect(formatMoney(4500000, 'USD', 'en', 'compact')).toBe('4.5 million US dollars');
    expect(formatMoney(4500000, 'USD', 'ru', 'compact')).toBe('4,5 миллиона долларов США');
    expect(formatMoney(4500000, 'USD', 'kk', 'compact')).toBe('4,5 миллион АҚШ доллары');
    expect(formatMoney(15238497, 'USD', 'en', 'compact')).toBe('15.238497 million US dollars');
  });
});

describe('plurals', () => {
  it('follows the number in Russian: "в 1 раз", "в 2 раза", "в 5 раз", "в 21 раз", "в 3,5 раза"', () => {
    const expected: [number, string][] = [
      [1, 'в 1 раз'],
      [2, 'в 2 раза'],
      [3.5, 'в 3,5 раза'],
      [4, 'в 4 раза'],
      [5, 'в 5 раз'],
      [11, 'в 11 раз'],
      [12, 'в 12 раз'],
      [21, 'в 21 раз'],
      [22, 'в 22 раза'],
      [25, 'в 25 раз'],
      [101, 'в 101 раз'],
      [111, 'в 111 раз'],
      [1.5, 'в 1,5 раза'],
    ];
    for (const [n, text] of expected) expect(formatTimes(n, 'ru')).toBe(text);
  });

  it('in English and Kazakh too', () => {
    expect(formatTimes(1, 'en')).toBe('1 time');
    expect(formatTimes(3.5, 'en')).toBe('3.5 times');
    expect(formatTimes(1, 'en')).not.toBe(formatTimes(2, 'en').replace('2', '1'));
    expect(formatTimes(3.5, 'kk')).toBe('3,5 еседен');
    expect(formatTimes(1, 'kk')).toBe('1 еседен');
  });

  it('selects the category of the number as written, for every number', () => {
    for (const lang of LANGS) {
      for (const n of NUMBERS) expect(pluralCategory(n, lang), `${lang} ${n}`).toBe(new Intl.PluralRules(lang, { maximumFractionDigits: 10 }).select(n));
    }
  });
});

describe('formatList', () => {
  it('joins a list as each language does (Kazakh by CLDR’s patterns)', () => {
    for (const lang of LANGS) {
      for (const type of ['conjunction', 'disjunction'] as const) {
        for (const items of [['A'], ['A', 'B'], ['A', 'B', 'C'], ['A', 'B', 'C', 'D']]) {
          expect(formatList(items, lang, type), `${lang} ${type} ${items.length}`).toBe(new Intl.ListFormat(lang, { type }).format(items));
        }
      }
    }
    expect(formatList(['полиция', 'клиенттер'], 'kk')).toBe('полиция және клиенттер');
    expect(formatList(['Police', 'Health officials'], 'en', 'disjunction')).toBe('Police or Health officials');
  });
});

describe('kazakhCase (ablative)', () => {
  it('follows the last word of the number as read aloud: vowel harmony and its final sound', () => {
    const expected: [string, string][] = [
      ['0', '0-ден'], // нөл
      ['1', '1-ден'], // бір
      ['2', '2-ден'], // екі
      ['3', '3-тен'], // үш
      ['4', '4-тен'], // төрт
      ['5', '5-тен'], // бес
      ['6', '6-дан'], // алты
      ['7', '7-ден'], // жеті
      ['8', '8-ден'], // сегіз
      ['9', '9-дан'], // тоғыз
      ['10', '10-нан'], // он
      ['20', '20-дан'], // жиырма
      ['28', '28-ден'], // жиырма сегіз
      ['30', '30-дан'], // отыз
      ['40', '40-тан'], // қырық
      ['50', '50-ден'], // елу
      ['60', '60-тан'], // алпыс
      ['70', '70-тен'], // жетпіс
      ['80', '80-нен'], // сексен
      ['90', '90-нан'], // тоқсан
      ['100', '100-ден'], // жүз
      ['110', '110-нан'], // жүз он
      ['400', '400-ден'], // төрт жүз
      ['1\u00a0000', '1\u00a0000-нан'], // мың
      ['19\u00a0606', '19\u00a0606-дан'], // он тоғыз мың алты жүз алты
      ['20\u00a0000', '20\u00a0000-нан'], // жиырма мың
      ['2\u00a0000\u00a0000', '2\u00a0000\u00a0000-нан'], // екі миллион
      ['3\u00a0000\u00a0000\u00a0000', '3\u00a0000\u00a0000\u00a0000-тан'], // үш миллиард
      ['0,11', '0,11-ден'], // нөл бүтін жүзден он бір
      ['3,5', '3,5-тен'], // үш бүтін оннан бес
      ['45%', '45%-дан'], // қырық бес пайыз
    ];
    for (const [number, text] of expected) expect(kazakhCase(number, 'ablative'), number).toBe(text);
  });

  it('puts a word in the case by its own sounds', () => {
    expect(kazakhCase('Алматы', 'ablative')).toBe('Алматыдан');
    expect(kazakhCase('мектеп', 'ablative')).toBe('мектептен');
    expect(kazakhCase('адам', 'ablative')).toBe('адамнан');
    expect(kazakhCase('көл', 'ablative')).toBe('көлден');
  });

  it('is what the Kazakh catalogue’s "{value|ablative}" does', () => {
    expect(t('kk', 'moreThan', { value: formatNumber(100, 'kk') })).toBe('100-ден астам');
    expect(t('kk', 'moreThan', { value: formatNumber(40, 'kk') })).toBe('40-тан астам');
    expect(t('kk', 'moreThan', { value: formatNumber(19606, 'kk') })).toBe('19\u00a0606-дан астам');
    expect(t('en', 'moreThan', { value: '100' })).toBe('more than 100');
  });
});

describe('dates', () => {
  const u = (text: string) => Date.UTC(Number(text.slice(0, 4)), Number(text.slice(5, 7) || 1) - 1, Number(text.slice(8, 10) || 1));
  const fields = (text: string): Intl.DateTimeFormatOptions =>
    text.length === 4 ? { year: 'numeric' } : text.length === 7 ? { year: 'numeric', month: 'short' } : { year: 'numeric', month: 'short', day: 'numeric' };
  const spans: [string, string][] = [
    ['2018', '2020'],
    ['2003-12', '2005-06'],
    ['2005-01', '2005-06'],
    ['2015-11-05', '2015-11-09'],
    ['2015-10-05', '2015-11-09'],
    ['2015-11-05', '2016-01-09'],
    ['2003-12-01', '2005-06-01'],
  ];

  it('writes a period by formatRange, shared fields once; Kazakh by CLDR’s patterns', () => {
    for (const lang of LANGS) {
      for (const [a, b] of spans) {
        const reference = new Intl.DateTimeFormat(lang, { timeZone: 'UTC', ...fields(a) }).formatRange(u(a), u(b));
        expect(formatDateSpan(a, b, lang), `${lang} ${a}/${b}`).toBe(reference);
      }
    }
    expect(formatDateSpan('2005-01', '2005-06', 'en')).toBe('Jan\u2009–\u2009Jun 2005');
  });

  it('writes a date at the precision it was given', () => {
    for (const lang of LANGS) {
      for (const date of ['2003-12', '2014-01', '2015-11-05', '2024-09']) {
        expect(formatDateText(date, lang), `${lang} ${date}`).toBe(new Intl.DateTimeFormat(lang, { timeZone: 'UTC', ...fields(date) }).format(u(date)));
      }
      expect(formatDateText('2012', lang)).toBe('2012');
    }
  });

  it('says "Q1 2021" and "mid-2005" where the source does, no more precisely', () => {
    expect(formatDateText('2021', 'en', 'Q1')).toBe('Q1 2021');
    expect(formatDateText('2021', 'ru', 'Q1')).toBe('1-й квартал 2021 г.');
    expect(formatDateText('2021', 'kk', 'Q1')).toBe('2021 жылғы 1-тоқсан');
    expect(formatDateSpan('2003-12-01', '2005', 'en', { end: 'mid' })).toBe('Dec 1, 2003 – mid-2005');
    expect(formatDateSpan('2003-12-01', '2005', 'ru', { end: 'mid' })).toBe('1 дек. 2003 г. – середина 2005 г.');
    expect(formatDateSpan('2003-12-01', '2005', 'kk', { end: 'mid' })).toBe('2003 ж. 1 жел. – 2005 жылдың ортасы');
  });
});

describe('t', () => {
  it('ends a sentence on a value that ends in its own full stop with that one: "5 мар. 2018 г.", "2018 ж. 5 нау."', () => {
    for (const lang of LANGS) {
      const to = formatDateText('2018-03-05', lang);
      const summary = t(lang, 'timelineSummary', { count: 2, from: '2016', to });
      expect(summary, summary).to.contain(to);
      expect(summary, summary).not.to.contain('..');
    }
    // A value without one gets the message's; a placeholder without a value stays as written.
    expect(t('en', 'timelineSummary', { count: 2, from: '2016', to: '2018' })).to.contain('to 2018. Each');
    expect(t('en', 'errorInvalidData', { detail: 'Partner Ltd.' })).to.equal('The chart data has a problem: Partner Ltd.');
    expect(t('en', 'errorInvalidData')).to.equal('The chart data has a problem: {detail}.');
  });
});
