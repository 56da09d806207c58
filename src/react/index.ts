/**
 * React components for the kit's elements, made with `@lit/react` as Lit component libraries ship
 * theirs. React 19 sets a prop on a custom element as a property only if the element is already
 * defined when React commits, and never while hydrating server HTML: a chart loaded late got
 * `data="[object Object]"`, and a hydrated one kept the report's default data. These components set
 * `data` (and every other property) on the element after each render, upgraded or not (Lit takes a
 * property set before the upgrade), and listen to the kit's events:
 *
 *   <HivEstimateGap data={estimates} lang="ru" onChartError={(event) => log(event.detail.reason)} />
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { FundingTimeline as FundingTimelineElement } from '../funding-timeline.js';
import { HivEstimateGap as HivEstimateGapElement } from '../hiv-estimate-gap.js';
import type { ChartErrorDetail } from '../internal/errors.js';
import { ViolenceBreakdown as ViolenceBreakdownElement } from '../violence-breakdown.js';

const events = {
  onChartRendered: 'chart-rendered' as EventName<CustomEvent<null>>,
  onChartError: 'chart-error' as EventName<CustomEvent<ChartErrorDetail>>,
};

export const HivEstimateGap = createComponent({
  react: React,
  tagName: 'hiv-estimate-gap',
  elementClass: HivEstimateGapElement,
  events,
  displayName: 'HivEstimateGap',
});

export const FundingTimeline = createComponent({
  react: React,
  tagName: 'funding-timeline',
  elementClass: FundingTimelineElement,
  events,
  displayName: 'FundingTimeline',
});

export const ViolenceBreakdown = createComponent({
  react: React,
  tagName: 'violence-breakdown',
  elementClass: ViolenceBreakdownElement,
  events,
  displayName: 'ViolenceBreakdown',
});

export type { ChartErrorDetail, ChartErrorReason } from '../internal/errors.js';
export type { EstimateData } from '../hiv-estimate-gap.js';
export type { TimelineData } from '../funding-timeline.js';
export type { ViolenceData, ViolenceView } from '../violence-breakdown.js';
