import { reportText } from '../internal/i18n.js';
import type { AbuseRecord, Figure, QuoteTranslation, Source } from './types.js';

/*
 * Every figure the kit shows by default, copied from the project's DATA-SOURCES.md with its quote;
 * docs/data-sources.md (shipped in the package) lists each one with its source, URL, quote and kind,
 * and what was not found, and a test keeps the two in step. Nothing here is rounded, estimated or
 * filled in, nor more precise than its source ("$4.5 million", "Q1 2021", "mid-2005").
 *
 * The quotes are the sources' words, kept as written (typos included). The kit's words are here in
 * English; their Russian and Kazakh (and the English of a quote in another language) are in the
 * language's catalogue, src/i18n/<lang>-report.ts, by the id given here, so that a file carries
 * only the languages it speaks. A translation of a quote is always shown as one, with the original
 * one step away.
 *
 * The helpers below are marked free of side effects, so that a bundler drops the figures an element
 * does not draw: each element's file carries its own default data only.
 */

/**
 * A text of the data: English as written here, another language from its catalogue once that
 * language is on the page (read when shown, so a language fetched later is found).
 */
const text = /* @__NO_SIDE_EFFECTS__ */ (id: string, en: string) => ({
  en,
  get ru() {
    return reportText('ru', id);
  },
  get kk() {
    return reportText('kk', id);
  },
});

/** The kit's translations of a quote, read from the catalogues like `text`. */
const translation = /* @__NO_SIDE_EFFECTS__ */ (id: string): QuoteTranslation => ({
  get en() {
    return reportText('en', id);
  },
  get ru() {
    return reportText('ru', id);
  },
  get kk() {
    return reportText('kk', id);
  },
});

const nswp: Source = {
  lang: 'en',
  title: 'Amelia NGO report (November 2015), as reported by NSWP',
  url: 'https://www.nswp.org/news/amelia-ngo-kazakhstan-publish-report-sex-work',
};
const hivtbCity: Source = { lang: 'en', title: 'HIV/TB city profile: Almaty', url: 'https://hivtb.city/en/cities/almaty/' };
const cabar: Source = { lang: 'en', title: 'CABAR.asia (in Russian), citing the Ministry of Health', quoteLang: 'ru' };
const aidsBehav: Source = {
  lang: 'en',
  title: 'AIDS and Behavior (2024), citing UNAIDS',
  url: 'https://doi.org/10.1007/s10461-024-04443-7',
};
const mukherjee2023: Source = {
  lang: 'en',
  title: 'Mukherjee et al., Int J STD AIDS 2023;34(10):666-676',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC11067510/',
};
const mukherjee2022: Source = { lang: 'en', title: 'Mukherjee et al., Int J Drug Policy 2022;106:103750' };
const swan: Source = { lang: 'en', title: 'SWAN: police raid in Almaty (2006)', url: 'https://swannet.org/en/node/1748' };
const hhrj: Source = { lang: 'en', title: 'Health and Human Rights Journal, 18 October 2025' };
const cable: Source = { lang: 'en', title: 'US Embassy Almaty cable 05ALMATY2689 (2005)' };
const ccm: Source = { lang: 'en', title: 'Country Coordinating Mechanism of Kazakhstan', url: 'https://ccmkz.kz/projects/index/id/2' };
const kncdiz: Source = {
  lang: 'en',
  title: 'Kazakh Scientific Center of Dermatology and Infectious Diseases, 23 May 2023',
  url: 'https://kncdiz.kz/en/news/item/7332',
};

/**
 * A source's words about one figure, with the kit's translation of them into the languages the quote
 * is not in (each source above says its language: all are titled in English), found by `id`.
 */
const quoted = /* @__NO_SIDE_EFFECTS__ */ (source: Source, id: string, quote: string): Source => ({
  ...source,
  quote,
  quoteTranslation: translation(id),
});

/** Words of the article quoted by more than one figure. */
const sizeQuote = /* @__NO_SIDE_EFFECTS__ */ (): Source =>
  quoted(nswp, 'quote.size', "As of January 2014, the estimated number of sex workers was 19,606, which is 0.11% of the country's population.");
const hivtbQuote = /* @__NO_SIDE_EFFECTS__ */ (): Source =>
  quoted(hivtbCity, 'quote.hivtb', 'estimated 6 200 of 18 650 (33%) SW live in Almaty');
const aidsBehavQuote = /* @__NO_SIDE_EFFECTS__ */ (): Source =>
  quoted(aidsBehav, 'quote.aidsBehav', 'In 2022, Kazakhstan had an estimated 20,300 WESW, whose HIV prevalence is 1.3%');
const phase1Quote = /* @__NO_SIDE_EFFECTS__ */ (): Source =>
  quoted(cable, 'quote.phase1', 'Under Phase 1, $6,502,000 has been approved, with $6,201,999 disbursed');

/** The report's figures, keyed by id. */
export const figures = {
  hivOfficial: {
    id: 'hivOfficial',
    label: text('hivOfficial.label', 'Official estimate'),
    kind: 'count',
    value: 28,
    source: quoted(nswp, 'hivOfficial.quote', 'It is officially estimated that "only" 28 sex workers are HIV positive'),
  },
  hivPublic: {
    id: 'hivPublic',
    label: text('hivPublic.label', 'Public data'),
    kind: 'lower-bound',
    value: 100,
    source: quoted(nswp, 'hivPublic.quote', 'however public data suggests that number being over 100'),
  },
  sexWorkers2014: {
    id: 'sexWorkers2014',
    label: text('sexWorkers2014.label', 'Estimated sex workers'),
    kind: 'count',
    value: 19606,
    date: '2014-01',
    source: sizeQuote(),
  },
  sexWorkersShare2014: {
    id: 'sexWorkersShare2014',
    label: text('sexWorkersShare2014.label', 'Share of population'),
    kind: 'rate',
    value: 0.11,
    date: '2014-01',
    source: sizeQuote(),
  },
  sexWorkersNational: {
    id: 'sexWorkersNational',
    label: text('sexWorkersNational.label', 'Sex workers nationally'),
    kind: 'count',
    value: 18650,
    source: hivtbQuote(),
  },
  sexWorkersAlmaty: {
    id: 'sexWorkersAlmaty',
    label: text('sexWorkersAlmaty.label', 'Sex workers in Almaty'),
    kind: 'count',
    value: 6200,
    source: hivtbQuote(),
  },
  hivPrevalenceAlmaty: {
    id: 'hivPrevalenceAlmaty',
    label: text('hivPrevalenceAlmaty.label', 'HIV prevalence among sex workers, Almaty'),
    kind: 'rate',
    value: 0.9,
    source: quoted(hivtbCity, 'hivPrevalenceAlmaty.quote', 'HIV prevalence in CSW 0,9%'),
  },
  sexWorkers2021: {
    id: 'sexWorkers2021',
    label: text('sexWorkers2021.label', 'Sex workers (Ministry of Health estimate)'),
    kind: 'count',
    value: 20250,
    date: '2021',
    datePart: 'Q1',
    source: quoted(cabar, 'sexWorkers2021.quote', 'оценочное число секс-работников в стране в 1 квартале 2021 года составило 20 250 человек'),
  },
  womenSellingSex2022: {
    id: 'womenSellingSex2022',
    label: text('womenSellingSex2022.label', 'Women who sell sex'),
    kind: 'count',
    value: 20300,
    date: '2022',
    source: aidsBehavQuote(),
  },
  hivPrevalence2022: {
    id: 'hivPrevalence2022',
    label: text('hivPrevalence2022.label', 'HIV prevalence among women who sell sex'),
    kind: 'rate',
    value: 1.3,
    date: '2022',
    source: aidsBehavQuote(),
  },
} satisfies Record<string, Figure>;

/** Sources of the report's data that the elements cite, for reuse by later elements. */
export const sources = { nswp, hivtbCity, cabar, aidsBehav, mukherjee2023, mukherjee2022, swan, hhrj, cable, ccm, kncdiz };

// <violence-breakdown>
/** Who the sources name as committing abuse. */
const police = text('perpetrator.police', 'Police');
const clients = text('perpetrator.clients', 'Clients');
const partners = text('perpetrator.partners', 'Intimate partners');
/** Named only as someone sex workers fear being identified by: never as a perpetrator. */
const healthOfficials = text('feared.healthOfficials', 'Health officials');

const violenceQuote = quoted(nswp, 'quote.violence', 'The report explores the daily violence perpetrated by the police and clients.');
const formsQuote = quoted(nswp, 'quote.forms', 'The report shows that sex workers experience violence, mandatory HIV testing, arrest, blackmail, coercion, sexual assault, and extortion.');
const unnamed = /* @__NO_SIDE_EFFECTS__ */ (id: string, en: string): AbuseRecord => ({ form: text(id, en), source: formsQuote });

/**
 * The forms of abuse the article about the report names, each tied to the perpetrators the article
 * ties it to and to none where it names none, and the one fear it records, as a fear (`record:
 * 'fear'`), with whom sex workers fear rather than a perpetrator. No numbers: the article gives none.
 */
export const violenceNamed: AbuseRecord[] = [
  { form: text('form.violence', 'Violence'), perpetrator: police, source: violenceQuote },
  { form: text('form.violence', 'Violence'), perpetrator: clients, source: violenceQuote },
  unnamed('form.mandatoryTesting', 'Mandatory HIV testing'),
  unnamed('form.arrest', 'Arrest'),
  unnamed('form.blackmail', 'Blackmail'),
  unnamed('form.coercion', 'Coercion'),
  unnamed('form.sexualAssault', 'Sexual assault'),
  unnamed('form.extortion', 'Extortion'),
  {
    form: text('form.raids', 'Intervention and raids'),
    perpetrator: police,
    source: quoted(nswp, 'quote.raids', 'the report identifies continued police intervention and raids'),
  },
  {
    form: text('form.fines', 'Fines for non-existent crimes'),
    source: quoted(nswp, 'quote.fines', 'Sex workers are forced to pay fines for crimes that are non-existent.'),
  },
  {
    record: 'fear',
    form: text('form.fear', 'Fear of being publicly identified as a sex worker or drug user'),
    feared: [police, healthOfficials],
    source: quoted(nswp, 'quote.fear', 'sex workers fear they will be publically identified by the police or health officials as sex workers or drug users'),
  },
];

const almatyTemirtau = {
  n: 400,
  population: text('sample.almatyTemirtau', 'women who sell sex and use drugs'),
  place: text('place.almatyTemirtau', 'Almaty and Temirtau'),
  date: '2015/2017',
  source: quoted(mukherjee2023, 'quote.almatyTemirtau', 'Of the 400 women, 45% and 28% reported recent IPV and client violence, respectively.'),
};
const policeClass = /* @__NO_SIDE_EFFECTS__ */ (value: number, id: string, en: string): AbuseRecord => ({
  form: text(id, en),
  perpetrator: police,
  kind: 'rate',
  value,
  n: 255,
  place: text('place.almaty', 'Almaty'),
  date: '2015/2017',
  part_of: text('whole.policeClasses', 'Classes of police violence'),
  source: quoted(mukherjee2022, 'quote.policeClasses', 'Low Victimization (51%), Discrimination and Extortion (15%), and Poly-Victimization (34%).'),
});

/**
 * Rates measured in surveys, with their samples. The two samples differ (n = 400 in Almaty and
 * Temirtau; n = 255 in Almaty), so their rates are never stacked or added together; the three
 * police-violence classes are shares of one whole.
 */
export const violenceMeasured: AbuseRecord[] = [
  {
    form: text('form.recentViolence', 'Recent violence'),
    perpetrator: partners,
    kind: 'rate',
    value: 45,
    ...almatyTemirtau,
  },
  {
    form: text('form.recentViolence', 'Recent violence'),
    perpetrator: clients,
    kind: 'rate',
    value: 28,
    ...almatyTemirtau,
  },
  policeClass(51, 'form.lowVictimisation', 'Low victimisation (little abuse)'),
  policeClass(15, 'form.discrimination', 'Discrimination and extortion'),
  policeClass(34, 'form.polyVictimisation', 'Poly-victimisation (several kinds of abuse)'),
];

// <funding-timeline>
/**
 * The report's story in time: decriminalisation, Global Fund money for HIV in Kazakhstan and the end
 * of its support for prevention among sex workers, the 2006 raid, the size estimate, the report and
 * the 2024 law, in date order. The two sources date that end differently (2012 in the article about the
 * report, 2014 for eligibility in the CCM's words): both are kept, each with its source. Amounts of
 * different kinds (a grant's total, approved, disbursed, requested, allocated) are never added together.
 */
export const fundingTimeline: Figure[] = [
  {
    id: 'decriminalised2001',
    label: text('decriminalised2001.label', 'Sex work decriminalised, for sex workers and clients'),
    kind: 'event',
    date: '2001',
    source: quoted(nswp, 'decriminalised2001.quote', 'Sex work was decriminalised in Kazakhstan in 2001'),
  },
  {
    id: 'gfGrant2003',
    label: text('gfGrant2003.label', 'First Global Fund HIV grant (KAZ-202-G01-H-00), total'),
    kind: 'money',
    // "for a total of": the kind the kit labels "grant total", nothing more.
    subkind: 'awarded',
    value: 22360000,
    currency: 'USD',
    date: '2003-12-01',
    source: quoted(cable, 'gfGrant2003.quote', 'The start date of the grant, for a total of $22,360,000, was December 1, 2003.'),
  },
  {
    id: 'gfPhase1Approved',
    label: text('gfPhase1Approved.label', 'First HIV grant, phase 1'),
    kind: 'money',
    subkind: 'approved',
    value: 6502000,
    currency: 'USD',
    date: '2003-12-01',
    end: '2005',
    endPart: 'mid',
    source: phase1Quote(),
  },
  {
    id: 'gfPhase1Disbursed',
    label: text('gfPhase1Disbursed.label', 'First HIV grant, phase 1'),
    kind: 'money',
    subkind: 'disbursed',
    value: 6201999,
    currency: 'USD',
    date: '2003-12-01',
    end: '2005',
    endPart: 'mid',
    source: phase1Quote(),
  },
  {
    id: 'almatyRaid2006',
    label: text('almatyRaid2006.label', 'Almaty police raid: more than 400 sex workers arrested in six days'),
    kind: 'event',
    date: '2006-09',
    source: quoted(swan, 'almatyRaid2006.quote', 'Seven pimps and more than 400 sex workers were arrested.'),
  },
  {
    id: 'gfStopsPrevention',
    label: text('gfStopsPrevention.label', 'Global Fund stops financing prevention for sex workers (Amelia report)'),
    kind: 'event',
    date: '2012',
    source: quoted(nswp, 'gfStopsPrevention.quote', 'In 2012, the Global Fund to Fight AIDS, Tuberculosis and Malaria stopped financing prevention programmes for sex workers'),
  },
  {
    id: 'ameliaFounded',
    label: text('ameliaFounded.label', 'Amelia NGO founded'),
    kind: 'event',
    date: '2012',
    source: quoted(nswp, 'ameliaFounded.quote', 'Amelia NGO was founded in 2012'),
  },
  {
    id: 'gfIneligible',
    label: text('gfIneligible.label', 'Kazakhstan no longer eligible for new Global Fund HIV grants (CCM)'),
    kind: 'event',
    date: '2014',
    source: quoted(ccm, 'gfIneligible.quote', 'Since 2014, due to the transition of the Republic of Kazakhstan to the category of upper-middle income countries'),
  },
  {
    id: 'sizeEstimate2014',
    label: text('sizeEstimate2014.label', 'Estimated 19,606 sex workers, 0.11% of the population'),
    kind: 'event',
    date: '2014-01',
    source: sizeQuote(),
  },
  {
    id: 'reportReleased',
    label: text('reportReleased.label', 'Amelia report released'),
    kind: 'event',
    date: '2015-11-05',
    source: quoted(nswp, 'reportReleased.quote', 'released on the 5 of November, 2015'),
  },
  {
    id: 'gfHiv2018',
    label: text('gfHiv2018.label', 'HIV: the amount Kazakhstan could apply for'),
    kind: 'money',
    subkind: 'allocation',
    value: 4500000,
    notation: 'compact',
    currency: 'USD',
    date: '2018/2020',
    source: quoted(ccm, 'gfHiv2018.quote', 'apply for a total of $ 4.5 million for a period of 2018-2020'),
  },
  {
    id: 'gfShared2020',
    label: text('gfShared2020.label', 'HIV, tuberculosis and health systems together, not HIV alone'),
    kind: 'money',
    subkind: 'allocation',
    value: 15238497,
    currency: 'USD',
    date: '2020/2022',
    source: quoted(ccm, 'gfShared2020.quote', 'allocated US 15,238,497 for HIV, tuberculosis and building resilient and sustainbale systems for health'),
  },
  {
    id: 'gfRequest2021',
    label: text('gfRequest2021.label', 'HIV funding request'),
    kind: 'money',
    subkind: 'request',
    value: 7197500,
    currency: 'USD',
    date: '2021/2023',
    source: quoted(ccm, 'gfRequest2021.quote', 'for the total amount of $ 7,197,500 for the period 2021-2023'),
  },
  {
    id: 'gfApplication2024',
    label: text('gfApplication2024.label', 'HIV funding application'),
    kind: 'money',
    subkind: 'request',
    value: 7442991,
    currency: 'USD',
    date: '2024/2026',
    source: quoted(kncdiz, 'gfApplication2024.quote', 'The amount of the application is 7,442,991 US dollars.'),
  },
  {
    id: 'traffickingLaw2024',
    label: text('traffickingLaw2024.label', 'Law No. 110-VIII on countering human trafficking criminalises aspects of sex work'),
    kind: 'event',
    date: '2024-09',
    source: quoted(hhrj, 'traffickingLaw2024.quote', 'taking effect in September 2024'),
  },
];
