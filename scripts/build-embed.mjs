// Writes the iframe embed's pages, dist/embed/<tag>.html, one per element in the manifest, from
// src/embed/embed.html, with src/embed/embed.css beside them (rollup writes embed.js and host.js).
//
// A page's `src` may name data on its own site only, unless the sites allowed are listed when it is
// built: EMBED_SRC_ORIGINS="https://data.example.org https://stats.example.net" npm run build. They
// go into the page's src-origins meta, which the page's script checks, and into its
// Content-Security-Policy, which the browser enforces, redirects included.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const tags = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : []));

const origins = (process.env.EMBED_SRC_ORIGINS ?? '').split(/[\s,]+/).filter(Boolean);
for (const origin of origins) {
  if (URL.canParse(origin) && new URL(origin).origin === origin && /^https?:$/.test(new URL(origin).protocol)) continue;
  console.error(`build-embed: EMBED_SRC_ORIGINS holds "${origin}", not an origin such as https://data.example.org`);
  process.exit(1);
}

// Nothing but the page's own scripts and styles, data from the allowed sites, and the data: image
// the PNG export draws through. No inline script or style: the page runs under this policy itself.
const csp = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  `connect-src ${["'self'", ...origins].join(' ')}`,
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
].join('; ');

const template = readFileSync('src/embed/embed.html', 'utf8');
mkdirSync('dist/embed', { recursive: true });
for (const tag of tags) {
  const page = template.replace(/\{(\w+)\}/g, (whole, name) => ({ tag, csp, origins: origins.join(' ') })[name] ?? whole);
  writeFileSync(`dist/embed/${tag}.html`, page);
}
copyFileSync('src/embed/embed.css', 'dist/embed/embed.css');
console.log(`embed pages: ${tags.map((tag) => `dist/embed/${tag}.html`).join(', ')}${origins.length ? `; src also from ${origins.join(', ')}` : ''}`);
