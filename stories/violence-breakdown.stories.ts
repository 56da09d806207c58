import '../src/violence-breakdown.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import csv from '../test/fixtures/violence-counts.csv?raw';
import json from '../test/fixtures/violence.json?raw';
import { chartStories, type ChartArgs } from './chart-stories.js';

const chart = chartStories({
  tag: 'violence-breakdown',
  json: { name: 'violence.json', text: json },
  csv: { name: 'violence-counts.csv', text: csv },
  invalidData: { rows: [{ form: 'Violence', perpetrator: 'Police', value: 'many', n: 40, source: 'Partner survey' }] },
  noData: { rows: [] },
  withLabels: (labels) => ({
    source: { title: 'Example partner survey 2024 (test data)', url: 'https://example.org/survey' },
    rows: labels.map((form, i) => ({ form, perpetrator: i % 2 ? 'Clients' : 'Police' })),
  }),
});

const meta = {
  title: 'Charts/violence-breakdown',
  component: 'violence-breakdown',
  tags: ['autodocs'],
  ...chart.meta,
  argTypes: { ...chart.meta.argTypes, view: { control: 'select', options: ['', 'report', 'measured'] } },
} satisfies Meta<ChartArgs>;

export default meta;

export const ReportData = chart.stories.ReportData;

/** The report's survey rates, each with its sample; the police-violence classes as one 100 % bar. */
export const MeasuredView: StoryObj<ChartArgs> = {
  args: { view: 'measured' },
  play: chart.play.rendered((element) => {
    expect(element.getAttribute('view')).toBe('measured');
  }),
};

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
