import nodeResolve from '@rollup/plugin-node-resolve';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { rollup } from 'rollup';
import { describe, expect, it } from 'vitest';

/*
 * The npm build (dist/esm/, run `npm run build` first) as an app's bundler sees it. package.json's
 * `sideEffects` tells Vite, webpack and esbuild which modules do something when imported; a module
 * imported for its effect alone (`import './compact.js';`, which fills a slot of its element's views)
 * and not listed there is dropped from the app, silently: a chart given many rows would then fail.
 */

const ESM = resolve('dist/esm');

/** Every module a source file of the npm build imports for its effect alone, as its path in dist/esm/. */
function importedForEffect(dir = resolve('src')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return importedForEffect(path);
    // Only the modules of the npm build: not the embed's page scripts, built on their own.
    const built = join(ESM, relative(resolve('src'), path)).replace(/\.ts$/, '.js');
    if (!entry.name.endsWith('.ts') || !existsSync(built)) return [];
    return [...readFileSync(path, 'utf8').matchAll(/^import '(\.{1,2}\/[\w./-]+)\.js';$/gm)].map(([, target]) =>
      join(ESM, relative(resolve('src'), resolve(dirname(path), target))) + '.js',
    );
  });
}

describe('the npm build in an app', () => {
  it('keeps every module imported for its effect when bundled as package.json says', async () => {
    expect(existsSync(join(ESM, 'index.js')), 'dist/esm/ is built by `npm run build`').toBe(true);
    const wanted = importedForEffect();
    expect(wanted.length).toBeGreaterThan(0);
    // As a bundler builds an app that imports the kit: node-resolve reads package.json's sideEffects.
    const bundle = await rollup({ input: join(ESM, 'index.js'), plugins: [nodeResolve()], external: (id) => !id.startsWith('/') && !id.startsWith('.'), onwarn() {} });
    const { output } = await bundle.generate({ format: 'es', dir: 'unused' });
    await bundle.close();
    const kept = new Set(output.flatMap((chunk) => (chunk.type === 'chunk' ? Object.entries(chunk.modules) : [])).flatMap(([id, module]) => (module.renderedLength ? [id] : [])));
    expect(wanted.filter((path) => !kept.has(path)).map((path) => relative(ESM, path))).toEqual([]);
  });
});
