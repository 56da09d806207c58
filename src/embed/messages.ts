// The messages between an embed page (dist/embed/<tag>.html) and the page around its iframe
// (dist/embed/host.js). Both sides are built from this file, so they cannot drift apart.

/** Sent by an embed page to its parent whenever its height changes; names the kit and the chart. */
export const HEIGHT = 'amelia-report-charts:height';

/** Sent by the host script to ask embeds that drew before it loaded for their height again. */
export const MEASURE = 'amelia-report-charts:measure';

export interface HeightMessage {
  type: typeof HEIGHT;
  /** The chart's tag, such as `hiv-estimate-gap`. */
  chart: string;
  /** CSS pixels, rounded up. */
  height: number;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

export function isHeightMessage(value: unknown): value is HeightMessage {
  return (
    isObject(value) &&
    value.type === HEIGHT &&
    typeof value.chart === 'string' &&
    typeof value.height === 'number' &&
    Number.isFinite(value.height) &&
    value.height >= 0
  );
}

export const isMeasureRequest = (value: unknown): boolean => isObject(value) && value.type === MEASURE;
