import { max } from 'd3-array';
import type { TemplateResult } from 'lit';
import type { Lang } from '../data/types.js';
import { axisTicks, type Tick } from '../internal/axis.js';
import { formatNumber, formatPercent, formatTimes, t } from '../internal/i18n.js';
import type { Measure as MeasureText } from '../internal/measure-text.js';
import type { FocusPoint } from '../internal/point-controller.js';
import { linearScale } from '../internal/scale.js';

/** The kinds an estimate can be: a count, an open-ended count, or a percentage. */
export type EstimateKind = 'count' | 'lower-bound' | 'rate';

/** Counts and lower bounds share a scale; rates get their own. Never both on one axis. */
export type Measure = 'count' | 'rate';

/** One estimate as the layout needs it: its text already in the reader's language. */
export interface LayoutEstimate {
  label: string;
  value: number;
  kind: EstimateKind;
  /** The value as the reader reads it (`formatEstimate`): written once, not at every width. */
  valueText: string;
  /** The date as the reader reads it, when the source gives one. */
  date?: string;
  /** The title of the estimate's source and its language, for the text a screen reader speaks. */
  source?: { title: string; lang?: string };
}

export interface EstimateRow {
  /** Position of the estimate in the input. */
  index: number;
  label: string;
  kind: EstimateKind;
  /** What the reader sees: "28", "more than 100", "1.3 %". */
  valueText: string;
  /** Where the solid bar ends. */
  x: number;
  /** For a lower bound: the open continuation from the bound to the panel's edge. */
  tail?: { x0: number; x1: number };
}

export interface EstimatePanel {
  measure: Measure;
  rows: EstimateRow[];
  ticks: Tick[];
  /** Set past COMPACT_ROWS estimates: every bar as a thin stripe of one path per kind. */
  compact?: CompactPanel;
}

export interface CompactPanel {
  height: number;
  rowHeight: number;
  /** One path per kind of bar, a stripe per estimate. */
  bars: { kind: EstimateKind; d: string }[];
  /** The open continuations of lower bounds, as lines to the edge. */
  openEnds: string;
}

export interface EstimateLayout {
  width: number;
  panels: EstimatePanel[];
  /** What each estimate says, in the order the keyboard walks them: panel by panel, row by row. */
  points: FocusPoint[];
}

/**
 * Past this many estimates in a panel, a label and an SVG per row would cost thousands of DOM nodes
 * and seconds of layout: bars are then drawn as thin stripes, a path per kind, with no label per row.
 * Every value stays on the keyboard and in the CSV download (the table shows the first 500).
 */
export const COMPACT_ROWS = 40;

/**
 * The stripes' layout and drawing (compact.ts). Only a page's own data has more than COMPACT_ROWS
 * estimates, never the report's, so they come with the code that reads such data (read.ts imports
 * compact.ts, which fills this in): a page of the report's charts never downloads them.
 */
export const stripes = {} as {
  layout(rows: EstimateRow[], width: number): CompactPanel;
  render(panel: EstimatePanel, width: number, first: number, active: number, lang: Lang): TemplateResult;
};

/** Room a lower bound's open end gets past its value, as a share of the value. */
const OPEN_END = 0.35;
/** Pixels per tick at most: a calm axis on wide screens. */
const TICK_SPACING = 80;

export const measureOf = (kind: EstimateKind): Measure => (kind === 'rate' ? 'rate' : 'count');

/** Text of a value as the reader should read it; a lower bound is always "more than". */
export function formatEstimate(value: number, kind: EstimateKind, lang: Lang): string {
  if (kind === 'rate') return formatPercent(value, lang);
  const number = formatNumber(value, lang);
  return kind === 'lower-bound' ? t(lang, 'moreThan', { value: number }) : number;
}

/**
 * Lays estimates out as horizontal bars, one panel per measure, each with its own zero-based scale
 * across `width`. A lower bound is a bar to its value that carries on, open, to the panel's edge:
 * it never reads as a bar that ends at the bound.
 */
export function layoutEstimates(
  estimates: LayoutEstimate[],
  width: number,
  lang: Lang,
  measure: MeasureText,
): EstimateLayout {
  const measures: Measure[] = ['count', 'rate'];
  const panels = measures.flatMap((kind) => {
    const members = estimates
      .map((estimate, index) => ({ ...estimate, index }))
      .filter((estimate) => measureOf(estimate.kind) === kind);
    return members.length ? [layoutPanel(kind, members, width, lang, measure)] : [];
  });
  const points = panels.flatMap((panel) =>
    panel.rows.map(({ index, label, valueText }): FocusPoint => {
      const { date, source } = estimates[index];
      return { text: `${label}: ${valueText}${date ? `, ${date}` : ''}`, source };
    }),
  );
  return { width, panels, points };
}

function layoutPanel(
  measure: Measure,
  estimates: (LayoutEstimate & { index: number })[],
  width: number,
  lang: Lang,
  measureText: MeasureText,
): EstimatePanel {
  // d3's max, not Math.max(...values): a spread of a million values overflows the call stack.
  const reach = max(estimates, ({ value, kind }) => (kind === 'lower-bound' ? value * (1 + OPEN_END) : value)) ?? 0;
  const x = linearScale([0, reach > 0 ? reach : 1], [0, width]);
  const rows = estimates.map(({ index, label, value, kind, valueText }): EstimateRow => {
    const end = x(value);
    return {
      index,
      label,
      kind,
      valueText,
      x: end,
      ...(kind === 'lower-bound' ? { tail: { x0: end, x1: width } } : {}),
    };
  });
  const format = (value: number) => (measure === 'rate' ? formatPercent(value, lang) : formatNumber(value, lang));
  // At most one tick per TICK_SPACING pixels, and fewer when the labels are long.
  const spaced = (text: string) => Math.max(measureText(text), TICK_SPACING - 10);
  const ticks = axisTicks(x, width, format, spaced);
  return { measure, rows, ticks, ...(rows.length > COMPACT_ROWS ? { compact: stripes.layout(rows, width) } : {}) };
}

const SUMMARY_FIGURES = 5;

/**
 * The key finding in one sentence. For an official count against a larger lower bound it states how
 * many times larger the bound is, rounded down so that "over" stays true.
 */
export function summarizeEstimates(estimates: LayoutEstimate[], lang: Lang): string {
  const [first, second] = estimates;
  if (estimates.length === 2 && first.kind === 'count' && second.kind === 'lower-bound' && first.value > 0) {
    const ratio = Math.floor((second.value / first.value) * 10) / 10;
    // Not for a first value so small that the ratio overflows: "over ∞ times as many".
    if (ratio > 1 && Number.isFinite(ratio)) {
      return t(lang, 'hivSummaryPair', {
        low: first.label,
        lowValue: first.valueText,
        high: second.label,
        highValue: second.valueText,
        times: formatTimes(ratio, lang),
      });
    }
  }
  // A summary is a sentence, not the data: past a few figures it names how many more there are.
  const shown = estimates.length > SUMMARY_FIGURES + 1 ? estimates.slice(0, SUMMARY_FIGURES) : estimates;
  const more = estimates.length - shown.length;
  const list = [
    ...shown.map(({ label, valueText }) => `${label}: ${valueText}`),
    ...(more ? [t(lang, 'andMore', { count: formatNumber(more, lang) })] : []),
  ].join(t(lang, 'listSeparator'));
  return t(lang, 'hivSummaryList', { list });
}
