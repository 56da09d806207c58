import { csvFormatRows } from 'd3-dsv';
import type { Lang, Source } from '../data/types.js';
import { quoteTranslation, type ChartTable } from './frame.js';
import { own } from './validate.js';
import { t } from './i18n.js';

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
export function download(filename: string, content: string | Blob, type: string): void {
  const url = URL.createObjectURL(content instanceof Blob ? content : new Blob([content], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** What the chart shows on screen but an exported image leaves out. */
const NOT_EXPORTED = '[part="actions"], details, [part="tooltip"], [part="hint"], .visually-hidden, .citation, [role="status"]';

/**
 * Characters an XML file may not hold: C0 controls other than tab, line feed and carriage return,
 * and halves of a surrogate pair that lost their other half. A label pasted from a spreadsheet can
 * hold either; they become U+FFFD, so the file stays well-formed (and a PNG can be drawn from it).
 */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export const xmlSafe = (text: string): string => text.replace(NOT_XML, '\ufffd');

/** Makes every text and attribute under `root` safe for XML, in place. */
function makeXmlSafe(root: Element): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node: Node | null = root; node; node = walker.nextNode()) {
    if (node instanceof Element) {
      for (const attribute of node.attributes) attribute.value = xmlSafe(attribute.value);
    } else if (node.nodeValue) {
      node.nodeValue = xmlSafe(node.nodeValue);
    }
  }
}

/**
 * The frame's height without the parts the file leaves out (an open table, the actions): measured
 * with them set aside for a moment, within one task, so the page never paints it.
 */
function exportedHeight(frame: HTMLElement): number {
  const parts = [...frame.querySelectorAll<HTMLElement>(NOT_EXPORTED)];
  const displays = parts.map((part) => part.style.display);
  for (const part of parts) part.style.display = 'none';
  const { height } = frame.getBoundingClientRect();
  parts.forEach((part, i) => (part.style.display = displays[i]));
  return height;
}

/**
 * The chart as a standalone SVG image: its title, summary, marks and sources as they are drawn,
 * wrapped in a foreignObject with the element's styles and resolved theme. Text stays text, and the
 * serializer escapes it, so labels can never become markup in the file.
 */
export function chartToSvg(host: HTMLElement, frame: HTMLElement): string {
  const { width } = frame.getBoundingClientRect();
  const height = exportedHeight(frame);
  const clone = frame.cloneNode(true) as HTMLElement;
  clone.querySelectorAll(NOT_EXPORTED).forEach((node) => node.remove());
  makeXmlSafe(clone);
  const computed = getComputedStyle(host);
  const theme = [...computed]
    // The public colours and the resolved ones the styles read (palette.ts): the `:host` rule that
    // resolves them matches nothing in the file.
    .filter((name) => name.startsWith('--amelia-') || name.startsWith('--_amelia-'))
    .map((name) => `${name}: ${computed.getPropertyValue(name).trim()}`)
    .join('; ');
  const css = (host.shadowRoot?.adoptedStyleSheets ?? [])
    .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
    .join('\n');
  // The theme and width go in a rule, not a style attribute: a strict policy (style-src without
  // 'unsafe-inline') refuses the attribute even on an element that never reaches the page.
  const style = document.createElement('style');
  // The shadow root's `:host` rules match nothing in the file: the host's own font comes along here.
  const { fontFamily, fontSize, lineHeight, letterSpacing, wordSpacing } = computed;
  const font = `font-family: ${fontFamily}; font-size: ${fontSize}; line-height: ${lineHeight}; letter-spacing: ${letterSpacing}; word-spacing: ${wordSpacing}`;
  style.textContent = xmlSafe(`${css}\n.amelia-export { ${[theme, font, `width: ${Math.ceil(width)}px`].filter(Boolean).join('; ')} }`);
  const root = document.createElement('div');
  root.className = 'amelia-export';
  root.append(style, clone);
  const body = new XMLSerializer().serializeToString(root);
  const w = Math.ceil(width);
  const h = Math.ceil(height);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><foreignObject width="100%" height="100%">${body}</foreignObject></svg>`;
}

/** Why a PNG could not be made, for the message the reader gets. */
export type PngFailure = 'pngBlocked' | 'pngTooLarge' | 'pngFailed';

export class PngError extends Error {
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
export function pngBlockedByPolicy(doc: Document = document): boolean {
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
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
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
