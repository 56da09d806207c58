import type { Figure, Source } from './types.js';

/*
 * Every figure the kit shows by default, copied from shared/source/DATA-SOURCES.md with its quote.
 * Nothing here is rounded, estimated or filled in; a figure that is not in that file is not here.
 */

const nswp: Source = {
  title: 'Amelia NGO report (November 2015), as reported by NSWP',
  url: 'https://www.nswp.org/news/amelia-ngo-kazakhstan-publish-report-sex-work',
};
const hivtbCity: Source = { title: 'HIV/TB city profile: Almaty', url: 'https://hivtb.city/en/cities/almaty/' };
const cabar: Source = { title: 'CABAR.asia (in Russian), citing the Ministry of Health' };
const aidsBehav: Source = {
  title: 'AIDS and Behavior (2024), citing UNAIDS',
  url: 'https://doi.org/10.1007/s10461-024-04443-7',
};
const mukherjee2023: Source = {
  title: 'Mukherjee et al., Int J STD AIDS 2023;34(10):666-676',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC11067510/',
};
const mukherjee2022: Source = { title: 'Mukherjee et al., Int J Drug Policy 2022;106:103750' };
const swan: Source = { title: 'SWAN: police raid in Almaty (2006)', url: 'https://swannet.org/en/node/1748' };
const hhrj: Source = { title: 'Health and Human Rights Journal, 18 October 2025' };
const cable: Source = { title: 'US Embassy Almaty cable 05ALMATY2689 (2005)' };
const ccm: Source = { title: 'Country Coordinating Mechanism of Kazakhstan', url: 'https://ccmkz.kz/projects/index/id/2' };
const kncdiz: Source = {
  title: 'Kazakh Scientific Center of Dermatology and Infectious Diseases, 23 May 2023',
  url: 'https://kncdiz.kz/en/news/item/7332',
};

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
    label: { en: 'Estimated sex workers', ru: 'Оценочное число секс-работников', kk: 'Секс-қызметкерлердің бағалау саны' },
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
      ru: 'Распространённость ВИЧ среди секс-работников, Алматы',
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
      ru: 'Распространённость ВИЧ среди женщин, продающих секс',
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
