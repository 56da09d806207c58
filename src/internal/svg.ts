/*
 * The chart as an SVG image, drawn from what is on screen. The module files load it from chunks/ the
 * first time a page calls `toSvg()` or a reader asks for an export (export.ts imports it, so that it
 * comes with the exports, not a round trip after them): a page of charts that nobody exports never
 * downloads it (about 640 B gzip of a module file).
 */

/**
 * What the chart shows on screen but an exported image leaves out: the table's and actions'
 * disclosures (`details`), the tooltip, the keys' hint, what only screen readers hear, a citation to
 * copy by hand, and the loading and language notes (`.status`).
 */
const NOT_EXPORTED = 'details, .tooltip, .hint, .visually-hidden, .citation, .status';

/**
 * Characters an XML file may not hold: C0 controls other than tab, line feed and carriage return,
 * and halves of a surrogate pair that lost their other half. A label pasted from a spreadsheet can
 * hold either; they become U+FFFD, so the file stays well-formed (and a PNG can be drawn from it).
 */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * The host's styles the file takes along, resolved: the shadow root's `:host` rules match nothing in
 * the file. The public colours and the resolved ones the styles read (palette.ts; the minified files
 * write `--_amelia-` short, here too), and the host's font and its spacing; its line height apart
 * (`chartToSvg`).
 */
const HOST_STYLE = /^(--amelia-|--_amelia-|(font-(family|size)|(letter|word)-spacing)$)/;

export const xmlSafe = (text: string): string => text.replace(NOT_XML, '\ufffd');

/**
 * The frame's size in whole pixels without the parts the file leaves out (an open table, the
 * actions): measured with them set aside for a moment, within one task, so the page never paints it.
 */
function exportedSize(frame: HTMLElement): number[] {
  const parts = [...frame.querySelectorAll<HTMLElement>(NOT_EXPORTED)];
  const displays = parts.map((part) => part.style.display);
  for (const part of parts) part.style.display = 'none';
  const { width, height } = frame.getBoundingClientRect();
  parts.forEach((part, i) => (part.style.display = displays[i]));
  return [width, height].map(Math.ceil);
}

/**
 * The chart as a standalone SVG image: its title, summary, marks and sources as they are drawn,
 * wrapped in a foreignObject with the element's styles and resolved theme. Text stays text, and the
 * serializer escapes it, so labels can never become markup in the file.
 */
export function chartToSvg(host: HTMLElement, frame: HTMLElement): string {
  // A far frame (size-controller.ts), which the browser may not have laid out yet, is laid out for
  // the moment the image is taken, and far again after it: the same image, far or near.
  const { className } = frame;
  frame.classList.remove('far');
  const [w, h] = exportedSize(frame);
  const clone = frame.cloneNode(true) as HTMLElement;
  frame.className = className;
  clone.querySelectorAll(NOT_EXPORTED).forEach((node) => node.remove());
  const computed = getComputedStyle(host);
  const theme = [...computed]
    .filter((name) => HOST_STYLE.test(name))
    .map((name) => `${name}: ${computed.getPropertyValue(name).trim()}`)
    .join('; ');
  const css = (host.shadowRoot?.adoptedStyleSheets ?? [])
    .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
    .join('\n');
  // The theme and width go in a rule, not a style attribute: a strict policy (style-src without
  // 'unsafe-inline') refuses the attribute even on an element that never reaches the page.
  const style = document.createElement('style');
  // The line height is set as a number (1.4, or a reader's 1.5), which each text inherits and makes a
  // length by its own font size. The host's computed style gives it as a length already, for the
  // host's 16 px: inherited as that, every line of the file's 14 px text was 22.4 px high, not 19.6,
  // and a summary of 8 lines at 320 px, 25 px taller than on the page, pushed the sources out.
  const lineHeight = parseFloat(computed.lineHeight) / parseFloat(computed.fontSize) || 'normal';
  style.textContent = `${css}\n.amelia-export { ${theme}; line-height: ${lineHeight}; width: ${w}px }`;
  const root = document.createElement('div');
  root.className = 'amelia-export';
  root.append(style, clone);
  // Without comments, the only ones being Lit's markers (one line each), numbered afresh on every
  // page: two images of the same chart are the same file. The serializer escapes `<` in text and
  // attributes, so `<!--` can only open a comment. It writes what a text or an attribute holds as it
  // is, characters XML may not hold too: they are replaced in what it wrote, the markup being ASCII.
  const body = xmlSafe(new XMLSerializer().serializeToString(root)).replace(/<!--.*?-->/g, '');
  // The chart's text is sized in rem (styles.ts), the page's root font size: the file's root, the
  // svg element, takes the page's, or the file sets the text in its reader's default size.
  const rem = getComputedStyle(host.ownerDocument.documentElement).fontSize;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-size="${rem}"><foreignObject width="100%" height="100%">${body}</foreignObject></svg>`;
}
