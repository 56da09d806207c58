import '../src/hiv-estimate-gap.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import csv from '../test/fixtures/estimates.csv?raw';
import json from '../test/fixtures/estimates.json?raw';
import { chartStories, fixtureUrl, type ChartArgs } from './chart-stories.js';

const chart = chartStories({
  tag: 'hiv-estimate-gap',
  json: { name: 'estimates.json', text: json },
  csv: { name: 'estimates.csv', text: csv },
  semicolonCsv: { name: 'estimates-semicolon.csv', lang: 'ru' },
  invalidData: { estimates: [{ label: 'Clinic records', value: 'many', source: 'Partner survey 2024' }] },
  noData: { estimates: [] },
  withLabels: (labels) => ({
    source: { title: 'Partner survey 2024', url: 'https://example.org/survey' },
    estimates: labels.map((label, i) => ({ label, value: 40 * (i + 1), kind: i === 1 ? 'lower-bound' : 'count' })),
  }),
  // The official count and the public data's lower bound.
  reportMarks: 2,
});

const meta = {
  title: 'Charts/hiv-estimate-gap',
  component: 'hiv-estimate-gap',
  tags: ['autodocs'],
  ...chart.meta,
} satisfies Meta<ChartArgs>;

export default meta;

export const ReportData = chart.stories.ReportData;
export const PartnerData = chart.stories.PartnerData;
export const FromJsonFile = chart.stories.FromJsonFile;
export const FromCsvFile = chart.stories.FromCsvFile;
export const FromSemicolonCsv = chart.stories.FromSemicolonCsv!;
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

/** The robustness tests' hostile CSV (test/fixtures/hostile.csv): markup, script and `javascript:` URLs in every field. */
export const HostileCsvFile: StoryObj<ChartArgs> = {
  args: { src: fixtureUrl('hostile.csv') },
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('hiv-estimate-gap')!;
    await waitFor(() => expect(element.shadowRoot!.querySelector('[part~="summary"], [role="alert"]')).not.toBeNull());
    const root = element.shadowRoot!;
    expect(root.querySelector('img, script, iframe, svg[onload], b[onmouseover]')).toBeNull();
    for (const link of root.querySelectorAll('a')) expect(link.protocol).toMatch(/^https?:$/);
    expect((window as { __hostile?: unknown }).__hostile).toBeUndefined();
  },
};
