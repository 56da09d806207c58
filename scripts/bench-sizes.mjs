// Where the kit's bytes go: builds an embed as rollup.config.mjs does, minifies it with the same
// terser options and a source map, and charges each minified byte to its package or source folder.
//
//   node scripts/bench-sizes.mjs                  the whole kit (src/index.ts)
//   node scripts/bench-sizes.mjs src/<tag>.ts     one element
//   ... --files                                   the kit's own code file by file, not by folder
import { gzipSync } from 'node:zlib';
import { dirname, relative, resolve, sep } from 'node:path';
import typescript from '@rollup/plugin-typescript';
import { pathToFileURL } from 'node:url';
import { rollup } from 'rollup';
import { minify } from 'terser';

const gz = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;

let byFile = process.argv.includes('--files');

/** The package (or, for the kit's own code, the source folder; with --files, the file) a module belongs to. */
function owner(id) {
  const path = relative(process.cwd(), id).split(sep).join('/');
  const inModules = path.lastIndexOf('node_modules/');
  if (inModules >= 0) {
    const parts = path.slice(inModules + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  if (path.startsWith('src/')) {
    if (byFile) return path;
    const parts = path.split('/');
    return parts.length > 2 ? `src/${parts[1]}/` : path;
  }
  return path;
}

const VLQ = Object.fromEntries([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));

/** Source-map mappings as, per generated line, `[column, sourceIndex]` pairs. */
function decodeMappings(mappings) {
  const lines = [];
  let source = 0;
  for (const line of mappings.split(';')) {
    const segments = [];
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = VLQ[char];
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0];
      if (fields.length > 1) source += fields[1];
      segments.push([column, fields.length > 1 ? source : -1]);
      // Skip the original line/column/name fields: only the source matters here.
    }
    lines.push(segments);
  }
  return lines;
}

/**
 * Per-package sizes of the embed built from `input` (an entry of rollup.config.mjs): the bundle is
 * built as the config does, minified by the config's own terser options with a source map, and every
 * byte of the minified file is charged to the module it came from. gzip is not additive, so each
 * package's gzip figure is its share of the minified bytes applied to the whole file's gzip size.
 */
export async function moduleSizes(input = 'src/index.ts') {
  const { default: configs } = await import(pathToFileURL('rollup.config.mjs').href);
  // A one-file ES build when there is one (amelia-report-charts.en.min.js): all of the code, as a
  // CMS's single file has it; else the module file, its chunks inlined below.
  const builds = configs.filter((entry) => entry.input === input);
  const config = builds.find((entry) => entry.output.file && entry.output.format === 'es') ?? builds[0];
  if (!config) throw new Error(`rollup.config.mjs builds no embed from ${input}`);
  // The ES module output (the config may list several formats for one input).
  const outputs = [config.output].flat();
  const esOutput = outputs.find((output) => output.format === 'es') ?? outputs[0];
  const terserPlugin = config.plugins.find((plugin) => plugin.name === 'terser');
  // The same plugins, with TypeScript asked for source maps (tsconfig.json turns them off) so that
  // every byte maps back to its file; the config's own options otherwise.
  const plugins = config.plugins
    .filter((plugin) => plugin !== terserPlugin)
    .map((plugin) =>
      plugin.name === 'typescript'
        ? typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: 'dist', rootDir: 'src', sourceMap: true })
        : plugin,
    );
  const bundle = await rollup({
    ...config,
    plugins,
    onwarn: () => {},
  });
  // Every chunk inlined: the sizes of all the code, also what a module file loads on first use.
  const { output } = await bundle.generate({ ...esOutput, inlineDynamicImports: true, sourcemap: true });
  await bundle.close();
  const [chunk] = output;
  const minified = await minify(chunk.code, {
    ecma: 2021,
    module: true,
    format: { comments: false },
    compress: { passes: 2 },
    sourceMap: { content: chunk.map, asObject: true },
  });
  const map = typeof minified.map === 'string' ? JSON.parse(minified.map) : minified.map;
  const code = minified.code.split('\n');
  const groups = new Map();
  const charge = (sourceIndex, text) => {
    const key = sourceIndex >= 0 ? owner(resolve(esOutput.dir ?? dirname(esOutput.file), map.sources[sourceIndex])) : '(unmapped)';
    const group = groups.get(key) ?? { name: key, parts: [] };
    group.parts.push(text);
    groups.set(key, group);
  };
  // Lines with no mapping are the inside of multi-line template literals (Lit templates and CSS,
  // which terser keeps as written): they belong to the source of the last mapped byte before them.
  let last = -1;
  decodeMappings(map.mappings).forEach((segments, lineIndex) => {
    const line = code[lineIndex] ?? '';
    if (!segments.length) return charge(last, `${line}\n`);
    if (segments[0][0] > 0) charge(last, line.slice(0, segments[0][0]));
    segments.forEach(([column, source], i) => {
      if (source >= 0) last = source;
      const end = i + 1 < segments.length ? segments[i + 1][0] : line.length;
      charge(source >= 0 ? source : last, line.slice(column, end) + (i + 1 === segments.length ? '\n' : ''));
    });
  });
  const min = Buffer.byteLength(minified.code);
  const gzip = gz(minified.code);
  const rows = [...groups.values()]
    .map(({ name, parts }) => {
      const bytes = Buffer.byteLength(parts.join(''));
      return { name, min: bytes, gzip: Math.round((bytes / min) * gzip), share: bytes / min };
    })
    .sort((a, b) => b.min - a.min);
  return { input, file: esOutput.file ?? `${esOutput.dir}/${esOutput.entryFileNames}`, min, gzip, rows };
}

export function printModuleSizes({ input, file, min, gzip, rows }) {
  console.log(`\nWhere the bytes go: ${input} as built into ${file} (minified bytes charged by source map)`);
  console.log(`${'package / folder'.padEnd(30)}${'min'.padStart(8)}${'~gzip'.padStart(8)}${'share'.padStart(7)}`);
  for (const row of rows) {
    console.log(`${row.name.padEnd(30)}${String(row.min).padStart(8)}${String(row.gzip).padStart(8)}${`${(row.share * 100).toFixed(1)}%`.padStart(7)}`);
  }
  console.log(`${'total'.padEnd(30)}${String(min).padStart(8)}${String(gzip).padStart(8)}`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  printModuleSizes(await moduleSizes(process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 'src/index.ts'));
}
