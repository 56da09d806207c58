import { expect } from '@open-wc/testing';
import { openPage } from './built-pages.js';
import { settle } from './helpers.js';

/*
 * The minified files write the kit's private custom properties shorter (`shortVars` in
 * rollup.config.mjs): through the built files of dist/ (run `npm run build` first), every private
 * property a chart's styles read is defined on the chart, and in the SVG image it exports, so no
 * colour falls back to the browser's default on the page or in the file.
 */

const FILES = [
  { file: '/dist/amelia-report-charts.min.js', classic: false },
  { file: '/dist/hiv-estimate-gap.js', classic: false },
  { file: '/dist/amelia-report-charts.iife.min.js', classic: true },
];

afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

describe('the private custom properties of the minified files', () => {
  for (const { file, classic } of FILES) {
    it(`${file}: every one the styles read is defined on the chart and in its SVG image`, async () => {
      const doc = await openPage(file, '', { classic });
      const chart = doc.createElement('hiv-estimate-gap') as HTMLElement & { toSvg(): Promise<string> };
      const drawn = settle(chart);
      doc.body.append(chart);
      expect((await drawn).type).to.equal('chart-rendered');
      const css = chart.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
      const read = [...new Set([...css.matchAll(/var\((--_[\w-]+)/g)].map(([, name]) => name))];
      expect(read.length, 'private properties the styles read').to.be.greaterThan(10);
      const computed = doc.defaultView!.getComputedStyle(chart);
      expect(read.filter((name) => !computed.getPropertyValue(name).trim()), 'undefined on the chart').to.deep.equal([]);
      const theme = (await chart.toSvg()).match(/\.amelia-export \{([^}]*)\}/)![1];
      expect(read.filter((name) => !theme.includes(`${name}: `)), 'undefined in the SVG image').to.deep.equal([]);
    });
  }
});
