import nodeResolve from '@rollup/plugin-node-resolve';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { rollup } from 'rollup';
import { describe, expect, it } from 'vitest';

/*
 * The kit as a bundler sees it. package.json's `sideEffects` tells Vite, webpack and esbuild which
 * modules do something when imported; a module imported for its effect alone (`import './compact.js';`,
 * which fills a slot of its element's views) and not listed there is dropped, silently: a chart given
 * many rows then fails, in an app that installs the kit (dist/esm/) and in this repository's own
 * Storybook build (src/).
 */

const ESM = resolve('dist/esm');

/** Every module a source file of the npm build imports for its effect alone, as its path in src/. */
function importedForEffect(dir = resolve('src')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    // The modules of the npm build: not the embed's page scripts, built on their own for a page.
    if (entry.isDirectory()) return path === resolve('src/embed') ? [] : importedForEffect(path);
    if (!entry.name.endsWith('.ts')) return [];
    return [...readFileSync(path, 'utf8').matchAll(/^import '(\.{1,2}\/[\w./-]+)\.js';$/gm)].map(([, target]) =>
      resolve(dirname(path), `${target}.ts`),
    );
  });
}

/** The module's path in dist/esm/. */
const built = (source: string) => join(ESM, relative(resolve('src'), source)).replace(/\.ts$/, '.js');

describe('modules imported for their effect', () => {
  it('are named in package.json sideEffects, in src/ and in dist/esm/', () => {
    const listed = new Set((JSON.parse(readFileSync('package.json', 'utf8')) as { sideEffects: string[] }).sideEffects.map((path) => resolve(path)));
    const sources = importedForEffect();
    expect(sources.length).toBeGreaterThan(0);
    expect([...sources, ...sources.map(built)].filter((path) => !listed.has(path)).map((path) => relative('.', path))).toEqual([]);
  });

  it('are kept when an app bundles the npm build as package.json says', async () => {
    expect(existsSync(join(ESM, 'index.js')), 'dist/esm/ is built by `npm run build`').toBe(true);
    const wanted = importedForEffect().map(built);
    expect(wanted.length).toBeGreaterThan(0);
    // As a bundler builds an app that imports the kit: node-resolve reads package.json's sideEffects.
    const bundle = await rollup({ input: join(ESM, 'index.js'), plugins: [nodeResolve()], external: (id) => !id.startsWith('/') && !id.startsWith('.'), onwarn() {} });
    const { output } = await bundle.generate({ format: 'es', dir: 'unused' });
    await bundle.close();
    const kept = new Set(output.flatMap((chunk) => (chunk.type === 'chunk' ? Object.entries(chunk.modules) : [])).flatMap(([id, module]) => (module.renderedLength ? [id] : [])));
    expect(wanted.filter((path) => !kept.has(path)).map((path) => relative(ESM, path))).toEqual([]);
  });
});
