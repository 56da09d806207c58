// Compiled by `tsc`, never run: the kit's typings must accept what is right and reject what is not.
import type {} from 'amelia-report-charts/types/react';
import { HivEstimateGap, ViolenceBreakdown } from 'amelia-report-charts/react';
import type { ChartErrorReason } from 'amelia-report-charts';
import { data } from './data';

export const wrapped = (
  <>
    <HivEstimateGap data={data} hideActions theme="dark" onChartError={(event) => event.detail.reason satisfies ChartErrorReason} />
    <ViolenceBreakdown view="measured" />
    {/* @ts-expect-error a number is not the chart's data */}
    <HivEstimateGap data={42} />
  </>
);

export const intrinsic = (
  <>
    <hiv-estimate-gap data={data} lang="ru" hide-actions onchart-error={(event) => event.detail.reason satisfies ChartErrorReason} />
    <violence-breakdown view="report" onchart-rendered={(event) => event.type} />
    {/* @ts-expect-error a number is not the chart's data */}
    <hiv-estimate-gap data={42} />
    {/* @ts-expect-error no such view */}
    <violence-breakdown view="pie" />
  </>
);

export function listen(chart: HTMLElementTagNameMap['hiv-estimate-gap']): void {
  chart.addEventListener('chart-error', (event) => event.detail.reason satisfies ChartErrorReason);
  chart.data = data;
  // @ts-expect-error a number is not the chart's data
  chart.data = 42;
}
