// Checks every dist/*.js, dist/lang/*.js (the language packs) and dist/chunks/*.js (what the module
// files load on first use; their names carry a hash, so one `chunk` budget covers each, or `chunks`
// one by its name without the hash) against
// bench/size-budget.json: minified bytes and gzip -9 bytes. Prints
// the sizes; exits 1, saying which file is over by how much, when any exceeds its budget. Run it
// after `npm run build` (it reads dist/ as built):  node scripts/check-size.mjs [--json]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = 'bench/size-budget.json';
const fail = (message) => {
  console.error(`check-size: ${message}`);
  process.exit(1);
};

if (!existsSync(BUDGET)) fail(`${BUDGET} is missing.`);
const budget = JSON.parse(readFileSync(BUDGET, 'utf8'));
if (!budget.default?.min || !budget.default?.gzip) fail(`${BUDGET} needs "default": { "min", "gzip" }.`);
/** Names as the budget gives them: `amelia-report-charts.min.js`, `lang/ru.js`. */
const scripts = (dir, prefix = '') =>
  existsSync(dir) ? readdirSync(dir).filter((file) => file.endsWith('.js')).map((file) => `${prefix}${file}`) : [];
const files = [...scripts('dist'), ...scripts('dist/lang', 'lang/'), ...scripts('dist/chunks', 'chunks/')].sort();
if (!files.length) fail('no dist/*.js to check: run `npm run build` first.');
const missing = Object.keys(budget.files ?? {}).filter((file) => !files.includes(file));
if (missing.length) fail(`budgeted but not built: ${missing.map((file) => `dist/${file}`).join(', ')} (stale budget, or a failed build).`);

/**
 * A chunk's name without its hash (rollup's eight characters), as `chunks` in the budget names it:
 * chunks/parse-DcUAMFsD.js is `parse`, chunks/d3-dsv-CiZe8pwS.js is `d3-dsv`.
 */
const chunkName = (file) => file.slice('chunks/'.length).replace(/-[\w-]{8}\.js$/, '');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const rows = files.map((file) => {
  const content = readFileSync(`dist/${file}`);
  const chunk = file.startsWith('chunks/') ? (budget.chunks?.[chunkName(file)] ?? budget.chunk) : undefined;
  const limit = budget.files?.[file] ?? chunk ?? budget.default;
  const min = content.length;
  const gzip = gzipSync(content, { level: 9 }).length;
  return { file: `dist/${file}`, min, gzip, budget: limit, over: [min > limit.min && 'min', gzip > limit.gzip && 'gzip'].filter(Boolean) };
});

if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
else {
  const pad = Math.max(...rows.map((row) => row.file.length)) + 2;
  console.log(`${'file'.padEnd(pad)}${'min'.padStart(10)}${'budget'.padStart(10)}${'gzip -9'.padStart(10)}${'budget'.padStart(10)}`);
  for (const row of rows) {
    console.log(
      `${row.file.padEnd(pad)}${String(row.min).padStart(10)}${String(row.budget.min).padStart(10)}${String(row.gzip).padStart(10)}${String(row.budget.gzip).padStart(10)}${row.over.length ? '  OVER' : ''}`,
    );
  }
}
const over = rows.filter((row) => row.over.length);
if (over.length) {
  console.error('\ncheck-size: over budget (bench/size-budget.json):');
  for (const row of over) {
    for (const kind of row.over) {
      const size = row[kind];
      const limit = row.budget[kind];
      console.error(`  ${row.file}: ${kind} ${size} B (${kb(size)}) > ${limit} B (${kb(limit)}), ${size - limit} B over`);
    }
  }
  console.error('See where the bytes go: node scripts/bench-sizes.mjs [src/<tag>.ts]');
  process.exit(1);
}
console.log(`check-size: ${rows.length} files within budget.`);
