import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

/*
 * dist/
 *   esm/                        the npm build: one ES module per source file, lit and d3 external, .d.ts
 *   esm/react/                  React components for the elements (`amelia-report-charts/react`)
 *   amelia-report-charts.min.js every element in one minified ES module, in English; a chart asked
 *                               for another language fetches lang/<lang>.js beside it, and what a
 *                               page of the report's charts never runs (the reading of a page's data,
 *                               <violence-breakdown>'s measured view, the exports, the CSV reader)
 *                               comes from chunks/ beside it when first used
 *   <tag>.js                    one element, minified, as above
 *   chunks/<name>-<hash>.js     the parts the two above load on first use; a chart whose chunk cannot
 *                               be loaded still draws the report's data in the report view, and says
 *                               why its data, the measured view or an export failed
 *   amelia-report-charts.iife.min.js every element as a classic script, for CMSs that take only
 *                               <script src>: one file, nothing of the kit's code fetched but languages
 *   amelia-report-charts.<lang>.min.js every element in one language, for a page in that language;
 *                               one file alone works (a CMS's media library takes files, not folders)
 *   amelia-report-charts.all.min.js every element in every language, nothing fetched
 *   lang/<lang>.js              one language's texts, fetched by the files above when a chart asks
 *   embed/embed.js, host.js     the iframe embed's page script and the host page's sizing script
 *                               (its pages come from scripts/build-embed.mjs)
 * The manifest (dist/custom-elements.json) comes from `cem analyze`, run by `npm run build`, and
 * the React, Vue, Svelte and Solid typings in dist/types/ from the manifest (scripts/framework-types.mjs).
 */

/** Every element: a top-level `src/<tag>.ts` that registers one tag. */
export const tags = readdirSync('src')
  .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
  .map((file) => file.replace(/\.ts$/, ''));

/** The languages the kit speaks: a pack each in src/languages/. */
export const langs = ['en', 'ru', 'kk'];

const builtInModule = resolve('src/languages/built-in.ts');

/**
 * Builds `builtIn` languages into a file, in place of src/languages/built-in.ts (every language),
 * and fetches the others from lang/<lang>.js beside the file. The URL is read as the script starts:
 * `import.meta.url`, which rollup writes as `document.currentScript.src` in the classic script.
 */
const languages = (builtIn) => ({
  name: 'languages',
  // The classic script reads its URL from its own element as it starts. Rollup's stand-in would also
  // make one up for a script with none (its text pasted into the page, or run by a loader): beside the
  // page, where no language file is. There, as with none, a chart asking for a language says it is
  // missing, and draws in the one it has.
  resolveImportMeta: (property, { format }) => (format === 'iife' && property === 'url' ? 'document.currentScript?.src' : null),
  async resolveId(source, importer) {
    if (!importer || !source.endsWith('/built-in.js')) return null;
    const resolved = await this.resolve(source, importer, { skipSelf: true });
    return resolved?.id === builtInModule ? '\0built-in-languages' : null;
  },
  load(id) {
    if (id !== '\0built-in-languages') return null;
    const pack = (lang) => JSON.stringify(resolve(`src/languages/${lang}.ts`));
    return [
      `import { besideScript } from ${JSON.stringify(resolve('src/languages/beside.ts'))};`,
      ...builtIn.map((lang) => `import ${lang} from ${pack(lang)};`),
      `export const builtIn = { ${builtIn.join(', ')} };`,
      'export const loadPack = besideScript(import.meta.url);',
    ].join('\n');
  },
});

/**
 * In a one-file build, the code a module file loads on first use, written `(await import('./x.js')).name`,
 * is imported at once instead: rollup's inlined dynamic import keeps the module as an object of
 * functions that the minifier cannot inline or drop, about 370 B gzip of the whole kit. A chunk asked
 * for ahead of its use, `import('./x.js').catch(() => undefined);` (so that it comes in the same round
 * trip as the chunk that imports it), is already in the file: the statement goes.
 * What such a module imports for its effect only, `import './compact.js';` in an element's read.ts
 * (the compact drawings, which fill in their place in the element's views), is imported by the
 * element after its own imports instead, so that it is written after the views it belongs to: the
 * one-file builds keep the module order they had when it was part of the views. Written where
 * read.ts imports it, it would bring Lit and the views' code ahead of the report's data, and the
 * classic script measured about 480 B gzip larger. src/internal/on-demand.ts is built as `false`:
 * the minifier drops what only waiting for a chunk needs (<violence-breakdown>'s wait for its
 * measured view, the message of a chunk that did not load), about 100 B gzip.
 */
const oneFile = () => {
  const effectOnly = /^import (['"])(\.{1,2}\/[\w./-]+)\1;\n/gm;
  const onDemand = new Set();
  return {
    name: 'one-file',
    // Nothing is loaded on first use: what only waiting for a chunk needs goes (src/internal/on-demand.ts).
    load: (id) => (id === resolve('src/internal/on-demand.ts') ? 'export const ON_DEMAND = false;' : null),
    async transform(code, id) {
      if (!id.startsWith(resolve('src'))) return null;
      const imports = [];
      const after = [];
      for (const [, , path] of code.matchAll(/\(await import\((['"])(\.{1,2}\/[\w./-]+)\1\)\)/g)) {
        const target = (await this.resolve(path, id))?.id;
        if (!target) continue;
        onDemand.add(target);
        for (const [, , effect] of readFileSync(target, 'utf8').matchAll(effectOnly)) {
          after.push(`import '${relativeImport(id, resolve(dirname(target), effect))}';`);
        }
      }
      let out = code
        .replace(/\(await import\((['"])(\.{1,2}\/[\w./-]+)\1\)\)/g, (_, quote, path) => {
          imports.push(`import * as onDemand${imports.length} from ${quote}${path}${quote};`);
          return `onDemand${imports.length - 1}`;
        })
        .replace(/\bimport\((['"])\.{1,2}\/[\w./-]+\1\)\.catch\(\(\) => undefined\);/g, '');
      if (onDemand.has(id)) out = out.replace(effectOnly, '');
      if (out === code) return null;
      return { code: `${imports.join('\n')}\n${out}\n${after.join('\n')}`, map: null };
    },
  };
};

/** `to` as an import specifier relative to the module `from`. */
const relativeImport = (from, to) => {
  const path = relative(dirname(from), to).replaceAll('\\', '/').replace(/\.ts$/, '.js');
  return path.startsWith('.') ? path : `./${path}`;
};

/**
 * The catalogues' keys, shortened in the minified files, about 1 KB gzip of the whole kit: a message
 * key (`t(lang, 'violenceUnspecifiedHeading')`, and `violenceUnspecifiedHeading:` in each catalogue)
 * and the id of a text of the report's data ('sexWorkersShare2014.label') ship as one or two letters,
 * by their order in the catalogues, so that the names are the same in every file of one build and
 * the charts and the language packs they fetch agree. Of the messages, only compound keys
 * (`camelCase`) are shortened: a one-word key such as 'source' or 'cite' is also a data field or an
 * action's name. The npm build (dist/esm/) keeps the keys as written.
 */
function shortKeys() {
  const keysIn = (file, pattern) => [...readFileSync(file, 'utf8').matchAll(pattern)].map(([, key]) => key);
  const messages = keysIn('src/i18n/en.ts', /^ {2}(\w+):/gm).filter((key) => /[a-z][A-Z]/.test(key));
  const reportIds = ['ru', 'kk', 'en'].flatMap((lang) => keysIn(`src/i18n/${lang}-report.ts`, /^ {2}'([\w.]+)':/gm));
  const keys = [...new Set([...messages, ...reportIds])];
  if (!messages.length || !reportIds.length) throw new Error('shortKeys: no keys found in src/i18n/');
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const name = (i) => (i < letters.length ? letters[i] : name(Math.floor(i / letters.length) - 1) + letters[i % letters.length]);
  const short = new Map(keys.map((key, i) => [key, name(i)]));
  const names = keys.map((key) => key.replaceAll('.', '\\.')).join('|');
  const literal = new RegExp(`(['"\`])(${names})\\1`, 'g');
  const property = new RegExp(`^(\\s+)(${names}):`, 'gm');
  const [sources, catalogues] = [resolve('src'), resolve('src/i18n')];
  return {
    name: 'short-keys',
    transform(code, id) {
      if (!id.startsWith(sources)) return null;
      let out = code.replace(literal, (_, quote, key) => `${quote}${short.get(key)}${quote}`);
      if (id.startsWith(catalogues)) out = out.replace(property, (_, indent, key) => `${indent}${short.get(key)}:`);
      return out === code ? null : { code: out, map: null };
    },
  };
}

/**
 * Lit's two messages for a mistake with its `css` tag (a value passed to it that is no `css` result,
 * and a CSSResult made with `new`), shortened in the minified files: the kit's styles are its own,
 * fixed when it is built, so neither can be thrown there; about 85 B gzip of every file. Lit's
 * development build, which the tests and Storybook run, keeps them whole. The build fails if Lit's
 * production code no longer holds them as written here, rather than shipping them whole unseen.
 */
function shortLitMessages() {
  const messages = [
    [`"Value passed to 'css' function must be a 'css' function result: "+t+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security."`, '"Not a css result: "+t'],
    ['"CSSResult is not constructable. Use `unsafeCSS` or `css` instead."', '"Use css"'],
  ];
  return {
    name: 'short-lit-messages',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith('/@lit/reactive-element/css-tag.js')) return null;
      for (const [long] of messages) if (!code.includes(long)) throw new Error(`shortLitMessages: ${id} no longer holds ${long}`);
      return { code: messages.reduce((out, [long, short]) => out.replace(long, short), code), map: null };
    },
  };
}

/**
 * Each file carries the messages its own code uses, not every element's: in `hiv-estimate-gap.js`,
 * the timeline's and the violence chart's words are about 1 KB gzip of nothing. A message is used
 * when its key is written, quoted, in a module of the build (`t(lang, 'timelineTitle')`; every key
 * is a `MessageKey`, so TypeScript lets no key be built from parts), or, in a one-file build, in its
 * rendered code (below); the catalogues built in keep those and drop the rest, after the chunks are
 * rendered, when the build's every module is known.
 * A word quoted for another reason keeps a message that is not used, never the other way round.
 * The language packs of lang/ are not trimmed: any chart may fetch one.
 *
 * With `later` (the module files, which load from chunks/ the code that reads a page's data and the
 * measured view of <violence-breakdown>), the English messages that only that code uses (the
 * readers' errors, the compact drawings' notes, the measured figures' words) come with it: the
 * file's English catalogue leaves them out, and the chunk that uses them adds them to it as it loads
 * (`Object.assign(en, { ... })`), before any of its code can say one: the parse chunk the messages
 * every reader may give, each element's read chunk its own, the measured view's chunk its own. A
 * chunk leaves to the chunks it imports (loaded with it, and run first) what they say too. A page of
 * the report's charts never downloads them. Other languages are fetched whole (lang/).
 *
 * Without `later` (the one-file builds, one chunk each), a message is used when its key is quoted in
 * the chunk as rendered, outside the catalogues: rollup has dropped what it never runs by then, the
 * bodies of `if (ON_DEMAND)` (src/internal/on-demand.ts), so the messages of a chunk that did not
 * load go with them (about 50 B gzip).
 */
function ownMessages(later = false) {
  const catalogue = /\/src\/i18n\/[a-z]{2}\.ts$/;
  const mark = '/* messages */';
  const laterMark = '/* later messages */';
  // The module that adds a chunk's messages, one for each module that starts such a chunk.
  const laterModule = '\0later-messages:';
  const startsLater = (id) => id === resolve('src/internal/parse.ts') || /\/src\/[\w-]+\/(read|views\/measured)\.ts$/.test(id);
  const quoted = new Map();
  // Each English message's text as the build writes it, by its key as the build writes it.
  const english = new Map();
  const loadedLater = (chunk) => ['parse', 'read', 'measured'].includes(chunk.name);
  const quotedIn = (chunks) => new Set(chunks.flatMap((chunk) => chunk.moduleIds.flatMap((id) => quoted.get(id) ?? [])));
  return {
    name: 'own-messages',
    resolveId: (source) => (later && source.startsWith(laterModule) ? source : null),
    load: (id) =>
      id.startsWith(laterModule) ? `import { en } from ${JSON.stringify(resolve('src/i18n/en.ts'))};\nObject.assign(en, ${laterMark} {});` : null,
    transform(code, id) {
      if (!id.startsWith(resolve('src'))) return null;
      if (!catalogue.test(id)) {
        quoted.set(id, [...code.matchAll(/(['"`])([\w.]+)\1/g)].map(([, , word]) => word));
        return later && startsLater(id) ? { code: `${code}\nimport ${JSON.stringify(laterModule + id)};`, map: null } : null;
      }
      const out = code.replace(/^export const (\w+) = \{/m, `export const $1 = ${mark} {`);
      if (out === code) throw new Error(`ownMessages: no catalogue object in ${id}`);
      if (id.endsWith('/en.ts')) {
        const messages = this.parse(out).body.find((node) => node.declaration?.declarations?.[0]?.id.name === 'en');
        for (const { key, value } of messages.declaration.declarations[0].init.properties) english.set(key.name ?? key.value, out.slice(value.start, value.end));
      }
      return { code: out, map: null };
    },
    renderChunk(code, chunk, _options, { chunks }) {
      if (!code.includes(mark) && !code.includes(laterMark)) return null;
      const all = Object.values(chunks);
      // The module files: the keys quoted in the modules of the chunks a page loads at first.
      const loaded = later ? quotedIn(all.filter((other) => !loadedLater(other))) : undefined;
      let out = code;
      if (code.includes(laterMark)) {
        // A read chunk leaves to the parse chunk (and <violence-breakdown>'s to the measured view's),
        // always loaded with it, what that chunk says too.
        const before = quotedIn(all.filter((other) => loadedLater(other) && chunk.imports.includes(other.fileName)));
        const keys = [...quotedIn([chunk])].filter((key) => english.has(key) && !loaded.has(key) && !before.has(key));
        out = out.replace(`${laterMark} {}`, `{ ${keys.map((key) => `${JSON.stringify(key)}: ${english.get(key)}`).join(', ')} }`);
      }
      const catalogues = [];
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'ObjectExpression' && out.slice(0, node.start).trimEnd().endsWith(mark)) catalogues.push(node);
        for (const value of Object.values(node)) (Array.isArray(value) ? value : [value]).forEach(visit);
      };
      if (out.includes(mark)) visit(this.parse(out));
      catalogues.sort((a, b) => b.start - a.start);
      const source = out;
      // A one-file build is one chunk, rendered with what it never runs already gone (the code that
      // only waiting for a chunk needs, src/internal/on-demand.ts): its keys are those it still quotes
      // outside its catalogues.
      const used = loaded ?? new Set([...catalogues.reduce((rest, { start, end }) => rest.slice(0, start) + rest.slice(end), source).matchAll(/(['"`])([\w.]+)\1/g)].map(([, , word]) => word));
      for (const { start, end, properties } of catalogues) {
        const kept = properties.filter(({ key }) => used.has(key.name ?? key.value));
        out = `${out.slice(0, start)}{ ${kept.map((property) => source.slice(property.start, property.end)).join(', ')} }${out.slice(end)}`;
      }
      return { code: out, map: null };
    },
  };
}

/**
 * The kit's private custom properties (`--_amelia-muted-color`, what each `--amelia-*` one resolves to)
 * are written `--_a-muted-color` in the minified files: 74 of them, about 50 B gzip of a file. Their
 * names are built in one place only (palette.ts), from the prefix as written, so every use agrees.
 */
const shortVars = () => ({
  name: 'short-vars',
  transform(code, id) {
    if (!id.startsWith(resolve('src'))) return null;
    const out = code.replaceAll('--_amelia-', '--_a-');
    return out === code ? null : { code: out, map: null };
  },
});

const typescriptOptions = { tsconfig: './tsconfig.json', declaration: false, outDir: 'dist', rootDir: 'src' };
const production = { preventAssignment: true };

/**
 * Minified, with lit and d3 bundled in (Lit's production build); with `builtIn`, only those languages
 * built in, the others fetched from beside the file. An output with a `file` is one file, what is
 * loaded on first use imported at once; one with a `dir` loads it from chunks/ beside it.
 */
const embed = (input, output, builtIn, { pack = false } = {}) => ({
  input,
  // The chunks import from the file itself: it may export more than its source does, so that the
  // code they share with it stays in it, not in a third file every page would also load.
  preserveEntrySignatures: 'allow-extension',
  // d3-array is one bundled file whose top level calls `bisector` for exports the kit never imports
  // (bisectLeft, bisectRight, bisectCenter); a call rollup cannot prove pure is kept, with all it
  // needs: about 270 B gzip of every file. `bisector` makes a comparator object and touches nothing.
  treeshake: { manualPureFunctions: ['bisector'] },
  output: output.file ? { ...output, inlineDynamicImports: true } : { chunkFileNames: 'chunks/[name]-[hash].js', ...output },
  plugins: [
    ...(output.file ? [oneFile()] : []),
    ...(builtIn ? [languages(builtIn)] : []),
    nodeResolve({ exportConditions: ['production'] }),
    typescript(typescriptOptions),
    shortKeys(),
    shortVars(),
    shortLitMessages(),
    ...(pack ? [] : [ownMessages(!output.file)]),
    // Lit's html, svg and css templates keep their indentation otherwise. An attribute's quotes go
    // where the value needs none (`class=plot`, `d=M${x},${y}`: about 900 B, 60 B gzip of a file);
    // Lit reads an unquoted value, bindings and all, as it reads a quoted one.
    minifyHTML({ options: { minifyOptions: { removeAttributeQuotes: true } } }),
    // Private members (`_source`, `_layOut`) get short names too, about 350 B gzip of the whole kit: a
    // file is self-contained, and no language pack or page reads a member whose name starts with `_`
    // (Lit's own cross-version names start with `_$` and stay as they are). So do the hooks that
    // ChartElement's elements fill in, read or its controllers call (`defaultData`, `typeface`,
    // `renderNote`), named nowhere else, no data field or DOM name: 30-50 B gzip of a file.
    terser({
      ecma: 2021,
      module: true,
      // V8's compile hint (Chrome 136): every function of the file is compiled as the file streams in,
      // off the main thread, not the first time it is called. Most of a file runs as its first chart
      // draws (V8 coverage: 23.1 of the whole kit's 29.8 KB gzip on the report page), and a chunk
      // loads when its code is needed: the report page painted 6-8 % sooner, desktop and phone (A/B,
      // 24-30 runs each). Other browsers read a comment. Not in a language pack, nearly all strings.
      format: { comments: false, ...(pack ? {} : { preamble: '//# allFunctionsCalledOnLoad' }) },
      // A function expression and an object's `function` member are written as an arrow and a method
      // (about 600 B, 40 B gzip of a one-file build): the kit and its libraries never call either
      // with `new` or read its prototype.
      compress: { passes: 3, unsafe_arrows: true, unsafe_methods: true },
      mangle: { properties: { regex: /^(_[a-z]|(defaultData|chartTitle|renderChart|focusPoints|layoutProperties|langChanged|renderNote|typeface|activePoint)$)/ } },
      // One name per member in every chunk of a build: chunks are minified one after another, each
      // starting from the names the others gave (a chunk calls members of objects made in another).
      nameCache: {},
    }),
  ],
  onwarn: strict,
});

function strict(warning, warn) {
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.some((id) => id.includes('node_modules/d3-'))) return;
  warn(warning);
}

export default [
  {
    input: ['src/index.ts', ...tags.map((tag) => `src/${tag}.ts`), 'src/react/index.ts'],
    output: { dir: 'dist/esm', format: 'es', preserveModules: true, preserveModulesRoot: 'src' },
    external: (id) => /^(lit|@lit|d3-|tslib|react$)/.test(id),
    plugins: [
      // The first build: the chunks of the last one go, so that dist/chunks/ holds only this one's.
      { name: 'clean-chunks', buildStart: () => rmSync('dist/chunks', { recursive: true, force: true }) },
      typescript({ tsconfig: './tsconfig.json', outDir: 'dist/esm', rootDir: 'src', declaration: true }),
    ],
    onwarn: strict,
  },
  embed('src/embed/script.ts', { dir: 'dist', entryFileNames: 'amelia-report-charts.min.js', format: 'es' }, ['en']),
  embed('src/embed/script.ts', { file: 'dist/amelia-report-charts.iife.min.js', format: 'iife' }, ['en']),
  ...tags.map((tag) => embed(`src/${tag}.ts`, { dir: 'dist', entryFileNames: `${tag}.js`, format: 'es' }, ['en'])),
  ...langs.map((lang) => embed('src/embed/script.ts', { file: `dist/amelia-report-charts.${lang}.min.js`, format: 'es' }, [lang])),
  embed('src/embed/script.ts', { file: 'dist/amelia-report-charts.all.min.js', format: 'es' }),
  ...langs.map((lang) => embed(`src/languages/${lang}.ts`, { file: `dist/lang/${lang}.js`, format: 'es' }, undefined, { pack: true })),
  embed('src/embed/embed.ts', { file: 'dist/embed/embed.js', format: 'es' }),
  // A classic script, so that a CMS can paste it with or without type="module".
  embed('src/embed/host.ts', { file: 'dist/embed/host.js', format: 'iife' }),
];
