import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/*
 * The benchmark's pages: one adapter per library, each bundled with its library into bench/build/,
 * minified like the kit's own embed (same terser settings). The kit is not bundled: its page loads
 * dist/amelia-report-charts.min.js (or one element's file), the file users embed, with a script tag
 * of its own. The shared harness and its data become a chunk of their own, so that a page's library
 * bytes can be counted apart from them.
 */
/**
 * Plot's dodge transform imports interval-tree-1d, a CommonJS module, which rollup cannot read
 * without @rollup/plugin-commonjs. The benchmark never dodges, so tree-shaking drops that code: a
 * stub in its place changes no byte of what the Plot pages load, and spares a devDependency.
 */
function dodgeStub() {
  const id = '\0interval-tree-1d';
  return {
    name: 'bench-dodge-stub',
    resolveId: (source) => (source === 'interval-tree-1d' ? id : null),
    load: (source) => (source === id ? 'export default function IntervalTree() { throw new Error("not bundled"); }' : null),
  };
}

export default {
  input: {
    kit: 'bench/src/kit.js',
    baseline: 'bench/src/baseline.js',
    chartjs: 'bench/src/chartjs.js',
    plot: 'bench/src/plot.js',
    static: 'bench/src/static.js',
  },
  output: {
    dir: 'bench/build',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: '[name].js',
    manualChunks: (id) => (/bench\/src\/(harness|data)\.js$/.test(id) ? 'harness' : undefined),
  },
  plugins: [
    dodgeStub(),
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    terser({ ecma: 2021, module: true, format: { comments: false }, compress: { passes: 2 } }),
  ],
  onwarn(warning, warn) {
    if (warning.code === 'CIRCULAR_DEPENDENCY') return; // inside d3 and Chart.js
    warn(warning);
  },
};
