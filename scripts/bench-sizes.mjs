// Where the kit's bytes go: builds an embed as rollup.config.mjs does, minified as the config
// minifies it, and shares the file's bytes out to each package or source folder by what its own
// code weighs once minified.
//
//   node scripts/bench-sizes.mjs                  the whole kit, as its one-file embed has it (src/embed/script.ts)
//   node scripts/bench-sizes.mjs src/<tag>.ts     one element
//   ... --files                                   the kit's own code file by file, not by folder
import { gzipSync } from 'node:zlib';
import { relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rollup } from 'rollup';
import { parseAst } from 'rollup/parseAst';
import { minify } from 'terser';

const gz = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;

let byFile = process.argv.includes('--files');

/**
 * rollup.config.mjs's terser options (its terser plugin keeps them to itself), for one module at a
 * time. Not a module and top-level code not compressed as such, so that what the module declares
 * for the rest of the file is kept, though nothing in the module uses it; its top-level names are
 * mangled all the same, as they are in the file. `names` is the name cache: terser writes into it
 * and into the options, so each module has its own of both.
 */
const moduleTerserOptions = (names) => ({
  ecma: 2021,
  module: false,
  format: { comments: false },
  compress: { toplevel: false, passes: 3, unsafe_arrows: true, unsafe_methods: true },
  mangle: { toplevel: true, properties: { regex: /^_[a-z]/ } },
  nameCache: names,
});

/** Short names, as terser gives them: a, b, ... Z, aa, ab ... */
const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const shortName = (i) => (i < letters.length ? letters[i] : shortName(Math.floor(i / letters.length) - 1) + letters[i % letters.length]);

/** The package (or, for the kit's own code, the source folder; with --files, the file) a module belongs to. */
function owner(id) {
  // A module a plugin makes (`\0built-in-languages`, in place of src/languages/built-in.ts).
  if (id.startsWith('\0')) return `(${id.slice(1)})`;
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

/** The top-level names a script declares, and those it uses but does not declare, by terser's reading. */
async function namesOf(code) {
  const { ast } = await minify(code, { ecma: 2021, compress: false, mangle: false, format: { ast: true, code: false } });
  ast.figure_out_scope({});
  return { declared: [...ast.variables.keys()], free: [...ast.globals.keys()] };
}

/** Whole numbers for `shares` (adding up to 1) of `total` that add up to it: the largest remainders rounded up. */
function apportion(total, shares) {
  const exact = shares.map((share) => share * total);
  const whole = exact.map(Math.floor);
  let left = total - whole.reduce((sum, n) => sum + n, 0);
  for (const i of exact.map((_, i) => i).sort((a, b) => exact[b] - whole[b] - (exact[a] - whole[a]))) {
    if (left-- <= 0) break;
    whole[i] += 1;
  }
  return whole;
}

/**
 * Per-package sizes of the embed built from `input` (an entry of rollup.config.mjs). The file is
 * built with the config's own plugins, its terser last, so its minified and gzip sizes are the real
 * ones. They are shared out by what each module's code, as rollup wrote it into the file (after
 * tree-shaking and the config's transforms), weighs minified alone: a module's share is its bytes so
 * minified over the sum of every module's. Alone, a module's names for the rest of the file's code
 * are given one or two letters, as they have in the file, and so are the names it declares at the
 * top level: its code then weighs about what it does in the file, and the modules' bytes add up to
 * within a few hundred of the file's. (A source map cannot tell: Lit ships minified, and terser keeps
 * few of the mappings into it, so that Lit's code was charged to the kit's module before it.) The
 * file's own few bytes that no module has (its exports) are shared out in the same proportions;
 * gzip is not additive, so each package's gzip figure is its share of the whole file's gzip size.
 */
export async function moduleSizes(input = 'src/embed/script.ts') {
  const { default: configs } = await import(pathToFileURL('rollup.config.mjs').href);
  // A one-file ES build when there is one (amelia-report-charts.en.min.js): all of the code, as a
  // CMS's single file has it; else the module file, its chunks inlined below.
  const builds = configs.filter((entry) => entry.input === input);
  const config = builds.find((entry) => entry.output.file && entry.output.format === 'es') ?? builds[0];
  if (!config) throw new Error(`rollup.config.mjs builds no embed from ${input}`);
  // The ES module output (the config may list several formats for one input).
  const outputs = [config.output].flat();
  const esOutput = outputs.find((output) => output.format === 'es') ?? outputs[0];
  const bundle = await rollup({ ...config, onwarn: () => {} });
  // Every chunk inlined: the sizes of all the code, also what a module file loads on first use.
  const { output } = await bundle.generate({ ...esOutput, inlineDynamicImports: true });
  await bundle.close();
  const [chunk] = output;
  // The hooks that change the file between rollup and terser (own-messages drops from the catalogues
  // the messages no module uses), run on each module's code as on the file's.
  const renderChunkHooks = config.plugins
    .filter((plugin) => plugin.renderChunk && plugin.name !== 'terser')
    .map((plugin) => plugin.renderChunk.handler ?? plugin.renderChunk);
  const meta = { chunks: Object.fromEntries(output.filter((item) => item.type === 'chunk').map((item) => [item.fileName, item])) };
  const context = { parse: (code) => parseAst(code) };
  const modules = [];
  for (const [id, module] of Object.entries(chunk.modules)) {
    if (!module.code) continue;
    let code = module.code;
    for (const hook of renderChunkHooks) {
      const result = await hook.call(context, code, chunk, esOutput, meta);
      if (result != null) code = typeof result === 'string' ? result : result.code;
    }
    modules.push({ id, code, ...(await namesOf(code)) });
  }
  // Rollup gives every top-level name of the file one meaning: a name a module uses but does not
  // declare is another module's when some module declares it, else the page's (document, Object).
  const fileNames = new Set(modules.flatMap(({ declared }) => declared));
  const groups = new Map();
  for (const { id, code, free } of modules) {
    // Terser mangles an undeclared name only as its name cache says: the other modules' names, not the page's.
    const others = new Map(free.filter((name) => fileNames.has(name)).map((name, i) => [name, shortName(i)]));
    let minified;
    try {
      ({ code: minified } = await minify(code, moduleTerserOptions({ vars: { props: others } })));
    } catch (error) {
      throw new Error(`terser could not minify ${id} alone: ${error.message}`);
    }
    const name = owner(id);
    groups.set(name, (groups.get(name) ?? 0) + Buffer.byteLength(minified ?? ''));
  }
  const min = Buffer.byteLength(chunk.code);
  const gzip = gz(chunk.code);
  const alone = [...groups.values()].reduce((sum, bytes) => sum + bytes, 0);
  const names = [...groups.keys()];
  const shares = names.map((name) => groups.get(name) / alone);
  const [mins, gzips] = [apportion(min, shares), apportion(gzip, shares)];
  const rows = names
    .map((name, i) => ({ name, min: mins[i], gzip: gzips[i], share: shares[i] }))
    .sort((a, b) => b.share - a.share);
  return { input, file: esOutput.file ?? `${esOutput.dir}/${esOutput.entryFileNames}`, min, gzip, alone, rows };
}

export function printModuleSizes({ input, file, min, gzip, alone, rows }) {
  // As wide as the longest name (a file's path, with --files).
  const width = Math.max(30, ...rows.map(({ name }) => name.length + 2));
  console.log(`\nWhere the bytes go: ${input} as built into ${file} (shared out by each module's code minified alone: ${alone} bytes)`);
  console.log(`${'package / folder'.padEnd(width)}${'min'.padStart(8)}${'~gzip'.padStart(8)}${'share'.padStart(7)}`);
  for (const row of rows) {
    console.log(`${row.name.padEnd(width)}${String(row.min).padStart(8)}${String(row.gzip).padStart(8)}${`${(row.share * 100).toFixed(1)}%`.padStart(7)}`);
  }
  console.log(`${'total'.padEnd(width)}${String(min).padStart(8)}${String(gzip).padStart(8)}`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  printModuleSizes(await moduleSizes(process.argv.slice(2).find((arg) => !arg.startsWith('--'))));
}
