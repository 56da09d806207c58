import { csvFormatRows } from 'd3-dsv';
import type { Lang, Source } from '../data/types.js';
import type { ChartTable } from './chart-element.js';
import { t } from './i18n.js';

/**
 * A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, carriage return first) is
 * prefixed with an apostrophe, which spreadsheets show as text.
 */
export const escapeCell = (cell: string): string => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

/** The chart's data table as CSV, with each row's source, link and quote. */
export function tableToCsv(table: ChartTable, lang: Lang): string {
  const header = [...table.columns, t(lang, 'source'), t(lang, 'sourceUrl'), t(lang, 'quote')];
  const rows = table.rows.map(({ cells, source }) => [...cells, source.title, source.url ?? '', source.quote ?? '']);
  return csvFormatRows([header, ...rows].map((row) => row.map(escapeCell)));
}

/** A plain-text citation: the chart, its figures' sources, the report, and the day it was read. */
export function citation(title: string, sources: Source[], lang: Lang, accessed: Date): string {
  const date = accessed.toISOString().slice(0, 10);
  const cited = sources.map((source) => (source.url ? `${source.title} (${source.url})` : source.title));
  return t(lang, 'citation', { title, sources: cited.join('; '), date });
}

/** Saves `content` as a file, entirely in the browser. */
export function download(filename: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
