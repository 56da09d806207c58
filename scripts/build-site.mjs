// Assembles site/ from a build (`npm run build:site` runs the build first, and Storybook after):
//   site/index.html       a page that links to everything below
//   site/demo/            the demo page, the one-tag pages and the embed builder
//   site/dist/            the script files, the iframe embeds (dist/embed/) and the images (dist/static/)
//   site/test/fixtures/   the CSV and JSON files the demo loads
//   site/storybook/       written by `storybook build` after this script
// Everything keeps the repository's layout and every link is relative, so the folder works from any
// static host under any path (https://example.org/charts/ as well as a domain's root).
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const SITE = 'site';
const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const tags = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : [])).sort();
const integrity = JSON.parse(readFileSync('dist/integrity.json', 'utf8'));
const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));

rmSync(SITE, { recursive: true, force: true });
// dist/esm/ is the npm build, for bundlers: a page has no use for it.
cpSync('dist', `${SITE}/dist`, { recursive: true, filter: (path) => !/^dist[\\/]esm\b/.test(path) });
cpSync('demo', `${SITE}/demo`, { recursive: true });
cpSync('test/fixtures', `${SITE}/test/fixtures`, { recursive: true, filter: (path) => !/\.html$/.test(path) });

const list = (items) => `<ul>\n${items.map((item) => `        <li>${item}</li>`).join('\n')}\n      </ul>`;
const langs = ['en', 'ru', 'kk'];
writeFileSync(
  `${SITE}/index.html`,
  `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${name} ${version}</title>
    <link rel="stylesheet" href="demo/demo.css" />
  </head>
  <body>
    <h1>${name} ${version}</h1>
    <p>
      Embeddable, accessible charts of the report by the “Amelia” NGO (Taldykorgan, Kazakhstan), November 2015, on
      sex work, violence and HIV in Kazakhstan. Every figure shows its source.
    </p>
    <h2>Try and document</h2>
    ${list([
      '<a href="demo/">Demo</a>: every element on the report’s data, in three languages',
      '<a href="demo/builder.html">Embed builder</a>: the script snippet or the iframe snippet for any chart',
      '<a href="storybook/">Storybook</a>: each element’s reference, controls and states',
    ])}
    <h2>Iframe embeds</h2>
    ${list(tags.map((tag) => `<a href="dist/embed/${tag}.html"><code>dist/embed/${tag}.html</code></a> ${langs.filter((lang) => lang !== 'en').map((lang) => `<a href="dist/embed/${tag}.html?lang=${lang}" hreflang="${lang}">${lang}</a>`).join(' ')}`))}
    <p>The host script that sizes them: <a href="dist/embed/host.js"><code>dist/embed/host.js</code></a>.</p>
    <h2>Images</h2>
    ${list(tags.map((tag) => `<code>${tag}</code>: ${langs.map((lang) => `<a href="dist/static/${tag}.${lang}.svg">SVG ${lang}</a>, <a href="dist/static/${tag}.${lang}.png">PNG ${lang}</a>`).join(' · ')}`))}
    <h2>Script files and their integrity</h2>
    <table>
      <thead><tr><th>file</th><th><code>integrity</code></th></tr></thead>
      <tbody>
${Object.entries(integrity).map(([file, hash]) => `        <tr><td><a href="dist/${file}"><code>${file}</code></a></td><td><code>${hash}</code></td></tr>`).join('\n')}
      </tbody>
    </table>
  </body>
</html>
`,
);
console.log(`site: ${SITE}/ assembled (demo, builder, ${tags.length} embeds, images); Storybook goes to ${SITE}/storybook/`);
