/**
 * What the contract suite needs to know of each element: the data it draws and how its marks look.
 * test/contract.test.ts fails for a tag the build makes that has no entry here, so a new element
 * gets the whole contract as soon as it has one.
 */
export interface ContractFixture {
  /** The `view` values to run each check in; `[undefined]` for an element with one view. */
  views: (string | undefined)[];
  /** The selector of the data marks drawn in `view`. */
  marks(view: string | undefined): string;
  /** A small valid data set, as a JSON value, with at least three points the keyboard walks in every view. */
  json: unknown;
  /** A small valid data set, as a CSV file's text. */
  csv: string;
  /** `n` valid rows, as a JSON value. */
  rows(n: number): unknown;
  /** Data that fails validation: `invalid-data`. */
  invalid: unknown;
  /**
   * Partner data sets that leave out the optional fields (title, currency, quote, url, date...): what a
   * page that adds those names to Object.prototype could fill in. Each is drawn, or refused, alike on
   * a clean page and on a polluted one.
   */
  sparse: unknown[];
  /** Data whose every text field holds `text` and whose every source URL is `url`. */
  hostile(text: string, url: string): unknown;
  /** For an element with a value axis: data reaching `value`, and the view that puts it on the axis. */
  large?: { view: string | undefined; data(value: number): unknown };
}

const estimates = {
  views: [undefined],
  marks: () => '[part="bar"]',
  json: {
    title: 'HIV prevalence estimates, partner example',
    source: { title: 'Partner survey 2024', url: 'https://example.org/survey' },
    estimates: [
      { label: 'Clinic records', value: 40, kind: 'count', date: '2024' },
      { label: 'Outreach workers', value: 150, kind: 'lower-bound', date: '2024' },
      { label: 'Prevalence in sample', value: 2.5, kind: 'rate', date: '2024' },
    ],
  },
  csv: `label,value,kind,date,source,source_url,quote
Clinic records,40,count,2024,Partner survey 2024,https://example.org/survey,"Clinics recorded 40, ""confirmed"""
Outreach workers,150,lower-bound,2024,Partner survey 2024,https://example.org/survey,
Prevalence in sample,2.5,rate,2024,Partner survey 2024,https://example.org/survey,
`,
  rows: (n: number) => ({
    estimates: Array.from({ length: n }, (_, i) => ({ label: `Site ${i + 1}`, value: (i % 90) + 10, source: 'Partner survey' })),
  }),
  invalid: [{ label: 'A', value: 'many', source: 'S' }],
  sparse: [
    [
      { label: 'Clinic', value: 40, source: 'S' },
      { label: 'Outreach', value: 150, kind: 'lower-bound', source: { title: 'S' } },
    ],
    { estimates: [{ label: 'A', value: 1, source: 'S' }] },
  ],
  hostile: (text: string, url: string) => ({
    title: text,
    estimates: [
      { label: text, value: 40, kind: 'count', date: text, source: text, source_url: url, quote: text },
      { label: `${text} 2`, value: 150, kind: 'lower-bound', date: text, source: { title: text, url, quote: text } },
    ],
  }),
  large: {
    view: undefined,
    data: (value: number) => [
      { label: 'Largest', value, source: 'S' },
      { label: 'A third', value: value / 3, source: 'S' },
    ],
  },
} satisfies ContractFixture;

const timeline = {
  views: [undefined],
  marks: () => '[part="event"], [part="amount"]',
  json: {
    title: 'Partner funding, example',
    source: { title: 'Partner annual report 2021', url: 'https://example.org/report' },
    currency: 'USD',
    entries: [
      { label: 'Prevention project starts', date: '2016-04' },
      { label: 'Prevention project', kind: 'awarded', date: '2016/2018', value: 120000 },
      { label: 'Prevention project', kind: 'disbursed', date: '2016/2017', value: 95000.5 },
      { label: 'Shared health grant', kind: 'allocation', date: '2019-01-01', end: '2020-12-31', value: 300000 },
      { label: 'Renewal', kind: 'request', date: '2021', value: 150000 },
      { label: 'Project closes', date: '2021-12-31' },
    ],
  },
  csv: `label,kind,date,end,value,currency,source,source_url,quote
Outreach office opens,event,2016-04-12,,,,Partner annual report 2021,https://example.org/report,We opened our office on 12 April 2016
City social contract,awarded,2017,2019,"1,250,000",KZT,Partner annual report 2021,https://example.org/report,
Foundation renewal,request,2020/2021,,40000,USD,Partner annual report 2021,https://example.org/report,"We asked for ""40,000 dollars"""
Foundation grant ends,event,2021-06,,,,Partner annual report 2021,https://example.org/report,
`,
  rows: (n: number) => ({
    currency: 'USD',
    source: 'Partner report',
    entries: Array.from({ length: n }, (_, i) => {
      const year = 2000 + (i % 25);
      return i % 2
        ? { label: `Grant ${i + 1}`, kind: 'awarded', date: `${year}/${year + 1}`, value: 1000 * ((i % 50) + 1) }
        : { label: `Event ${i + 1}`, date: `${year}-${String((i % 12) + 1).padStart(2, '0')}` };
    }),
  }),
  invalid: [{ label: 'A', date: '2015-13', source: 'S' }],
  sparse: [
    [
      { label: 'Office opens', date: '2016', source: 'S' },
      { label: 'Grant', kind: 'awarded', date: '2016/2017', value: 1000, currency: 'USD', source: 'S' },
    ],
    // No currency anywhere: refused on a clean page, and must not take one from the page.
    [{ label: 'Grant', kind: 'awarded', date: '2016/2017', value: 1000, source: 'S' }],
  ],
  hostile: (text: string, url: string) => ({
    title: text,
    entries: [
      // The last date is a day's: the summary ends on it, abbreviated in Russian and Kazakh ("5 мар. 2018 г.").
      { label: text, date: '2018-03-05', source: { title: text, url, quote: text } },
      { label: text, kind: 'awarded', date: '2016/2017', value: 1000, currency: 'USD', source: text, source_url: url, quote: text },
    ],
  }),
} satisfies ContractFixture;

const violence = {
  views: ['report', 'measured'],
  marks: (view: string | undefined) => (view === 'measured' ? '[part="bar"], [part="segment"]' : '[part="mark"]'),
  json: {
    title: 'Abuse reported to outreach workers, partner example',
    source: { title: 'Example partner survey 2024 (test data)', url: 'https://example.org/survey' },
    rows: [
      { form: 'Violence', perpetrator: 'Police', quote: 'Police beat two of the women we met.' },
      { form: 'Extortion', quote: 'Money was taken from them.' },
      { form: 'Threats', perpetrator: 'Clients', quote: 'Clients threatened them.' },
      { form: 'Violence', perpetrator: 'Clients', value: 20, kind: 'rate', n: 120, place: 'Taldykorgan', date: '2023/2024' },
      { form: 'Detained', perpetrator: 'Police', value: 60, kind: 'count', n: 120, place: 'Taldykorgan', date: '2023/2024', part_of: 'Last contact with police' },
      { form: 'Fined', perpetrator: 'Police', value: 36, kind: 'count', n: 120, place: 'Taldykorgan', date: '2023/2024', part_of: 'Last contact with police' },
    ],
  },
  csv: `form,perpetrator,value,kind,n,place,date,source,source_url,quote
Violence,Police,12,count,40,Taldykorgan,2024,Example outreach survey 2024 (test data),https://example.org/outreach,"12 of 40 women said police used violence, ""often at night"""
Violence,Clients,9,count,40,Taldykorgan,2024,Example outreach survey 2024 (test data),https://example.org/outreach,
Blackmail,,7,count,30,Taldykorgan,2024,Example outreach survey 2024 (test data),https://example.org/outreach,
Extortion,Police,,,,,,Example outreach survey 2024 (test data),https://example.org/outreach,Money was taken from them
Threats,Clients,,,,,,Example outreach survey 2024 (test data),https://example.org/outreach,
Insults,,,,,,,Example outreach survey 2024 (test data),https://example.org/outreach,
`,
  rows: (n: number) => ({
    source: 'Partner survey',
    rows: Array.from({ length: n }, (_, i) =>
      i % 2
        ? { form: `Form ${i + 1}`, perpetrator: 'Clients', value: (i % 90) + 1, kind: 'rate', n: 100, place: 'Almaty', date: '2024' }
        : { form: `Form ${i + 1}`, perpetrator: i % 4 ? 'Police' : '' },
    ),
  }),
  invalid: [{ form: 'A', value: 120, kind: 'rate', source: 'S' }],
  sparse: [
    [
      { form: 'Violence', perpetrator: 'Police', source: 'S' },
      { form: 'Extortion', source: 'S' },
    ],
    [{ form: 'Violence', perpetrator: 'Clients', value: 20, kind: 'rate', n: 120, source: 'S' }],
  ],
  hostile: (text: string, url: string) => ({
    title: text,
    rows: [
      { form: text, perpetrator: text, source: { title: text, url, quote: text } },
      { form: text, perpetrator: text, value: 20, kind: 'rate', n: 100, place: text, date: '2024', source: text, source_url: url, quote: text },
    ],
  }),
  large: {
    view: 'measured',
    data: (value: number) => [
      { form: 'Largest', perpetrator: 'Police', value, source: 'S' },
      { form: 'A third', perpetrator: 'Police', value: value / 3, source: 'S' },
    ],
  },
} satisfies ContractFixture;

/** One entry per tag the build makes. */
export const fixtures: Record<string, ContractFixture> = {
  'hiv-estimate-gap': estimates,
  'funding-timeline': timeline,
  'violence-breakdown': violence,
};
