// The embed builder: the form's choices become one element, previewed live, and the snippet that
// makes it. Elements are created through the DOM, never from markup, so a URL cannot inject any.
const tags = ['hiv-estimate-gap', 'funding-timeline', 'violence-breakdown'].filter((tag) => customElements.get(tag));
const form = document.getElementById('builder');
const preview = document.getElementById('preview');
const snippet = document.getElementById('snippet');
const bundle = new URL('../dist/amelia-report-charts.min.js', location.href).href;

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

function update() {
  const { tag, attributes } = choices();
  const element = document.createElement(tag);
  for (const [name, value] of attributes) element.setAttribute(name, value);
  preview.replaceChildren(element);
  const written = attributes.map(([name, value]) => ` ${name}="${escape(value)}"`).join('');
  snippet.value = `<script type="module" src="${escape(bundle)}"></script>\n<${tag}${written}></${tag}>`;
}

form.addEventListener('input', update);
form.addEventListener('submit', (event) => event.preventDefault());
document.getElementById('copy').addEventListener('click', async () => {
  const status = document.getElementById('copied');
  try {
    await navigator.clipboard.writeText(snippet.value);
    status.textContent = 'Copied.';
  } catch {
    snippet.select();
    status.textContent = 'Press Ctrl+C (⌘C) to copy the selected snippet.';
  }
});
update();
