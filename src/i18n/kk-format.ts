import type { LanguageFormat, DateFields } from '../languages/pack.js';

/*
 * What Kazakh writes differently from what a browser's Intl gives it, from CLDR's Kazakh data.
 * Chromium claims to support Kazakh but has no Kazakh number, list or date data: it writes Kazakh
 * with English separators ("19,606.5"), bare commas and English month names. CLDR gives Kazakh the
 * same number symbols as Russian (no-break space to group, comma for decimals), so Kazakh numbers
 * are formatted by Russian's ICU data, and what CLDR writes differently for Kazakh is put right here.
 * Node's full ICU, which has that data, is the reference the unit tests compare with. It lives in
 * the Kazakh pack, so that a file without Kazakh does not carry it.
 */

/** CLDR's Kazakh names of the currencies the kit's data uses; others are written as their code. */
const CURRENCIES: Record<string, string> = { USD: 'АҚШ доллары', KZT: 'Қазақстан теңгесі' };
/**
 * CLDR's Kazakh long compact words in place of the Russian ones Russian's data puts there, which
 * are declined ("4,5 миллиона"): Kazakh's are the Russian stems, but "мың" for "тысяч".
 */
const compactWord = (russian: string): string =>
  russian.replace(/^(?:(миллиард|миллион|триллион)|тысяч)\S*/u, (_, stem?: string) => stem ?? 'мың');

/** CLDR's Kazakh list patterns: `two` joins a pair, `end` the last of three or more. */
const LISTS = {
  conjunction: { two: ' және ', end: ', ' },
  disjunction: { two: ' не ', end: ', не болмаса ' },
};

/** CLDR's Kazakh abbreviated month names (format context). */
const MONTHS = ['қаң.', 'ақп.', 'нау.', 'сәу.', 'мам.', 'мау.', 'шіл.', 'там.', 'қыр.', 'қаз.', 'қар.', 'жел.'];

/**
 * CLDR's Kazakh patterns "y 'ж'. MMM" and "y 'ж'. d MMM". Its interval patterns put a narrow no-break
 * space before "ж." where the single date has a plain space. A year is written as its digits, as
 * Russian's number data writes a year ungrouped.
 */
function date({ year, month, day, precision }: DateFields, space = ' '): string {
  if (precision === 'year') return `${year}`;
  const m = MONTHS[month - 1];
  return precision === 'month' ? `${year}${space}ж. ${m}` : `${year}${space}ж. ${day} ${m}`;
}

/** CLDR's Kazakh interval patterns for one precision: shared fields are written once. */
function range(a: DateFields, b: DateFields): string {
  if (a.precision === 'year') return `${a.year}–${b.year}`;
  if (a.year !== b.year) return `${date(a, '\u202f')} – ${date(b, '\u202f')}`;
  const y = `${a.year}\u202fж.`;
  const [m1, m2] = [MONTHS[a.month - 1], MONTHS[b.month - 1]];
  if (a.precision === 'month') return `${y} ${m1}–${m2}`;
  if (a.month === b.month) return `${y} ${a.day}–${b.day} ${m1}`;
  return `${y} ${a.day} ${m1} – ${b.day} ${m2}`;
}

// ---------------------------------------------------------------------------------------------------
// Case suffixes
// ---------------------------------------------------------------------------------------------------

const UNITS = ' бір екі үш төрт бес алты жеті сегіз тоғыз'.split(' ');
const TENS = ' он жиырма отыз қырық елу алпыс жетпіс сексен тоқсан'.split(' ');
const SCALES = ' мың миллион миллиард триллион квадриллион'.split(' ');

/**
 * The last word of a whole number read aloud in Kazakh, which is its last digit that is not 0 read
 * in its place: 19 606 is "он тоғыз мың алты жүз алты", 19 600 ends in "жүз", 19 000 in "мың".
 */
function lastNumberWord(digits: string): string {
  const last = digits.search(/0*$/u) - 1;
  if (last < 0) return 'нөл';
  const place = digits.length - 1 - last;
  if (place > 2) return SCALES[Math.min(Math.floor(place / 3), SCALES.length - 1)];
  return place === 2 ? 'жүз' : (place ? TENS : UNITS)[Number(digits[last])];
}

const BACK_VOWELS = /[аоұыяё]/u;
const FRONT_VOWELS = /[әеөүіэ]/u;

/**
 * The ablative suffix a Kazakh word takes. Its vowel follows the word's last vowel (vowel harmony:
 * back а о ұ ы take -ан, front ә е ө ү і take -ен; и and у, which are often glides, do not decide);
 * its consonant follows the word's final sound: д after a vowel and after л р у й ж з, н after the
 * nasals м н ң, т after any other consonant.
 */
function ablativeSuffix(word: string): string {
  const fromEnd = [...word.toLowerCase()].reverse();
  const vowel = fromEnd.find((letter) => BACK_VOWELS.test(letter) || FRONT_VOWELS.test(letter));
  const back = vowel !== undefined && BACK_VOWELS.test(vowel);
  const final = fromEnd[0] ?? '';
  const initial = /[аәеёиоөұүыіэюялрйужз]/u.test(final) ? 'д' : /[мнң]/u.test(final) ? 'н' : 'т';
  return `${initial}${back ? 'ан' : 'ен'}`;
}

/**
 * A value in a Kazakh case (the catalogues use the ablative only). A number takes the suffix of its
 * last word as read aloud, after a hyphen as Kazakh spelling wants: "100-ден" (жүз), "40-тан"
 * (қырық), "19 606-дан" (алты), "0,11-ден" (бір), "45%-дан" (пайыз). A word takes it directly:
 * "Алматыдан".
 */
export function kazakhCase(text: string, grammaticalCase: string): string {
  if (grammaticalCase !== 'ablative') throw new Error(`Unknown Kazakh case: ${grammaticalCase}`);
  // \s is every Unicode space, the no-break ones that group digits ("19 606") too.
  const number = /(\d[\d\s]*)(?:,(\d+))?\s*(%)?$/u.exec(text.trimEnd());
  if (!number) return `${text}${ablativeSuffix(text.trim().split(/\s+/u).pop() ?? '')}`;
  const [, whole, fraction, percent] = number;
  const word = percent ? 'пайыз' : lastNumberWord((fraction ?? whole).replace(/\D/gu, ''));
  return `${text}-${ablativeSuffix(word)}`;
}

export const kkFormat: LanguageFormat = {
  numberLocale: 'ru',
  // CLDR's Kazakh pattern is "#,##0%", with no space before the sign (Russian's is "#,##0 %").
  percent: (parts) => parts.filter((part, i) => !(part.type === 'literal' && parts[i + 1]?.type === 'percentSign')),
  money: (parts, currency) =>
    parts.map((part) =>
      part.type === 'currency'
        ? { ...part, value: CURRENCIES[currency] ?? currency }
        : part.type === 'compact'
          ? { ...part, value: compactWord(part.value) }
          : part,
    ),
  list(items, type) {
    const { two, end } = LISTS[type];
    if (items.length < 3) return items.join(two);
    return `${items.slice(0, -1).join(', ')}${end}${items[items.length - 1]}`;
  },
  date,
  range,
  inflect: kazakhCase,
};
