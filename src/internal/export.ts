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
import { nextTask } from './next-task.js';
import { xmlSafe } from './svg.js';
import { own } from './own.js';

/**
 * A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, carriage return first) is
 * prefixed with an apostrophe, which spreadsheets show as text.
 */
const escapeCell = (cell: string): string => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

/**
 * Characters of CSV written in one task, at most about: a megabyte takes Chromium 9-11 ms to
 * escape, write and encode on the benchmark's machine. A table at the caps (10,000 rows, texts of
 * 5,000 characters) is more than 100 MB, and written whole a file of 27 MB held the page for
 * 234-309 ms.
 */
const CSV_SLICE = 1 << 20;

/**
 * The chart's data table as a CSV file, with each row's source, link and quote in the source's words,
 * and beside it the kit's translation for the reader's language, when there is one. Written in slices
 * of about `CSV_SLICE` characters, each in a task of its own, so that a large table never holds the
 * page; each slice is encoded as it is written, and the file joins them without copying. The file
 * opens with a byte order mark: without one, Excel on Windows reads it in the system's code page,
 * and Russian and Kazakh come out garbled.
 */
export async function tableToCsv(table: ChartTable, lang: Lang): Promise<Blob> {
  const parts: Blob[] = [];
  let lines = [[...table.columns, t(lang, 'source'), t(lang, 'sourceUrl'), t(lang, 'quote'), t(lang, 'quoteTranslated')]];
  let characters = 0;
  const write = () => {
    // csvFormatRows puts a line break between rows, not after the last: a slice after the first
    // starts with one.
    parts.push(new Blob([(parts.length ? '\n' : '\ufeff') + csvFormatRows(lines)]));
    lines = [];
    characters = 0;
  };
  for (const { cells, source } of table.rows) {
    const line = [...cells(), source.title, own(source, 'url') ?? '', own(source, 'quote') ?? '', quoteTranslation(source, lang) ?? ''];
    lines.push(line.map((cell) => ((characters += cell.length), escapeCell(cell))));
    if (characters >= CSV_SLICE) {
      write();
      await nextTask();
    }
  }
  if (lines.length) write();
  return new Blob(parts, { type: 'text/csv;charset=utf-8' });
}

/** A plain-text citation: the chart, its figures' sources, the report, and the day it was read. */
export function citation(title: string, sources: Source[], lang: Lang, accessed: Date): string {
  const date = accessed.toISOString().slice(0, 10);
  const cited = sources.map((source) => (source.url ? `${source.title} (${source.url})` : source.title));
  return t(lang, 'citation', { title, sources: cited.join('; '), date });
}

/** Saves `file` under `filename`, entirely in the browser. */
function download(filename: string, file: Blob): void {
  const url = URL.createObjectURL(file);
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
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
/** A PNG is drawn at twice the chart's size where it fits, sharp on a screen of 2x pixels. */
const PNG_SCALE = 2;

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
        download(`${name}.csv`, await tableToCsv(table, lang));
        break;
      case 'svg':
        download(`${name}.svg`, new Blob([await host.toSvg()], { type: 'image/svg+xml' }));
        break;
      case 'png':
        // Asked before the image is made: a refused image would log a violation on the page.
        if (pngBlockedByPolicy()) return { failure: 'pngBlocked' };
        download(`${name}.png`, await svgToPng(await host.toSvg()));
        break;
      case 'cite':
        return { citation: citation(title, sources, lang, new Date()) };
    }
  } catch (error) {
    return { failure: error instanceof PngError ? error.reason : 'pngFailed' };
  }
  return {};
}

/**
 * Whether the page's own policy (a `<meta>` Content-Security-Policy) forbids the `data:` image a PNG
 * is drawn from. Asked before trying, so that an export logs no violation; a policy sent as a header
 * cannot be read, and a refusal then shows as a failed load.
 */
function pngBlockedByPolicy(): boolean {
  return [...document.querySelectorAll('meta[http-equiv="content-security-policy" i]')].some((meta) => {
    const directives = (meta.getAttribute('content') ?? '').toLowerCase().split(';').map((part) => part.trim().split(/\s+/));
    // A directive named twice counts the first time, as browsers read it.
    const images = directives.find(([name]) => name === 'img-src') ?? directives.find(([name]) => name === 'default-src');
    return images !== undefined && !images.includes('data:');
  });
}

/**
 * Draws an SVG image onto a canvas at up to `PNG_SCALE` times its size, for a PNG. What fails but a
 * chart too large is 'pngFailed' (makeExport's catch): an image that does not decode (a policy sent
 * as a header, or a browser that will not draw it: nothing tells which), no 2D context, no file made.
 */
async function svgToPng(svg: string): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(xmlSafe(svg))}`;
  await image.decode();
  const { naturalWidth: w, naturalHeight: h } = image;
  const fit = Math.min(PNG_SCALE, Math.sqrt(MAX_PIXELS / (w * h)), MAX_SIDE / Math.max(w, h));
  if (!(fit >= MIN_SCALE)) throw new PngError('pngTooLarge');
  const canvas = document.createElement('canvas');
  canvas.width = Math.floor(w * fit);
  canvas.height = Math.floor(h * fit);
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.scale(fit, fit);
  context.drawImage(image, 0, 0);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject()), 'image/png'),
  );
}
