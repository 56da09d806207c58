import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { figures, fundingTimeline, violenceMeasured, violenceNamed } from '../../src/data/report.js';
import type { LocalizedText } from '../../src/data/types.js';
import { en, enPlural } from '../../src/i18n/en.js';
import { kk, kkPlural } from '../../src/i18n/kk.js';
import { ru, ruPlural } from '../../src/i18n/ru.js';

/*
 * A Russian or Kazakh text replaced by its English passes every element test (they read the
 * expected text from the same catalogue); these checks do not. Each translation must exist, differ
 * from the English, and be written in Cyrillic: the only Latin words it may hold are the reviewed
 * ones below (formats, key names, field names of the data, codes).
 */

/** Reviewed: Latin words a Russian or Kazakh text may hold, because they are not English prose. */
const LATIN_ALLOWED = new Set([
  // file formats and units
  'JSON', 'CSV', 'SVG', 'PNG', 'USD',
  // keys on the keyboard
  'Home', 'End', 'Escape', 'Tab',
  // the sample size and the data's field names, which the reader types as they are
  'n', 'data', 'kind', 'value', 'date', 'end', 'currency', 'awarded', 'request', 'record', 'feared', 'perpetrator',
  'notation', 'compact',
  // what a browser writes for an object, and the CSP directive in the PNG message
  'object', 'Object', 'img', 'src',
  // the package's name in the citation, a law's number, a study's term quoted as written
  'amelia', 'report', 'charts', 'VIII', 'WESW',
]);
/** Codes written as they are in every language (a grant's number). */
const CODE = /\b[A-Z]{3}-\d{3}-[A-Z0-9-]+\b/g;
const PLACEHOLDER = /\{\w+(?:\|\w+)?\}/g;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/** Why a translation is not one, or undefined when it is. */
function problem(english: string, translation: string | undefined): string | undefined {
  if (translation === undefined || translation.trim() === '') return 'missing';
  const words = translation.replace(PLACEHOLDER, ' ').replace(CODE, ' ');
  const latin = (words.match(/[A-Za-z]+/g) ?? []).filter((word) => !LATIN_ALLOWED.has(word));
  if (latin.length) return `English words: ${latin.join(' ')}`;
  const prose = /\p{L}/u.test(words.replace(/[A-Za-z]+/g, ''));
  if (prose && !CYRILLIC.test(words)) return 'no Cyrillic';
  // A text of placeholders and punctuation ("{start} – {end}") is the same in every language.
  if (prose && translation === english) return 'equals the English';
  return undefined;
}

const check = (english: string, ru: string | undefined, kk: string | undefined) => ({ ru: problem(english, ru), kk: problem(english, kk) });

describe('translations', () => {
  it('every message has a Russian and a Kazakh text of its own', () => {
    const bad = Object.entries(en).flatMap(([key, text]) => {
      const found = check(text, (ru as Record<string, string>)[key], (kk as Record<string, string>)[key]);
      return Object.entries(found).filter(([, why]) => why).map(([lang, why]) => `${lang} ${key}: ${why}`);
    });
    expect(bad).toEqual([]);
  });

  it('every plural message too, in each of the language’s categories', () => {
    for (const [key, forms] of Object.entries(enPlural)) {
      const category = (lang: 'ru' | 'kk') => (lang === 'ru' ? ruPlural : kkPlural)[key as keyof typeof enPlural];
      expect(problem(forms.other, category('ru').other), `ru ${key}`).toBeUndefined();
      expect(problem(forms.other, category('kk').other), `kk ${key}`).toBeUndefined();
      for (const name of ['one', 'few', 'many'] as const) {
        expect(new Intl.PluralRules('ru').resolvedOptions().pluralCategories).toContain(name);
        expect(category('ru')[name], `ru ${key} ${name}`).toBeDefined();
      }
    }
  });

  it('every label of the report’s data, and every translation of a quote', () => {
    const texts: LocalizedText[] = [
      ...[...Object.values(figures), ...fundingTimeline].map((f) => f.label),
      ...[...violenceNamed, ...violenceMeasured].flatMap((r) => [r.form, r.perpetrator, ...(r.feared ?? []), r.population, r.place, r.part_of]).filter((x): x is LocalizedText => x !== undefined),
    ];
    const bad: string[] = [];
    for (const text of texts) {
      if (typeof text === 'string') {
        bad.push(`not translated: ${text}`);
        continue;
      }
      for (const [lang, why] of Object.entries(check(text.en, text.ru, text.kk))) if (why) bad.push(`${lang} ${text.en}: ${why}`);
    }
    for (const item of [...Object.values(figures), ...fundingTimeline, ...violenceNamed, ...violenceMeasured]) {
      const { quote, quoteLang, lang, quoteTranslation } = item.source;
      const original = quoteLang ?? lang ?? 'en';
      for (const target of ['ru', 'kk'] as const) {
        if (target === original) continue;
        const why = problem(quote!, quoteTranslation?.[target]);
        if (why) bad.push(`${target} translation of “${quote}”: ${why}`);
      }
      if (original !== 'en' && !quoteTranslation?.en) bad.push(`en translation of “${quote}”: missing`);
    }
    expect(bad).toEqual([]);
  });

  it('catches a Kazakh text replaced by its English, a missing one and an English word', () => {
    expect(problem('Grant total', 'Grant total')).toBe('English words: Grant total');
    expect(problem('Sources', undefined)).toBe('missing');
    expect(problem('Download data (CSV)', 'Деректерді download (CSV)')).toBe('English words: download');
    expect(problem('{start} – {end}', '{start} – {end}')).toBeUndefined();
    expect(problem('Download data (CSV)', 'Деректерді жүктеу (CSV)')).toBeUndefined();
  });
});

describe('docs/strings.md', () => {
  it('is what scripts/strings-doc.mjs writes from the catalogues and the data', () => {
    const script = fileURLToPath(new URL('../../scripts/strings-doc.mjs', import.meta.url));
    expect(() => execFileSync(process.execPath, [script, '--check'], { stdio: 'pipe' })).not.toThrow();
  });
});
