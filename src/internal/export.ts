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
export function download(filename: string, content: string | Blob, type: string): void {
  const url = URL.createObjectURL(content instanceof Blob ? content : new Blob([content], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** What the chart shows on screen but an exported image leaves out. */
const NOT_EXPORTED = '[part="actions"], details, [part="tooltip"], [part="hint"], .visually-hidden, .citation, [role="status"]';

/**
 * The chart as a standalone SVG image: its title, summary, marks and sources as they are drawn,
 * wrapped in a foreignObject with the element's styles and resolved theme. Text stays text, and the
 * serializer escapes it, so labels can never become markup in the file.
 */
export function chartToSvg(host: HTMLElement, frame: HTMLElement): string {
  const { width, height } = frame.getBoundingClientRect();
  const clone = frame.cloneNode(true) as HTMLElement;
  clone.querySelectorAll(NOT_EXPORTED).forEach((node) => node.remove());
  const computed = getComputedStyle(host);
  const theme = [...computed]
    .filter((name) => name.startsWith('--amelia-'))
    .map((name) => `${name}: ${computed.getPropertyValue(name).trim()}`)
    .join('; ');
  const css = (host.shadowRoot?.adoptedStyleSheets ?? [])
    .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
    .join('\n');
  const style = document.createElement('style');
  style.textContent = css;
  const root = document.createElement('div');
  root.setAttribute('style', [theme, `width: ${Math.ceil(width)}px`].filter(Boolean).join('; '));
  root.append(style, clone);
  const body = new XMLSerializer().serializeToString(root);
  const w = Math.ceil(width);
  const h = Math.ceil(height);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><foreignObject width="100%" height="100%">${body}</foreignObject></svg>`;
}

/** Draws an SVG image onto a canvas at `scale` times its size, for a PNG. */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth * scale;
  canvas.height = image.naturalHeight * scale;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.scale(scale, scale);
  context.drawImage(image, 0, 0);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG export failed'))), 'image/png'),
  );
}
