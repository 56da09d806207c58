/**
 * A chart as the kit drew it, as HTML that draws it again with no script: its host element with its
 * attributes, then its shadow root as declarative shadow DOM (`<template shadowrootmode="open">`),
 * opening with the style sheets the kit adopted, written inline. scripts/bench.mjs runs it in the kit's
 * page (Playwright sends its source: it uses nothing from outside itself) for the static pages
 * (static.js); test/bench-static.test.ts checks that the copy draws what the kit drew.
 *
 * @param {Element} chart a kit element, drawn
 * @returns {string}
 */
export function staticMarkup(chart) {
  const root = chart.shadowRoot;
  if (!root) throw new Error(`<${chart.localName}> has no shadow root to copy`);
  const escape = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const attributes = [...chart.attributes].map(({ name, value }) => ` ${name}="${escape(value)}"`).join('');
  const styles = root.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('')).join('');
  return `<${chart.localName}${attributes}><template shadowrootmode="open"><style>${styles}</style>${root.innerHTML}</template></${chart.localName}>`;
}
