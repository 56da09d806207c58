import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * V8's compile hint (rollup.config.mjs): a file whose very first line is `//# allFunctionsCalledOnLoad`
 * has every function compiled as it streams in, off the main thread. Anywhere else the line is a plain
 * comment, so each script file, chunk and embed page script must start with it (run `npm run build`
 * first). The language packs go without: they are nearly all strings.
 */

const HINT = '//# allFunctionsCalledOnLoad\n';
const starts = (file: string) => readFileSync(file, 'utf8').startsWith(HINT);
const js = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.js')).map((name) => join(dir, name));

describe('the compile hint of the built files', () => {
  it('opens every script file, the classic one too, every chunk, and the embed pages', () => {
    expect(existsSync('dist/amelia-report-charts.min.js'), 'dist/ is built by `npm run build`').toBe(true);
    const files = [
      ...['', '.en', '.ru', '.kk', '.all', '.iife'].map((build) => `dist/amelia-report-charts${build}.min.js`),
      ...['hiv-estimate-gap', 'funding-timeline', 'violence-breakdown'].map((tag) => `dist/${tag}.js`),
      ...js('dist/chunks'),
      ...js('dist/embed'),
    ];
    expect(files.length).toBeGreaterThan(13);
    expect(files.filter((file) => !starts(file))).toEqual([]);
  });
});
