import { readdirSync } from 'node:fs';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

/*
 * dist/
 *   esm/                        the npm build: one ES module per source file, lit and d3 external, .d.ts
 *   amelia-report-charts.min.js every element in one self-contained, minified ES module
 *   amelia-report-charts.iife.min.js the same as a classic script, for CMSs that take only <script src>
 *   <tag>.js                    one element, self-contained and minified
 * The manifest (dist/custom-elements.json) comes from `cem analyze`, run by `npm run build`.
 */

/** Every element: a top-level `src/<tag>.ts` that registers one tag. */
export const tags = readdirSync('src')
  .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
  .map((file) => file.replace(/\.ts$/, ''));

const typescriptOptions = { tsconfig: './tsconfig.json', declaration: false, outDir: 'dist', rootDir: 'src' };
const production = { preventAssignment: true };

/** Self-contained and minified, with lit and d3 bundled in (Lit's production build). */
const embed = (input, output) => ({
  input,
  output,
  plugins: [
    nodeResolve({ exportConditions: ['production'] }),
    typescript(typescriptOptions),
    // Lit's html, svg and css templates keep their indentation otherwise.
    minifyHTML(),
    terser({ ecma: 2021, module: true, format: { comments: false }, compress: { passes: 2 } }),
  ],
  onwarn: strict,
});

function strict(warning, warn) {
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.some((id) => id.includes('node_modules/d3-'))) return;
  warn(warning);
}

export default [
  {
    input: ['src/index.ts', ...tags.map((tag) => `src/${tag}.ts`)],
    output: { dir: 'dist/esm', format: 'es', preserveModules: true, preserveModulesRoot: 'src' },
    external: (id) => /^(lit|@lit|d3-|tslib)/.test(id),
    plugins: [typescript({ tsconfig: './tsconfig.json', outDir: 'dist/esm', rootDir: 'src', declaration: true })],
    onwarn: strict,
  },
  embed('src/index.ts', [
    { file: 'dist/amelia-report-charts.min.js', format: 'es' },
    { file: 'dist/amelia-report-charts.iife.min.js', format: 'iife', name: 'AmeliaReportCharts' },
  ]),
  ...tags.map((tag) => embed(`src/${tag}.ts`, { file: `dist/${tag}.js`, format: 'es' })),
];
