import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

/*
 * scripts/check-size.mjs, run on a small dist/ of its own: a file the budget does not name is held
 * to `default` (a new element's file), one in dist/chunks/ to `chunk` or to its own in `chunks`, and
 * each fails when over.
 */

const SCRIPT = resolve('scripts/check-size.mjs');
const BUDGET = {
  default: { min: 1000, gzip: 1000 },
  chunk: { min: 100, gzip: 100 },
  chunks: { parse: { min: 300, gzip: 300 }, 'd3-dsv': { min: 300, gzip: 300 } },
  files: { 'named.js': { min: 5000, gzip: 5000 } },
};
let dir: string;

/** Writes `bytes` bytes of text that does not compress to `dist/<file>`. */
function write(file: string, bytes: number): void {
  const path = join(dir, 'dist', file);
  mkdirSync(join(path, '..'), { recursive: true });
  let text = '';
  for (let i = 0; text.length < bytes; i++) text += ((i * 2654435761) >>> 0).toString(36);
  writeFileSync(path, text.slice(0, bytes));
}

const check = () => spawnSync(process.execPath, [SCRIPT], { cwd: dir, encoding: 'utf8' });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'check-size-'));
  mkdirSync(join(dir, 'bench'));
  writeFileSync(join(dir, 'bench', 'size-budget.json'), JSON.stringify(BUDGET));
  write('named.js', 3000);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('check-size', () => {
  it('passes files within their budgets', () => {
    write('new-element.js', 900);
    write('chunks/export-abc123.js', 90);
    const { status, stdout } = check();
    expect(status, stdout).toBe(0);
  });

  it('holds a file the budget does not name to the default budget', () => {
    write('new-element.js', 1500);
    const { status, stderr } = check();
    expect(status).toBe(1);
    expect(stderr).toContain('dist/new-element.js: min 1500 B');
  });

  it('holds a chunk to the chunk budget', () => {
    write('chunks/export-abc123.js', 500);
    const { status, stderr } = check();
    expect(status).toBe(1);
    expect(stderr).toContain('dist/chunks/export-abc123.js: min 500 B');
  });

  it('holds a chunk the budget names, by its name without the hash, to its own budget', () => {
    write('chunks/parse-DcUAMFsD.js', 250);
    expect(check().status).toBe(0);
    write('chunks/parse-DcUAMFsD.js', 400);
    const { status, stderr } = check();
    expect(status).toBe(1);
    expect(stderr).toContain('dist/chunks/parse-DcUAMFsD.js: min 400 B (0.4 KB) > 300 B');
  });

  it('names a chunk by all of its name, hyphens and all, and only the hash goes', () => {
    write('chunks/d3-dsv-CiZe8pwS.js', 250);
    expect(check().status).toBe(0);
    write('chunks/d3-dsv-CiZe8pwS.js', 400);
    expect(check().stderr).toContain('dist/chunks/d3-dsv-CiZe8pwS.js: min 400 B (0.4 KB) > 300 B');
  });
});
