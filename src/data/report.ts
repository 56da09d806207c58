import type { Figure, Source } from './types.js';
import type { AbuseRecord } from './types.js';

/*
 * Every figure the kit shows by default, copied from shared/source/DATA-SOURCES.md with its quote.
 * Nothing here is rounded, estimated or filled in; a figure that is not in that file is not here.
 */

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

/** A source's words about one figure (each source above says its language: all are titled in English). */
const quoted = (source: Source, quote: string): Source => ({ ...source, quote });

/** The report's figures, keyed by id. */
export const figures = {
  hivOfficial: {
    id: 'hivOfficial',
    label: {
      en: 'Official estimate',
      ru: 'Официальная оценка',
      kk: 'Ресми бағалау',
    },
    kind: 'count',
    value: 28,
    source: quoted(nswp, 'It is officially estimated that "only" 28 sex workers are HIV positive'),
  },
  hivPublic: {
    id: 'hivPublic',
    label: {
      en: 'Public data',
      ru: 'Открытые данные',
      kk: 'Ашық деректер',
    },
    kind: 'lower-bound',
    value: 100,
    source: quoted(nswp, 'however public data suggests that number being over 100'),
  },
  sexWorkers2014: {
    id: 'sexWorkers2014',
    label: { en: 'Estimated sex workers', ru: 'Примерное число секс-работников', kk: 'Секс-қызметкерлердің бағалау саны' },
    kind: 'count',
    value: 19606,
    date: '2014-01',
    source: quoted(
      nswp,
      "As of January 2014, the estimated number of sex workers was 19,606, which is 0.11% of the country's population.",
    ),
  },
  sexWorkersShare2014: {
    id: 'sexWorkersShare2014',
    label: { en: 'Share of population', ru: 'Доля населения', kk: 'Халықтағы үлесі' },
    kind: 'rate',
    value: 0.11,
    date: '2014-01',
    source: quoted(
      nswp,
      "As of January 2014, the estimated number of sex workers was 19,606, which is 0.11% of the country's population.",
    ),
  },
  sexWorkersNational: {
    id: 'sexWorkersNational',
    label: { en: 'Sex workers nationally', ru: 'Секс-работники по стране', kk: 'Ел бойынша секс-қызметкерлер' },
    kind: 'count',
    value: 18650,
    source: quoted(hivtbCity, 'estimated 6 200 of 18 650 (33%) SW live in Almaty'),
  },
  sexWorkersAlmaty: {
    id: 'sexWorkersAlmaty',
    label: { en: 'Sex workers in Almaty', ru: 'Секс-работники в Алматы', kk: 'Алматыдағы секс-қызметкерлер' },
    kind: 'count',
    value: 6200,
    source: quoted(hivtbCity, 'estimated 6 200 of 18 650 (33%) SW live in Almaty'),
  },
  hivPrevalenceAlmaty: {
    id: 'hivPrevalenceAlmaty',
    label: {
      en: 'HIV prevalence among sex workers, Almaty',
      ru: 'Доля секс-работников с ВИЧ, Алматы',
      kk: 'Секс-қызметкерлер арасында АИТВ таралуы, Алматы',
    },
    kind: 'rate',
    value: 0.9,
    source: quoted(hivtbCity, 'HIV prevalence in CSW 0,9%'),
  },
  sexWorkers2021: {
    id: 'sexWorkers2021',
    label: {
      en: 'Sex workers (Ministry of Health estimate)',
      ru: 'Секс-работники (оценка Минздрава)',
      kk: 'Секс-қызметкерлер (Денсаулық сақтау министрлігінің бағалауы)',
    },
    kind: 'count',
    value: 20250,
    date: '2021',
    source: quoted(
      cabar,
      'оценочное число секс-работников в стране в 1 квартале 2021 года составило 20 250 человек',
    ),
  },
  womenSellingSex2022: {
    id: 'womenSellingSex2022',
    label: { en: 'Women who sell sex', ru: 'Женщины, продающие секс', kk: 'Секс сататын әйелдер' },
    kind: 'count',
    value: 20300,
    date: '2022',
    source: quoted(aidsBehav, 'In 2022, Kazakhstan had an estimated 20,300 WESW, whose HIV prevalence is 1.3%'),
  },
  hivPrevalence2022: {
    id: 'hivPrevalence2022',
    label: {
      en: 'HIV prevalence among women who sell sex',
      ru: 'Доля женщин с ВИЧ среди продающих секс',
      kk: 'Секс сататын әйелдер арасында АИТВ таралуы',
    },
    kind: 'rate',
    value: 1.3,
    date: '2022',
    source: quoted(aidsBehav, 'In 2022, Kazakhstan had an estimated 20,300 WESW, whose HIV prevalence is 1.3%'),
  },
} satisfies Record<string, Figure>;

/** Sources of the report's data that the elements cite, for reuse by later elements. */
export const sources = { nswp, hivtbCity, cabar, aidsBehav, mukherjee2023, mukherjee2022, swan, hhrj, cable, ccm, kncdiz };

// <violence-breakdown>
/** Who the sources name as committing abuse. */
const police = { en: 'Police', ru: 'Полиция', kk: 'Полиция' };
const clients = { en: 'Clients', ru: 'Клиенты', kk: 'Клиенттер' };
const healthOfficials = { en: 'Health officials', ru: 'Медики', kk: 'Денсаулық сақтау қызметкерлері' };
const partners = { en: 'Intimate partners', ru: 'Интимные партнёры', kk: 'Жақын серіктестер' };

const violenceQuote = /* @__PURE__ */ quoted(nswp, 'The report explores the daily violence perpetrated by the police and clients.');
const formsQuote = /* @__PURE__ */ quoted(
  nswp,
  'The report shows that sex workers experience violence, mandatory HIV testing, arrest, blackmail, coercion, sexual assault, and extortion.',
);
const unnamed = (en: string, ru: string, kk: string): AbuseRecord => ({ form: { en, ru, kk }, source: formsQuote });

/**
 * The forms of abuse the article about the report names, each tied to the perpetrators the article
 * ties it to and to none where it names none. No numbers: the article gives none.
 */
export const violenceNamed: AbuseRecord[] = [
  { form: { en: 'Violence', ru: 'Насилие', kk: 'Зорлық-зомбылық' }, perpetrator: police, source: violenceQuote },
  { form: { en: 'Violence', ru: 'Насилие', kk: 'Зорлық-зомбылық' }, perpetrator: clients, source: violenceQuote },
  /* @__PURE__ */ unnamed('Mandatory HIV testing', 'Обязательный тест на ВИЧ', 'Міндетті АИТВ-тестілеу'),
  /* @__PURE__ */ unnamed('Arrest', 'Арест', 'Қамауға алу'),
  /* @__PURE__ */ unnamed('Blackmail', 'Шантаж', 'Бопсалау'),
  /* @__PURE__ */ unnamed('Coercion', 'Принуждение', 'Мәжбүрлеу'),
  /* @__PURE__ */ unnamed('Sexual assault', 'Сексуальное насилие', 'Жыныстық зорлық-зомбылық'),
  /* @__PURE__ */ unnamed('Extortion', 'Вымогательство', 'Қорқытып ақша алу'),
  {
    form: { en: 'Intervention and raids', ru: 'Вмешательство и рейды', kk: 'Араласу және рейдтер' },
    perpetrator: police,
    source: /* @__PURE__ */ quoted(nswp, 'the report identifies continued police intervention and raids'),
  },
  {
    form: {
      en: 'Fines for non-existent crimes',
      ru: 'Штрафы за выдуманные преступления',
      kk: 'Болмаған қылмыстар үшін айыппұлдар',
    },
    source: /* @__PURE__ */ quoted(nswp, 'Sex workers are forced to pay fines for crimes that are non-existent.'),
  },
  .../* @__PURE__ */ [police, healthOfficials].map(
    (perpetrator): AbuseRecord => ({
      form: {
        en: 'Feared public identification as a sex worker or drug user',
        ru: 'Страх, что все узнают о секс-работе или наркотиках',
        kk: 'Секс-қызметкер немесе есірткі тұтынушы ретінде жария етілу қорқынышы',
      },
      perpetrator,
      source: /* @__PURE__ */ quoted(
        nswp,
        'sex workers fear they will be publically identified by the police or health officials as sex workers or drug users',
      ),
    }),
  ),
];

const almatyTemirtau = {
  n: 400,
  population: {
    en: 'women who sell sex and use drugs',
    ru: 'женщины, которые продают секс и употребляют наркотики',
    kk: 'секс сататын және есірткі тұтынатын әйелдер',
  },
  place: { en: 'Almaty and Temirtau', ru: 'Алматы и Темиртау', kk: 'Алматы және Теміртау' },
  date: '2015/2017',
  source: /* @__PURE__ */ quoted(mukherjee2023, 'Of the 400 women, 45% and 28% reported recent IPV and client violence, respectively.'),
};
const policeClass = (value: number, en: string, ru: string, kk: string): AbuseRecord => ({
  form: { en, ru, kk },
  perpetrator: police,
  kind: 'rate',
  value,
  n: 255,
  place: { en: 'Almaty', ru: 'Алматы', kk: 'Алматы' },
  date: '2015/2017',
  part_of: { en: 'Classes of police violence', ru: 'Классы полицейского насилия', kk: 'Полиция зорлық-зомбылығының кластары' },
  source: /* @__PURE__ */ quoted(
    mukherjee2022,
    'Low Victimization (51%), Discrimination and Extortion (15%), and Poly-Victimization (34%).',
  ),
});

/**
 * Rates measured in surveys, with their samples. The two samples differ (n = 400 in Almaty and
 * Temirtau; n = 255 in Almaty), so their rates are never stacked or added together; the three
 * police-violence classes are shares of one whole.
 */
export const violenceMeasured: AbuseRecord[] = [
  {
    form: { en: 'Recent violence', ru: 'Недавнее насилие', kk: 'Жақындағы зорлық-зомбылық' },
    perpetrator: partners,
    kind: 'rate',
    value: 45,
    ...almatyTemirtau,
  },
  {
    form: { en: 'Violence', ru: 'Насилие', kk: 'Зорлық-зомбылық' },
    perpetrator: clients,
    kind: 'rate',
    value: 28,
    ...almatyTemirtau,
  },
  /* @__PURE__ */ policeClass(51, 'Low victimisation (little abuse)', 'Низкая виктимизация (мало насилия)', 'Төмен виктимизация (зорлық-зомбылық аз)'),
  /* @__PURE__ */ policeClass(15, 'Discrimination and extortion', 'Дискриминация и вымогательство', 'Кемсітушілік және қорқытып ақша алу'),
  /* @__PURE__ */ policeClass(34, 'Poly-victimisation (several kinds of abuse)', 'Множественная виктимизация (несколько видов насилия)', 'Көптік виктимизация (зорлық-зомбылықтың бірнеше түрі)'),
];

// <funding-timeline>
/**
 * The report's story in time: decriminalisation, Global Fund money for HIV in Kazakhstan and the end
 * of its support for prevention among sex workers, the 2006 raid, the size estimate, the report and
 * the 2024 law, in date order. The two sources date that end differently (2012 in the article about the
 * report, 2014 for eligibility in the CCM's words): both are kept, each with its source. Amounts of
 * different kinds (awarded, approved, disbursed, requested, allocated) are never added together.
 */
export const fundingTimeline: Figure[] = [
  {
    id: 'decriminalised2001',
    label: {
      en: 'Sex work decriminalised, for sex workers and clients',
      ru: 'Секс-работа больше не преступление — ни для секс-работников, ни для клиентов',
      kk: 'Секс-жұмыс қылмыстық жауаптылықтан шығарылды — секс-қызметкерлер мен клиенттер үшін',
    },
    kind: 'event',
    date: '2001',
    source: quoted(nswp, 'Sex work was decriminalised in Kazakhstan in 2001'),
  },
  {
    id: 'gfGrant2003',
    label: {
      en: 'First Global Fund HIV grant (KAZ-202-G01-H-00), total',
      ru: 'Первый грант Глобального фонда по ВИЧ (KAZ-202-G01-H-00), всего',
      kk: 'Жаһандық қордың АИТВ бойынша алғашқы гранты (KAZ-202-G01-H-00), барлығы',
    },
    kind: 'money',
    subkind: 'awarded',
    value: 22360000,
    currency: 'USD',
    date: '2003-12-01',
    source: quoted(cable, 'The start date of the grant, for a total of $22,360,000, was December 1, 2003.'),
  },
  {
    id: 'gfPhase1Approved',
    label: { en: 'First HIV grant, phase 1', ru: 'Первый грант по ВИЧ, этап 1', kk: 'АИТВ бойынша алғашқы грант, 1-кезең' },
    kind: 'money',
    subkind: 'approved',
    value: 6502000,
    currency: 'USD',
    date: '2003-12-01',
    end: '2005',
    source: quoted(cable, 'Under Phase 1, $6,502,000 has been approved, with $6,201,999 disbursed'),
  },
  {
    id: 'gfPhase1Disbursed',
    label: { en: 'First HIV grant, phase 1', ru: 'Первый грант по ВИЧ, этап 1', kk: 'АИТВ бойынша алғашқы грант, 1-кезең' },
    kind: 'money',
    subkind: 'disbursed',
    value: 6201999,
    currency: 'USD',
    date: '2003-12-01',
    end: '2005',
    source: quoted(cable, 'Under Phase 1, $6,502,000 has been approved, with $6,201,999 disbursed'),
  },
  {
    id: 'almatyRaid2006',
    label: {
      en: 'Almaty police raid: more than 400 sex workers arrested in six days',
      ru: 'Полицейский рейд в Алматы: за шесть дней задержаны более 400 секс-работников',
      kk: 'Алматыдағы полиция рейді: алты күнде 400-ден астам секс-қызметкер ұсталды',
    },
    kind: 'event',
    date: '2006-09',
    source: quoted(swan, 'Seven pimps and more than 400 sex workers were arrested.'),
  },
  {
    id: 'gfStopsPrevention',
    label: {
      en: 'Global Fund stops financing prevention for sex workers (Amelia report)',
      ru: 'Глобальный фонд перестаёт платить за профилактику для секс-работников (доклад «Амелии»)',
      kk: 'Жаһандық қор секс-қызметкерлерге арналған алдын алуды қаржыландыруды тоқтатады («Амелия» баяндамасы)',
    },
    kind: 'event',
    date: '2012',
    source: quoted(
      nswp,
      'In 2012, the Global Fund to Fight AIDS, Tuberculosis and Malaria stopped financing prevention programmes for sex workers',
    ),
  },
  {
    id: 'ameliaFounded',
    label: { en: 'Amelia NGO founded', ru: 'Основана НПО «Амелия»', kk: '«Амелия» ҮЕҰ құрылды' },
    kind: 'event',
    date: '2012',
    source: quoted(nswp, 'Amelia NGO was founded in 2012'),
  },
  {
    id: 'gfIneligible',
    label: {
      en: 'Kazakhstan no longer eligible for new Global Fund HIV grants (CCM)',
      ru: 'Казахстан больше не может подавать заявки на новые гранты Глобального фонда по ВИЧ (СКК)',
      kk: 'Қазақстан Жаһандық қордың АИТВ бойынша жаңа гранттарына өтінім бере алмайды (ЕҮК)',
    },
    kind: 'event',
    date: '2014',
    source: quoted(
      ccm,
      'Since 2014, due to the transition of the Republic of Kazakhstan to the category of upper-middle income countries',
    ),
  },
  {
    id: 'sizeEstimate2014',
    label: {
      en: 'Estimated 19,606 sex workers, 0.11% of the population',
      ru: 'Примерное число секс-работников — 19 606, 0,11 % населения',
      kk: 'Секс-қызметкерлердің бағалау саны — 19 606, халықтың 0,11%',
    },
    kind: 'event',
    date: '2014-01',
    source: quoted(
      nswp,
      "As of January 2014, the estimated number of sex workers was 19,606, which is 0.11% of the country's population.",
    ),
  },
  {
    id: 'reportReleased',
    label: { en: 'Amelia report released', ru: 'Опубликован доклад «Амелии»', kk: '«Амелия» баяндамасы жарияланды' },
    kind: 'event',
    date: '2015-11-05',
    source: quoted(nswp, 'released on the 5 of November, 2015'),
  },
  {
    id: 'gfHiv2018',
    label: {
      en: 'HIV: the amount Kazakhstan could apply for',
      ru: 'ВИЧ: сумма, на которую Казахстан мог подать заявку',
      kk: 'АИТВ: Қазақстан өтінім бере алатын сома',
    },
    kind: 'money',
    subkind: 'allocation',
    value: 4500000,
    currency: 'USD',
    date: '2018/2020',
    source: quoted(ccm, 'apply for a total of $ 4.5 million for a period of 2018-2020'),
  },
  {
    id: 'gfShared2020',
    label: {
      en: 'HIV, tuberculosis and health systems together, not HIV alone',
      ru: 'ВИЧ, туберкулёз и здравоохранение вместе, не только ВИЧ',
      kk: 'АИТВ, туберкулез және денсаулық сақтау жүйелері бірге, тек АИТВ емес',
    },
    kind: 'money',
    subkind: 'allocation',
    value: 15238497,
    currency: 'USD',
    date: '2020/2022',
    source: quoted(
      ccm,
      'allocated US 15,238,497 for HIV, tuberculosis and building resilient and sustainbale systems for health',
    ),
  },
  {
    id: 'gfRequest2021',
    label: { en: 'HIV funding request', ru: 'Заявка на финансирование по ВИЧ', kk: 'АИТВ бойынша қаржыландыруға өтінім' },
    kind: 'money',
    subkind: 'request',
    value: 7197500,
    currency: 'USD',
    date: '2021/2023',
    source: quoted(ccm, 'for the total amount of $ 7,197,500 for the period 2021-2023'),
  },
  {
    id: 'gfApplication2024',
    label: {
      en: 'HIV funding application',
      ru: 'Заявка на финансирование по ВИЧ',
      kk: 'АИТВ бойынша қаржыландыруға өтінім',
    },
    kind: 'money',
    subkind: 'request',
    value: 7442991,
    currency: 'USD',
    date: '2024/2026',
    source: quoted(kncdiz, 'The amount of the application is 7,442,991 US dollars.'),
  },
  {
    id: 'traffickingLaw2024',
    label: {
      en: 'Law No. 110-VIII on countering human trafficking criminalises aspects of sex work',
      ru: 'Закон № 110-VIII о борьбе с торговлей людьми делает часть секс-работы преступлением',
      kk: 'Адам саудасына қарсы іс-қимыл туралы № 110-VIII заң секс-жұмыстың кейбір аспектілерін қылмысқа жатқызады',
    },
    kind: 'event',
    date: '2024-09',
    source: quoted(hhrj, 'taking effect in September 2024'),
  },
];
