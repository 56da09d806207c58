import { describe, expect, it, vi } from 'vitest';

/*
 * The language registry as a one-language file has it: English built in, Russian fetched when asked
 * for, Kazakh missing (its file was not uploaded beside the script).
 */
const fetched = vi.hoisted(() => [] as string[]);
vi.mock('../../src/languages/built-in.js', async () => {
  const en = (await import('../../src/languages/en.js')).default;
  const ru = (await import('../../src/languages/ru.js')).default;
  return {
    builtIn: { en },
    loadPack: async (lang: string) => {
      fetched.push(lang);
      if (lang === 'ru') return ru;
      throw new TypeError('Failed to fetch dynamically imported module');
    },
  };
});

const { fallbackLang, hasLanguage, languageFailed, loadLanguage, localize, t, tp } = await import('../../src/internal/i18n.js');
const { figures } = await import('../../src/data/report.js');

describe('languages', () => {
  it('a language not here is written in the one that is, and the report’s texts fall back to English', () => {
    expect(hasLanguage('en')).toBe(true);
    expect(hasLanguage('ru')).toBe(false);
    expect(fallbackLang()).toBe('en');
    expect(t('ru', 'source')).toBe('Source');
    expect(tp('ru', 'times', 5)).toBe('5 times');
    expect(localize(figures.hivOfficial.label, 'ru')).toBe('Official estimate');
    expect(figures.hivOfficial.source.quoteTranslation?.ru).toBeUndefined();
  });

  it('a fetched language is fetched once however many charts ask, and then read everywhere', async () => {
    const loads = [loadLanguage('ru'), loadLanguage('ru')];
    expect(await Promise.all(loads)).toEqual([true, true]);
    expect(fetched).toEqual(['ru']);
    expect(t('ru', 'source')).toBe('Источник');
    expect(tp('ru', 'times', 5)).toBe('в 5 раз');
    // Texts of the data already read by a chart are read in the new language too.
    expect(localize(figures.hivOfficial.label, 'ru')).toBe('Официальная оценка');
    expect(figures.hivOfficial.source.quoteTranslation?.ru).toBe('По официальной оценке, ВИЧ-положительны «только» 28 секс-работников');
  });

  it('a language that cannot be fetched is not asked for again, and is said to have failed', async () => {
    expect(languageFailed('kk')).toBe(false);
    expect(await loadLanguage('kk')).toBe(false);
    expect(await loadLanguage('kk')).toBe(false);
    expect(fetched.filter((lang) => lang === 'kk')).toHaveLength(1);
    expect(languageFailed('kk')).toBe(true);
    expect(hasLanguage('kk')).toBe(false);
    expect(t('kk', 'source')).toBe('Source');
  });
});
