/** The whole kit: importing it defines every element. */
export * from './hiv-estimate-gap.js';
export * from './funding-timeline.js';
export * from './violence-breakdown.js';
export { figures, sources } from './data/report.js';
export type { Figure, FigureKind, Lang, LocalizedText, Source } from './data/types.js';
export type { ChartErrorDetail, ChartErrorReason } from './internal/errors.js';
