// The embed builder: the form's choices become one element, previewed live, and the two snippets
// that make it: the script and the element, or an iframe of the element's embed page and the
// script that sizes it. Elements are created through the DOM, never from markup, and every value
// written into a snippet is escaped, so a URL cannot inject any.
const tags = ['hiv-estimate-gap', 'funding-timeline', 'violence-breakdown'].filter((tag) => customElements.get(tag));
const form = document.getElementById('builder');
const preview = document.getElementById('preview');
const dist = new URL('../dist/', location.href);
const bundle = new URL('amelia-report-charts.min.js', dist).href;
const hostScript = new URL('embed/host.js', dist).href;
// The embed page's padding, around the chart (dist/embed/embed.css).
const EMBED_PADDING = 8;

for (const tag of tags) form.tag.append(new Option(`<${tag}>`, tag));

const escape = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The attributes the choices give, in the order they are written. */
function choices() {
  const attributes = [['lang', form.lang.value]];
  if (form.theme.value !== 'light') attributes.push(['theme', form.theme.value]);
  const src = form.src.value.trim();
  if (src) attributes.push(['src', src]);
  return { tag: form.tag.value, attributes };
}

function scriptSnippet(tag, attributes) {
  const written = attributes.map(([name, value]) => ` ${name}="${escape(value)}"`).join('');
  return `<script type="module" src="${escape(bundle)}"></script>\n<${tag}${written}></${tag}>`;
}

/** A `src` as the preview reads it: resolved against this page, as the embed page needs it whole. */
function absolute(src) {
  try {
    return new URL(src, location.href).href;
  } catch {
    return src;
  }
}

/** The iframe and host script; its title and height are the preview's, once it has drawn. */
function iframeSnippet(tag, attributes) {
  const page = new URL(`embed/${tag}.html`, dist);
  for (const [name, value] of attributes) page.searchParams.set(name, name === 'src' ? absolute(value) : value);
  const chart = preview.firstElementChild;
  const title = chart?.shadowRoot?.querySelector('[part="title"]')?.textContent?.trim() || tag;
  const height = Math.ceil(chart?.getBoundingClientRect().height ?? 0) + EMBED_PADDING;
  return (
    `<iframe src="${escape(page.href)}" title="${escape(title)}"\n` +
    `        style="width: 100%; border: 0" height="${height}" loading="lazy"></iframe>\n` +
    `<script src="${escape(hostScript)}" defer></script>`
  );
}

function writeSnippets() {
  const { tag, attributes } = choices();
  document.getElementById('snippet').value = scriptSnippet(tag, attributes);
  document.getElementById('iframe-snippet').value = iframeSnippet(tag, attributes);
  const src = attributes.find(([name]) => name === 'src')?.[1];
  const elsewhere = src !== undefined && URL.canParse(absolute(src)) && new URL(absolute(src)).origin !== dist.origin;
  const note = document.getElementById('iframe-note');
  note.hidden = !elsewhere;
  note.textContent = elsewhere ? `The iframe embed loads data only from ${dist.origin}, unless it was built to allow other sites: put the data file there.` : '';
}

function update() {
  const { tag, attributes } = choices();
  const element = document.createElement(tag);
  for (const [name, value] of attributes) element.setAttribute(name, value);
  preview.replaceChildren(element);
  writeSnippets();
}

form.addEventListener('input', update);
form.addEventListener('submit', (event) => event.preventDefault());
// The iframe's title and height come from the drawn chart.
preview.addEventListener('chart-rendered', writeSnippets);
preview.addEventListener('chart-error', writeSnippets);
for (const button of document.querySelectorAll('[data-copy]')) {
  button.addEventListener('click', async () => {
    const snippet = document.getElementById(button.dataset.copy);
    const status = document.getElementById('copied');
    try {
      await navigator.clipboard.writeText(snippet.value);
      status.textContent = 'Copied.';
    } catch {
      snippet.select();
      status.textContent = 'Press Ctrl+C (⌘C) to copy the selected snippet.';
    }
  });
}
update();
