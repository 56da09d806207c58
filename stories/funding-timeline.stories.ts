import '../src/funding-timeline.js';
import type { Meta } from '@storybook/web-components-vite';
import csv from '../test/fixtures/timeline.csv?raw';
import json from '../test/fixtures/timeline.json?raw';
import { chartStories, type ChartArgs } from './chart-stories.js';

const chart = chartStories({
  tag: 'funding-timeline',
  json: { name: 'timeline.json', text: json },
  csv: { name: 'timeline.csv', text: csv },
  invalidData: {
    currency: 'USD',
    entries: [{ label: 'Prevention project', kind: 'awarded', date: '2016/2018', value: 'a lot', source: 'Partner annual report 2021' }],
  },
  noData: { entries: [] },
  withLabels: (labels) => ({
    source: { title: 'Partner annual report 2021', url: 'https://example.org/report' },
    currency: 'USD',
    entries: labels.map((label, i) =>
      i % 2 === 0
        ? { label, date: `${2016 + i}-04` }
        : { label, kind: 'awarded', date: `${2016 + i}/${2018 + i}`, value: 120000 * i },
    ),
  }),
});

const meta = {
  title: 'Charts/funding-timeline',
  component: 'funding-timeline',
  tags: ['autodocs'],
  ...chart.meta,
} satisfies Meta<ChartArgs>;

export default meta;

export const ReportData = chart.stories.ReportData;
export const PartnerData = chart.stories.PartnerData;
export const FromJsonFile = chart.stories.FromJsonFile;
export const FromCsvFile = chart.stories.FromCsvFile;
export const ErrorInvalidJson = chart.stories.ErrorInvalidJson;
export const ErrorLoadFailed = chart.stories.ErrorLoadFailed;
export const ErrorInvalidData = chart.stories.ErrorInvalidData;
export const ErrorNoData = chart.stories.ErrorNoData;
export const EmptyData = chart.stories.EmptyData;
export const Narrow = chart.stories.Narrow;
export const Wide = chart.stories.Wide;
export const ReaderTextSpacing = chart.stories.ReaderTextSpacing;
export const English = chart.stories.English;
export const Russian = chart.stories.Russian;
export const Kazakh = chart.stories.Kazakh;
export const DarkTheme = chart.stories.DarkTheme;
export const CustomTheme = chart.stories.CustomTheme;
export const LongLabels = chart.stories.LongLabels;
export const HostileLabels = chart.stories.HostileLabels;
export const ManyRows = chart.stories.ManyRows;
