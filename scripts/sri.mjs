// Subresource Integrity for the script files a page may load from a CDN copy of the npm package.
//
//   node scripts/sri.mjs            writes dist/integrity.json: { "<file>": "sha384-…" } for every
//                                   dist/*.js and dist/embed/*.js (a build step)
//   node scripts/sri.mjs --readme   writes README's CDN snippet for package.json's version and this
//                                   build (run by `npm version`, so the release commit carries it)
//   node scripts/sri.mjs --check    fails unless README's snippet is that one (run before publishing)
//
// The snippet names a version, and a version's files never change on the registry, so README shows
// the snippet of the release it was written for; between releases it stays true for that release.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

const scripts = [
  ...readdirSync('dist').filter((file) => file.endsWith('.js')),
  ...readdirSync('dist/embed').filter((file) => file.endsWith('.js')).map((file) => `embed/${file}`),
].sort();
const integrity = Object.fromEntries(
  scripts.map((file) => [file, `sha384-${createHash('sha384').update(readFileSync(`dist/${file}`)).digest('base64')}`]),
);

const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));
const cdn = (file) => `https://cdn.jsdelivr.net/npm/${name}@${version}/dist/${file}`;
const snippet = [
  '<!-- cdn:start (written by `npm version` with scripts/sri.mjs; do not edit) -->',
  '```html',
  `<script type="module" src="${cdn('amelia-report-charts.min.js')}"`,
  `        integrity="${integrity['amelia-report-charts.min.js']}" crossorigin="anonymous"></script>`,
  '<hiv-estimate-gap></hiv-estimate-gap>',
  '```',
  '',
  'As a classic script:',
  '',
  '```html',
  `<script src="${cdn('amelia-report-charts.iife.min.js')}"`,
  `        integrity="${integrity['amelia-report-charts.iife.min.js']}" crossorigin="anonymous" defer></script>`,
  '```',
  '<!-- cdn:end -->',
].join('\n');

const pattern = /<!-- cdn:start[^>]*-->[\s\S]*?<!-- cdn:end -->/;
const readme = readFileSync('README.md', 'utf8');

if (process.argv.includes('--check') || process.argv.includes('--readme')) {
  if (!pattern.test(readme)) throw new Error('README.md has no cdn markers');
  const updated = readme.replace(pattern, snippet);
  if (process.argv.includes('--readme')) {
    writeFileSync('README.md', updated);
    console.log(`README.md CDN snippet written for ${name}@${version}.`);
  } else if (updated !== readme) {
    console.error(`README.md's CDN snippet is not the one for ${name}@${version} as built: run \`node scripts/sri.mjs --readme\`.`);
    process.exit(1);
  } else {
    console.log(`README.md's CDN snippet matches ${name}@${version} as built.`);
  }
} else {
  writeFileSync('dist/integrity.json', `${JSON.stringify(integrity, null, 2)}\n`);
  console.log(`integrity: ${scripts.length} scripts in dist/integrity.json`);
}
