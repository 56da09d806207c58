/*
 * The actions under a chart: the data as CSV, the chart as SVG or PNG, a citation, a file saved in
 * the browser. Loaded the first time a reader asks for one (export-controller.ts), not with the
 * chart; it imports the image's code (svg.ts), which `toSvg()` also loads on its own.
 */
import { csvFormatRows } from 'd3-dsv';
import type { Lang, Source } from '../data/types.js';
import type { ExportHost, Exported } from './export-controller.js';
import { quoteTranslation, type ChartAction, type ChartTable } from './frame.js';
import { t } from './i18n.js';
import { xmlSafe } from './svg.js';
import { own } from './own.js';

/**
 * A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, carriage return first) is
 * prefixed with an apostrophe, which spreadsheets show as text.
 */
export const escapeCell = (cell: string): string => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

/**
 * The chart's data table as CSV, with each row's source, link and quote in the source's words, and
 * beside it the kit's translation for the reader's language, when there is one.
 */
export function tableToCsv(table: ChartTable, lang: Lang): string {
  const header = [...table.columns, t(lang, 'source'), t(lang, 'sourceUrl'), t(lang, 'quote'), t(lang, 'quoteTranslated')];
  const rows = table.rows.map(({ cells, source }) => [
    ...cells(),
    source.title,
    own(source, 'url') ?? '',
    own(source, 'quote') ?? '',
    quoteTranslation(source, lang) ?? '',
  ]);
  return csvFormatRows([header, ...rows].map((row) => row.map(escapeCell)));
}

/** A plain-text citation: the chart, its figures' sources, the report, and the day it was read. */
export function citation(title: string, sources: Source[], lang: Lang, accessed: Date): string {
  const date = accessed.toISOString().slice(0, 10);
  const cited = sources.map((source) => (source.url ? `${source.title} (${source.url})` : source.title));
  return t(lang, 'citation', { title, sources: cited.join('; '), date });
}

/** Saves `content` as a file, entirely in the browser. */
function download(filename: string, content: string | Blob, type: string): void {
  const url = URL.createObjectURL(content instanceof Blob ? content : new Blob([content], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** What an action gives back: a citation to copy, or why a PNG could not be made. */
export interface Made {
  citation?: string;
  failure?: PngFailure;
}

/** Makes the file `action` asks for and saves it; a citation is given back for the clipboard. */
export async function makeExport(action: ChartAction, host: ExportHost, { title, table, sources }: Exported): Promise<Made> {
  const lang = host.language;
  const name = `${host.localName}-${lang}`;
  try {
    switch (action) {
      case 'csv':
        download(`${name}.csv`, tableToCsv(table, lang), 'text/csv;charset=utf-8');
        break;
      case 'svg':
        download(`${name}.svg`, await host.toSvg(), 'image/svg+xml');
        break;
      case 'png':
        // Asked before the image is made: a refused image would log a violation on the page.
        if (pngBlockedByPolicy()) return { failure: 'pngBlocked' };
        download(`${name}.png`, await svgToPng(await host.toSvg()), 'image/png');
        break;
      case 'cite':
        return { citation: citation(title, sources, lang, new Date()) };
    }
  } catch (error) {
    return { failure: error instanceof PngError ? error.reason : 'pngFailed' };
  }
  return {};
}

/** Why a PNG could not be made, for the message the reader gets. */
export type PngFailure = 'pngBlocked' | 'pngTooLarge' | 'pngFailed';

class PngError extends Error {
  constructor(readonly reason: PngFailure) {
    super(reason);
  }
}

/*
 * The largest canvas every browser draws: Safari's limit is 16,777,216 pixels in all, and no side may
 * pass 16,384 pixels anywhere. A taller chart is drawn at a smaller scale, down to half its size.
 */
const MAX_PIXELS = 16_777_216;
const MAX_SIDE = 16_384;
const MIN_SCALE = 0.5;

/**
 * Whether the page's own policy (a `<meta>` Content-Security-Policy) forbids the `data:` image a PNG
 * is drawn from. Asked before trying, so that an export logs no violation; a policy sent as a header
 * cannot be read, and a refusal then shows as a failed load.
 */
function pngBlockedByPolicy(doc: Document = document): boolean {
  return [...doc.querySelectorAll('meta[http-equiv]')]
    .filter((meta) => meta.getAttribute('http-equiv')!.toLowerCase() === 'content-security-policy')
    .some((meta) => {
      const directives = new Map(
        (meta.getAttribute('content') ?? '')
          .split(';')
          .map((part) => part.trim().split(/\s+/))
          .filter(([name]) => name)
          .map(([name, ...values]) => [name.toLowerCase(), values.map((value) => value.toLowerCase())] as const),
      );
      const images = directives.get('img-src') ?? directives.get('default-src');
      return images !== undefined && !images.includes('data:');
    });
}

/** Draws an SVG image onto a canvas at up to `scale` times its size, for a PNG. */
async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(xmlSafe(svg))}`;
  try {
    await image.decode();
  } catch {
    // A policy sent as a header, or a browser that will not draw the image: nothing tells which.
    throw new PngError('pngFailed');
  }
  const { naturalWidth: w, naturalHeight: h } = image;
  const fit = Math.min(scale, Math.sqrt(MAX_PIXELS / (w * h)), MAX_SIDE / Math.max(w, h));
  if (!(fit >= MIN_SCALE)) throw new PngError('pngTooLarge');
  const canvas = document.createElement('canvas');
  canvas.width = Math.floor(w * fit);
  canvas.height = Math.floor(h * fit);
  const context = canvas.getContext('2d');
  if (!context) throw new PngError('pngFailed');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.scale(fit, fit);
  context.drawImage(image, 0, 0);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new PngError('pngFailed'))), 'image/png'),
  );
}
