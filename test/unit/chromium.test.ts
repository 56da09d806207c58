import { chmodSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chromiumPath } from '../../scripts/chromium.mjs';

const saved = { PATH: process.env.PATH, HOME: process.env.HOME, CHROME_PATH: process.env.CHROME_PATH };
let dir: string;

function executable(name: string): string {
  const path = join(dir, name);
  writeFileSync(path, '#!/bin/sh\n');
  chmodSync(path, 0o755);
  return path;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'chromium-path-'));
  delete process.env.CHROME_PATH;
});

afterEach(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  rmSync(dir, { recursive: true, force: true });
});

describe('chromiumPath', () => {
  it('returns CHROME_PATH first', () => {
    process.env.CHROME_PATH = executable('my-browser');
    expect(chromiumPath()).toBe(join(dir, 'my-browser'));
  });

  it('names CHROME_PATH when it points at nothing', () => {
    process.env.CHROME_PATH = join(dir, 'missing');
    expect(() => chromiumPath()).toThrow(/CHROME_PATH is .*missing, which does not exist/);
  });

  // Lighthouse's finder ranks Google Chrome above Chromium; a hand-kept list of Debian paths missed it.
  it.skipIf(process.platform !== 'linux')('finds a Chrome installed on the PATH', () => {
    const chrome = executable('google-chrome-stable');
    process.env.PATH = `${dir}:${saved.PATH}`;
    expect(chromiumPath()).toBe(chrome);
  });

  it.skipIf(process.platform !== 'linux')('asks for CHROME_PATH when no browser is installed', () => {
    // A PATH with only the tools the finders run, and a home without desktop entries.
    for (const tool of ['which', 'grep', 'awk']) symlinkSync(`/usr/bin/${tool}`, join(dir, tool));
    process.env.PATH = dir;
    process.env.HOME = dir;
    expect(() => chromiumPath()).toThrow(/No Chrome, Chromium or Edge found.*set CHROME_PATH/);
  });
});
