import { expect } from '@open-wc/testing';
import { flesch } from 'flesch';
import { fleschKincaid } from 'flesch-kincaid';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import syllables from 'syllables';
import '../src/hiv-estimate-gap.js';
import '../src/funding-timeline.js';
import '../src/violence-breakdown.js';
import { figures, fundingTimeline, violenceMeasured, violenceNamed } from '../src/data/report.js';
import type { Lang, LocalizedText } from '../src/data/types.js';
import type { MessageKey, MessageParams } from '../src/internal/i18n.js';
import { formatList, formatNumber, formatPercent, localize, t } from '../src/internal/i18n.js';
import { mount, shadow } from './helpers.js';

/*
 * Chartability, "Reading level inappropriate" (critical): "All text (and alternative text) provided
 * must target a reading grade level of 9 or lower." This file measures the words the kit writes, in
 * each language, and fails when they read above that level (or, for the two Russian groups known to
 * be above it, when they read harder than they do now). The measured numbers are printed to the
 * browser log. Method, formulas, numbers and what is left for human readers: docs/reading-level.md.
 *
 * Not measured, on purpose: the sources' titles and their verbatim quotes (they are the sources'
 * words, and changing them would misquote), the citation (a bibliographic reference built around
 * those titles), and text the browser writes (a JSON parser's message). Everything else the kit
 * writes is measured: the summaries the elements generate from the report's data, instructions and
 * notes, error messages with their details filled in, and labels (titles, headings, buttons, column
 * names, the report's figure labels and the focus-point texts).
 */

const LANGS: readonly Lang[] = ['en', 'ru', 'kk'];

// ---------------------------------------------------------------------------------------------------
// Counting: sentences, words, syllables
// ---------------------------------------------------------------------------------------------------

/** Words that end in a full stop without ending a sentence ("No. 110", "долл. США"). */
const NOT_AN_END = /(?<!\p{L})(No|e\.g|i\.e|vs|долл|т\.е|т\.д|г|гг)\.(?=\s)/giu;
const URL = /(?<!\p{L})[a-z][a-z+.-]*:\/\/\S+?(?=[\s,;:)]|[.]\s|[.]$|$)/giu;
/** One token: letters and digits, held together by hyphens, apostrophes, dots, commas, slashes or no-break spaces. */
const TOKEN = /[\p{L}\p{N}]+(?:[-'’.,/\u00a0\u202f][\p{L}\p{N}]+)*/gu;
/** Date masks the error messages show (YYYY-MM-DD, ГГГГ-ММ-ДД, ЖЖЖЖ-АА-КК): read as one code, like a number. */
const MASK = /^(?:YYYY|MM|DD|ГГГГ|ММ|ДД|ЖЖЖЖ|АА|КК)(?:[-/](?:YYYY|MM|DD|ГГГГ|ММ|ДД|ЖЖЖЖ|АА|КК))*$/u;
/** An abbreviation (HIV, CSV, ВИЧ, АИТВ): one syllable, as Flesch counts it. */
const ABBREVIATION = /^\p{Lu}{2,}$/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * Syllables in Russian and Kazakh are counted as vowel letters: each vowel is the nucleus of one
 * syllable (the convention of Oborneva 2006 and of plainrussian.ru). Kazakh Cyrillic adds ә ө ұ ү і;
 * Kazakh и and у are counted as vowels too, although after a vowel they are often glides (тау
 * "mountain" is one syllable, counted two): the count errs towards harder, never easier.
 */
const VOWELS: Record<'ru' | 'kk', RegExp> = {
  ru: /[аеёиоуыэюя]/giu,
  kk: /[аәеёиоөуұүыіэюя]/giu,
};
/** и or у right after a vowel: possibly a glide in Kazakh (reported, not subtracted). */
const KK_GLIDE = /(?<=[аәеёиоөуұүыіэюя])[иу]/giu;

/** Words English spells with -is- where the CMU dictionary has the American -iz- spelling. */
const americanize = (word: string) => word.replace(/is(e|es|ed|ing|ation|ations)$/u, 'iz$1');

/** A last resort for English words the CMU dictionary lacks: vowel groups, less a silent final e or -ed. */
function guessSyllables(word: string): number {
  const w = word.toLowerCase();
  let n = (w.match(/[aeiouy]+/g) ?? []).length;
  if (n > 1 && /[^l]e$/.test(w)) n -= 1;
  if (n > 1 && /[^aeiouytd]ed$/.test(w)) n -= 1;
  return Math.max(1, n);
}

/** English words the CMU dictionary did not know, with the count they were given. */
const unknownEnglish = new Map<string, number>();

/** English: the CMU Pronouncing Dictionary (package `syllables`); a guess for words it lacks. */
function englishSyllables(part: string): number {
  return syllables(part.replace(/’/gu, "'"), {
    fallbackSyllablesFunction: (lower) => {
      const n = syllables(americanize(lower)) || guessSyllables(lower);
      unknownEnglish.set(lower, n);
      return n;
    },
  });
}

/** Syllables of one word; a hyphenated word is one word, its parts' syllables added. */
function syllablesOf(word: string, lang: Lang): number {
  let total = 0;
  for (const part of word.split(/[-]/u).filter(Boolean)) {
    if (ABBREVIATION.test(part)) total += 1;
    else if (CYRILLIC.test(part)) total += (part.match(VOWELS[lang === 'kk' ? 'kk' : 'ru']) ?? []).length;
    else total += englishSyllables(part);
  }
  return Math.max(1, total);
}

interface Word {
  text: string;
  syllables: number;
  /** A number, date, code or web address: one word of one syllable (Flesch's rule for figures). */
  figure: boolean;
}

function wordsOf(sentence: string, lang: Lang): Word[] {
  const words: Word[] = [];
  for (const [token] of sentence.matchAll(TOKEN)) {
    if (/\p{N}/u.test(token) || MASK.test(token)) {
      words.push({ text: token, syllables: 1, figure: true });
      continue;
    }
    for (const text of token.split(/[.,/\u00a0\u202f]/u).filter(Boolean)) {
      words.push({ text, syllables: syllablesOf(text, lang), figure: false });
    }
  }
  return words;
}

/**
 * Sentences, as Flesch counts them: "each full unit of speech marked off by a period, colon,
 * semicolon, dash, question mark or exclamation point". Here a unit ends at . ! ? … or ; followed by
 * a space or the end; colons and dashes never end one (in the kit's text they introduce a value or
 * join a span). With `strict`, only . ! ? … end a sentence, as most software counts.
 */
function sentencesOf(text: string, strict = false): string[] {
  return text
    .replace(URL, ' 0 ')
    .replace(NOT_AN_END, '$1')
    .split(strict ? /(?<=[.!?…])\s+/u : /(?<=[.!?…;])\s+/u)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

interface Counts {
  sentence: number;
  word: number;
  syllable: number;
  /** Words of 4 syllables or more (the "complex word" of plainrussian.ru). */
  long: number;
  figures: number;
  /** Kazakh only: и/у after a vowel, counted as syllables but possibly glides. */
  glides: number;
  longestSentence: number;
}

function count(texts: string[], lang: Lang, strict = false): Counts {
  const counts: Counts = { sentence: 0, word: 0, syllable: 0, long: 0, figures: 0, glides: 0, longestSentence: 0 };
  for (const text of texts) {
    for (const sentence of sentencesOf(text, strict)) {
      const words = wordsOf(sentence, lang);
      if (!words.length) continue;
      counts.sentence += 1;
      counts.word += words.length;
      counts.longestSentence = Math.max(counts.longestSentence, words.length);
      for (const word of words) {
        counts.syllable += word.syllables;
        if (word.syllables >= 4) counts.long += 1;
        if (word.figure) counts.figures += 1;
        if (lang === 'kk') counts.glides += (word.text.match(KK_GLIDE) ?? []).length;
      }
    }
  }
  return counts;
}

// ---------------------------------------------------------------------------------------------------
// Formulas
// ---------------------------------------------------------------------------------------------------

const asl = (c: Counts) => c.word / c.sentence;
const asw = (c: Counts) => c.syllable / c.word;

/**
 * Flesch Reading Ease adapted to Russian by I. V. Oborneva (2006), "Автоматизированная оценка
 * сложности учебных текстов на основе статистических параметров", PhD thesis, Moscow:
 * FRE = 206.835 − 1.3 · ASL − 60.1 · ASW. Read on Flesch's scale: 60–70 = grades 8–9.
 */
const obornevaFre = (c: Counts) => 206.835 - 1.3 * asl(c) - 60.1 * asw(c);

/**
 * Flesch–Kincaid grade level for Russian, coefficients of the Plain Russian Language project
 * (I. Begtin, plainrussian.ru; infoculture/plainrussian, api/textmetric/metric.py, FLG_X/Y/Z_GRADE),
 * fitted on Russian texts labelled by school grade: 0.318 · ASL + 14.2 · ASW − 30.5.
 */
const plainRussianGrade = (c: Counts) => 0.318 * asl(c) + 14.2 * asw(c) - 30.5;

/**
 * The other published Russian Flesch–Kincaid coefficients, 0.5 · ASL + 8.4 · ASW − 15.59 (attributed
 * to Oborneva's adaptation, for example by the ruTS library's readability_stats.py). Reported only.
 */
const obornevaGrade = (c: Counts) => 0.5 * asl(c) + 8.4 * asw(c) - 15.59;

interface Scores {
  counts: Counts;
  asl: number;
  asw: number;
  longShare: number;
  /** English: Flesch–Kincaid grade (flesch-kincaid); Russian: plainrussian grade. */
  grade: number;
  /** English: Flesch Reading Ease (flesch); Russian: Oborneva's. */
  ease: number;
  /** Russian only: the 0.5 / 8.4 / 15.59 grade. */
  altGrade?: number;
  /** The grade with sentences ending only at . ! ? … (semicolons do not end one). */
  strictGrade: number;
}

/** The counts wooorm's formula packages take. */
const basic = ({ sentence, word, syllable }: Counts) => ({ sentence, word, syllable });

function score(texts: string[], lang: Lang): Scores {
  const counts = count(texts, lang);
  const strict = count(texts, lang, true);
  const scores: Scores = {
    counts,
    asl: asl(counts),
    asw: asw(counts),
    longShare: counts.long / counts.word,
    grade: lang === 'en' ? fleschKincaid(basic(counts)) : plainRussianGrade(counts),
    ease: lang === 'en' ? flesch(basic(counts)) : obornevaFre(counts),
    strictGrade: lang === 'en' ? fleschKincaid(basic(strict)) : plainRussianGrade(strict),
  };
  if (lang !== 'en') scores.altGrade = obornevaGrade(counts);
  return scores;
}

const fixed = (n: number | undefined, digits = 1) => (n === undefined ? '–' : n.toFixed(digits));

function line(lang: Lang, group: string, s: Scores): string {
  const c = s.counts;
  const formula =
    lang === 'en'
      ? `FK grade ${fixed(s.grade)} (${fixed(s.strictGrade)} if only . ! ? end a sentence), FRE ${fixed(s.ease)}`
      : lang === 'ru'
        ? `grade (plainrussian) ${fixed(s.grade)} (${fixed(s.strictGrade)} if only . ! ? end a sentence), FRE (Oborneva) ${fixed(s.ease)}, grade (0.5/8.4) ${fixed(s.altGrade)}`
        : `[not validated for Kazakh] Russian formulas would give grade ${fixed(s.grade)}, FRE ${fixed(s.ease)}`;
  return (
    `${lang} ${group}: ${c.sentence} sentences, ${c.word} words (${c.figures} figures), ${c.syllable} syllables; ` +
    `${fixed(s.asl)} words/sentence (longest ${c.longestSentence}), ${fixed(s.asw, 2)} syllables/word, ` +
    `${fixed(s.longShare * 100)} % words ≥ 4 syllables${lang === 'kk' ? ` (${c.glides} и/у after a vowel)` : ''}; ${formula}`
  );
}

// ---------------------------------------------------------------------------------------------------
// What the reader is given
// ---------------------------------------------------------------------------------------------------

/**
 * Every catalog key, by how it reaches a reader. A new key must be placed here (the type requires it),
 * so no string escapes measurement by being forgotten.
 * - `summary`: part of a generated summary, measured through the mounted elements' `[part=summary]`
 * - `prose`: a sentence of its own (instructions, notes, status)
 * - `error`: a message wrapper; `detail`: what fills it
 * - `label`: a title, heading, button, column name or point text (a phrase, not a sentence)
 * - `part`: a fragment (a unit, a separator, a number format) measured inside what uses it
 * - `excluded`: not measured (the citation: a bibliographic reference around the sources' titles)
 */
type Use = 'summary' | 'prose' | 'error' | 'detail' | 'label' | 'part' | 'excluded';

const uses: Record<MessageKey, Use> = {
  loading: 'prose',
  source: 'label',
  sources: 'label',
  showTable: 'label',
  tableFigure: 'label',
  tableValue: 'label',
  tableDate: 'label',
  tableSource: 'label',
  dateNotStated: 'part',
  moreThan: 'part',
  dateQuarter: 'part',
  dateMidYear: 'part',
  sourceUrl: 'label',
  quote: 'label',
  quoteTranslated: 'label',
  quoteOriginal: 'label',
  downloadCsv: 'label',
  downloadSvg: 'label',
  downloadPng: 'label',
  cite: 'label',
  citationCopied: 'prose',
  citationManual: 'prose',
  citation: 'excluded',
  keyboardHint: 'prose',
  keyboardKeys: 'prose',
  axisCount: 'label',
  axisRate: 'label',
  langLoading: 'prose',
  langMissing: 'prose',
  languageEn: 'part',
  languageRu: 'part',
  languageKk: 'part',
  errorInvalidJson: 'error',
  errorLoadFailed: 'error',
  errorInvalidData: 'error',
  errorNoData: 'error',
  jsonAt: 'detail',
  jsonEnd: 'detail',
  jsonUnreadable: 'detail',
  httpStatus: 'detail',
  networkError: 'detail',
  csvReaderUnavailable: 'detail',
  timeout: 'detail',
  tooLarge: 'detail',
  unexpected: 'detail',
  objectAsAttribute: 'detail',
  tooManyRows: 'detail',
  downloadOrCite: 'label',
  pngBlocked: 'prose',
  pngTooLarge: 'prose',
  pngFailed: 'prose',
  pngUseSvg: 'prose',
  scriptUnavailable: 'prose',
  unknownFormat: 'detail',
  notAList: 'detail',
  rowNotObject: 'detail',
  missingField: 'detail',
  notANumber: 'detail',
  negativeNumber: 'detail',
  rateOutOfRange: 'detail',
  notOneOf: 'detail',
  textTooLong: 'detail',
  hivTitle: 'label',
  estimatesTitle: 'label',
  hivSummaryPair: 'summary',
  hivSummaryList: 'summary',
  andMore: 'summary',
  compactNote: 'prose',
  listSeparator: 'part',
  violenceReportTitle: 'label',
  violenceMeasuredTitle: 'label',
  violenceNamedTitle: 'label',
  violenceRatesTitle: 'label',
  violenceUnspecified: 'label',
  violenceUnspecifiedHeading: 'label',
  violenceForm: 'label',
  violencePerpetrator: 'label',
  violenceSample: 'label',
  violenceNamed: 'label',
  violenceNotNamed: 'label',
  violenceQuotes: 'label',
  violenceNamedPoint: 'label',
  violenceUnspecifiedPoint: 'label',
  violenceQuoted: 'part',
  violenceSummaryNamed: 'summary',
  violenceSummaryUnspecified: 'summary',
  violenceTied: 'summary',
  violencePair: 'part',
  violenceN: 'part',
  violenceNNotStated: 'part',
  violenceOf: 'part',
  violenceOfAbout: 'part',
  violenceNoRate: 'label',
  violenceCountsPanel: 'label',
  violenceWhole: 'label',
  violenceRest: 'label',
  violenceSummarySample: 'summary',
  violencePoint: 'label',
  violenceApart: 'prose',
  violenceCountAboveN: 'detail',
  violenceBadN: 'detail',
  violencePartsOver100: 'detail',
  violenceFearHeading: 'label',
  violenceFeared: 'label',
  violenceSummaryFear: 'summary',
  violenceFearPoint: 'part',
  violenceCompactNamed: 'prose',
  violenceCompactMeasured: 'prose',
  violenceMoreSamples: 'prose',
  violenceFearFields: 'detail',
  timelineTitle: 'label',
  timelineDefaultTitle: 'label',
  timelineReportSummary: 'summary',
  timelineSummary: 'prose',
  timelineKindEvent: 'label',
  timelineKindAwarded: 'label',
  timelineKindApproved: 'label',
  timelineKindDisbursed: 'label',
  timelineKindRequest: 'label',
  timelineKindAllocation: 'label',
  timelineSpan: 'part',
  timelineOpenEnd: 'label',
  timelineTableKind: 'label',
  timelineTableAmount: 'label',
  timelineInvalidDate: 'detail',
  timelineEndBeforeStart: 'detail',
  timelineEndTwice: 'detail',
  timelineEventSpan: 'detail',
  timelineEventValue: 'detail',
  timelineBadCurrency: 'detail',
  timelineBadDatePart: 'detail',
  timelineBadNotation: 'detail',
  timelineBarNote: 'prose',
  timelineCompactNote: 'prose',
};

const keysOf = (use: Use) => (Object.keys(uses) as MessageKey[]).filter((key) => uses[key] === use);

/** Text the kit does not write (a source's title or quote, the browser's words) is left out: "…" counts as no word. */
const ELIDED = '…';

/** Realistic values for the placeholders, in the language of the text that holds them. */
function params(lang: Lang): MessageParams {
  const police = violenceMeasured[2];
  const fear = violenceNamed.find((record) => record.record === 'fear')!;
  return {
    row: 3,
    field: 'value',
    value: 'abc',
    n: formatNumber(255, lang),
    count: formatNumber(41, lang),
    rate: formatPercent(16.1, lang),
    allowed: 'count, lower-bound, rate',
    whole: localize(police.part_of!, lang),
    sum: formatNumber(112, lang),
    status: 404,
    seconds: 10,
    megabytes: 10,
    max: formatNumber(10000, lang),
    line: 3,
    column: 14,
    url: 'https://example.org/data.json',
    detail: ELIDED,
    start: '2012',
    end: '2003',
    from: '2001',
    to: '2026',
    perpetrator: localize(police.perpetrator!, lang),
    perpetrators: [police.perpetrator!, violenceNamed[1].perpetrator!].map((p) => localize(p, lang)).join(', '),
    who: formatList(fear.feared!.map((who) => localize(who, lang)), lang, 'disjunction'),
    form: localize(violenceNamed[0].form, lang),
    key: 'A',
    text: localize(fundingTimeline[0].label, lang),
    source: ELIDED,
    quote: ELIDED,
    label: localize(violenceMeasured[0].form, lang),
    sample: [
      t(lang, 'violenceN', { n: formatNumber(400, lang) }),
      localize(violenceMeasured[0].population!, lang),
      localize(violenceMeasured[0].place!, lang),
      '2015–2017',
    ].join(', '),
  };
}

/** Every error message a reader can meet: each wrapper filled with each detail it can carry. */
function errors(lang: Lang): string[] {
  const p = params(lang);
  const detail = (key: MessageKey) => t(lang, key, p);
  const json = ['jsonAt', 'jsonEnd', 'jsonUnreadable', 'objectAsAttribute'] as const;
  const load = ['httpStatus', 'networkError', 'csvReaderUnavailable', 'timeout', 'tooLarge', 'unknownFormat'] as const;
  const data = keysOf('detail').filter((key) => !([...json, ...load] as readonly string[]).includes(key));
  return [
    ...json.map((key) => t(lang, 'errorInvalidJson', { ...p, detail: detail(key) })),
    t(lang, 'errorNoData'),
    ...load.map((key) => t(lang, 'errorLoadFailed', { ...p, detail: detail(key) })),
    ...data.map((key) => t(lang, 'errorInvalidData', { ...p, detail: detail(key) })),
  ];
}

function prose(lang: Lang): string[] {
  return keysOf('prose').map((key) => t(lang, key, params(lang)));
}

/** Every text of the report's data, in one language: figure labels, forms, perpetrators, samples. */
function reportLabels(lang: Lang): string[] {
  const texts: (LocalizedText | undefined)[] = [
    ...Object.values(figures).map((f) => f.label),
    ...fundingTimeline.map((f) => f.label),
    ...[...violenceNamed, ...violenceMeasured].flatMap((r) => [r.form, r.perpetrator, ...(r.feared ?? []), r.population, r.place, r.part_of]),
  ];
  return [...new Set(texts.filter((x): x is LocalizedText => x !== undefined).map((x) => localize(x, lang)))];
}

function labels(lang: Lang): string[] {
  // In a label, {value} is a figure (in an error message it is the bad value the data gave).
  const p = { ...params(lang), value: formatPercent(45, lang) };
  return keysOf('label').map((key) => t(lang, key, p));
}

interface Chart {
  tag: string;
  view?: string;
  data?: unknown;
}

const charts: Chart[] = [
  { tag: 'hiv-estimate-gap' },
  // All ten of the report's figures: the summary lists five "and 5 more".
  { tag: 'hiv-estimate-gap', data: { estimates: Object.values(figures) } },
  { tag: 'funding-timeline' },
  { tag: 'violence-breakdown', view: 'report' },
  { tag: 'violence-breakdown', view: 'measured' },
];

/** The summary a chart generates, as a reader gets it. */
async function summaryOf(chart: Chart, lang: Lang): Promise<string> {
  const tag = unsafeStatic(chart.tag);
  const el = await mount<HTMLElement>(
    staticHtml`<${tag} lang=${lang} view=${chart.view ?? 'report'} .data=${chart.data}></${tag}>`,
  );
  const text = shadow(el).querySelector('[part="summary"]')!.textContent!.replace(/\s+/g, ' ').trim();
  el.remove();
  return text;
}

// ---------------------------------------------------------------------------------------------------
// The tests
// ---------------------------------------------------------------------------------------------------

/**
 * Chartability's target: grade 9 or lower. WCAG 3.1.5 (AAA) sets the same bar in other words, "lower
 * secondary education level", which ends with grade 9 in the US and in Russia and Kazakhstan alike.
 * For Russian the grade is plainrussian's, fitted on Russian texts labelled by Russian school grade.
 */
const MAX_GRADE = 9;
/**
 * Oborneva's FRE, read on Flesch's table, where 60–70 ("standard") is grades 8–9: a second opinion
 * for Russian, asserted on running text only (Flesch: "skip titles, headings, subheads, captions").
 */
const MIN_RUSSIAN_EASE = 60;

type Group = 'summaries' | 'instructions and notes' | 'error messages' | 'labels' | 'labels of the report’s data';
const GROUPS: readonly Group[] = ['summaries', 'instructions and notes', 'error messages', 'labels', 'labels of the report’s data'];
const RUNNING_TEXT: readonly Group[] = ['summaries', 'instructions and notes', 'error messages'];

/**
 * Where the Russian text does not reach the target yet. The summaries now meet the grade target
 * (plainrussian 8.3) but not Oborneva's reading ease (42.9 against 60): they are lists of the
 * report's terms of abuse, whose Russian words are long, and the two formulas disagree on them.
 * This is a ceiling, not a target: the test fails if the text gets harder than measured when it was
 * set, and it must go once the text reaches the target (docs/reading-level.md).
 */
const RUSSIAN_KNOWN_GAPS: Partial<Record<Group, { grade: number; ease?: number }>> = {
  summaries: { grade: MAX_GRADE, ease: 42 },
};

describe('reading level (Chartability: grade 9 or lower)', function () {
  this.timeout(60000);

  const summaries: Record<Lang, string[]> = { en: [], ru: [], kk: [] };

  before(async () => {
    for (const lang of LANGS) for (const chart of charts) summaries[lang].push(await summaryOf(chart, lang));
  });

  const texts = (lang: Lang, group: Group): string[] =>
    ({
      summaries: summaries[lang],
      'instructions and notes': prose(lang),
      'error messages': errors(lang),
      labels: labels(lang),
      'labels of the report’s data': reportLabels(lang),
    })[group];

  describe('how it counts', () => {
    it('counts English syllables with the CMU dictionary, Russian and Kazakh ones as vowels', () => {
      expect(syllablesOf('victimisation', 'en')).to.equal(5);
      expect(syllablesOf('Poly-victimisation', 'en')).to.equal(7);
      expect(syllablesOf('Kazakhstan’s', 'en')).to.equal(3);
      expect(syllablesOf('HIV', 'en')).to.equal(1);
      expect(syllablesOf('виктимизация', 'ru')).to.equal(6);
      expect(syllablesOf('ВИЧ-положительные', 'ru')).to.equal(7);
      expect(syllablesOf('зорлық-зомбылық', 'kk')).to.equal(5);
      expect(syllablesOf('көрсетілмеген', 'kk')).to.equal(5);
      expect(count(['The chart data is not valid JSON.'], 'en')).to.include({ sentence: 1, word: 7 });
    });

    it('reads a number, a code or a web address as one word of one syllable, as Flesch does', () => {
      const c = count(['Law No. 110-VIII says 19,606 or 3.5 times at https://example.org/a.json today.'], 'en');
      expect(c).to.include({ sentence: 1, word: 11, figures: 4 });
      expect(count(['19\u00a0606 и 0,11 %. Второе.'], 'ru')).to.include({ sentence: 2, word: 4, figures: 2 });
    });

    it('ends a unit of speech at a semicolon too, as Flesch does; strict counting does not', () => {
      expect(count(['A: 1; B: 2; C: 3.'], 'en')).to.include({ sentence: 3 });
      expect(count(['A: 1; B: 2; C: 3.'], 'en', true)).to.include({ sentence: 1 });
    });

    it('gives the Russian formulas the values ruTS documents for its example text', () => {
      // ruTS (SergeyShk/ruTS), ReadabilityStats docstring: plainrussian grade −2.0633, Oborneva FRE 87.1683.
      const s = score(['Ног нет, а хожу, рта нет, а скажу: когда спать, когда вставать, когда работу начинать'], 'ru');
      expect(s.counts).to.include({ sentence: 1, word: 15, syllable: 25 });
      expect(s.grade).to.be.closeTo(-2.0633, 0.0001);
      expect(s.ease).to.be.closeTo(87.1683, 0.0001);
    });

    it('fails text that reads above grade 9: the check can fail', () => {
      const hard =
        'Poly-victimisation characterises heterogeneous configurations of institutional discrimination, extortion and criminalisation experienced simultaneously by respondents.';
      expect(score([hard], 'en').grade).to.be.above(MAX_GRADE);
      const hardRu =
        'Множественная виктимизация характеризует гетерогенные конфигурации институциональной дискриминации и криминализации, одновременно испытываемые респондентами.';
      expect(score([hardRu], 'ru').grade).to.be.above(MAX_GRADE);
      expect(score([hardRu], 'ru').ease).to.be.below(MIN_RUSSIAN_EASE);
    });

    it('knows every English word it had to guess (the rest come from the CMU dictionary)', () => {
      for (const lang of LANGS) for (const group of GROUPS) count(texts(lang, group), lang);
      const reviewed: Record<string, number> = {
        temirtau: 3,
        victimisation: 5,
        decriminalised: 5,
        criminalises: 5,
        characterises: 5,
        criminalisation: 6,
        "kazakhstan's": 3,
        "chart's": 1,
        // The CSP directive img-src, in the message for a page that blocks PNG images: read as two codes.
        img: 1,
        src: 1,
      };
      const guessed = Object.fromEntries(unknownEnglish);
      console.log(`English words not in the CMU dictionary: ${JSON.stringify(guessed)}`);
      for (const [word, n] of Object.entries(guessed)) expect(reviewed[word], `syllables of "${word}": review the guess`).to.equal(n);
    });
  });

  describe('English: Flesch–Kincaid grade ≤ 9', () => {
    for (const group of GROUPS) {
      it(group, () => {
        const s = score(texts('en', group), 'en');
        console.log(line('en', group, s));
        expect(s.grade, line('en', group, s)).to.be.at.most(MAX_GRADE);
      });
    }
  });

  describe('Russian: grade ≤ 9 (plainrussian); running text also FRE ≥ 60 (Oborneva)', () => {
    for (const group of GROUPS) {
      const gap = RUSSIAN_KNOWN_GAPS[group];
      const running = RUNNING_TEXT.includes(group);
      const title = gap
        ? `${group}: grade ≤ ${gap.grade}; reading ease BELOW the target, held at FRE ≥ ${gap.ease}`
        : `${group}${running ? '' : ' (grade only: FRE is for running text)'}`;
      it(title, () => {
        const s = score(texts('ru', group), 'ru');
        console.log(line('ru', group, s));
        expect(s.grade, line('ru', group, s)).to.be.at.most(gap?.grade ?? MAX_GRADE);
        if (running) expect(s.ease, line('ru', group, s)).to.be.at.least(gap?.ease ?? MIN_RUSSIAN_EASE);
        // A ceiling that the text now meets must become the target.
        const below = s.grade <= MAX_GRADE && (!running || s.ease >= MIN_RUSSIAN_EASE);
        if (gap) expect(below, 'the target is reached: remove this known gap').to.equal(false);
      });
    }
  });

  describe('Kazakh: no validated formula; surface measures, compared with the Russian', () => {
    for (const group of GROUPS) {
      it(`${group}: no more words per sentence than the Russian`, () => {
        const kk = score(texts('kk', group), 'kk');
        const ru = score(texts('ru', group), 'ru');
        console.log(line('kk', group, kk));
        // Not a reading level: a guard that the Kazakh is not wordier per sentence than the Russian.
        expect(kk.asl, `${line('kk', group, kk)} / Russian ${fixed(ru.asl)} words per sentence`).to.be.at.most(ru.asl + 1);
      });
    }
  });

  it('prints each generated summary’s own score (short texts: for finding the hard ones, not for pass or fail)', () => {
    for (const lang of LANGS) {
      for (const text of summaries[lang]) {
        const s = score([text], lang);
        console.log(`${lang} summary: grade ${fixed(s.grade)}, ${fixed(s.asl)} words/sentence, ${fixed(s.asw, 2)} syllables/word | ${text}`);
      }
    }
    expect(summaries.en).to.have.length(charts.length);
  });
});
