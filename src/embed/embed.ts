// The script of an embed page, dist/embed/<tag>.html?lang=&theme=&view=&src=: it draws the page's
// one chart with the choices in its address, and tells the page around the iframe how tall it is.
//
// The address is written by anyone who links to the page, so each choice is taken only from the
// values the chart knows; anything else falls back to the chart's default and goes nowhere. `src`
// may only name data on this page's own site, or on a site listed when the embeds were built
// (EMBED_SRC_ORIGINS, written into the page's `amelia-report-charts:src-origins` meta and its
// Content-Security-Policy): a link must not make this site show someone else's figures.
import type { Lang } from '../data/types.js';
import type { ViolenceView } from '../violence-breakdown/violence-breakdown.js';
import { HEIGHT, isMeasureRequest, type HeightMessage } from './messages.js';

type Theme = 'light' | 'dark' | 'auto';

const LANGS: readonly Lang[] = ['en', 'ru', 'kk'];
const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];
const VIEWS: readonly ViolenceView[] = ['report', 'measured'];

/** Shown instead of the chart when `src` is on a site the page may not load from. */
const REFUSED: Record<Lang, string> = {
  en: 'This embedded chart loads data only from {allowed}. The data at {refused} was not loaded.',
  ru: 'Этот встроенный график загружает данные только с {allowed}. Данные с {refused} не загружены.',
  kk: 'Бұл ендірілген диаграмма деректерді тек {allowed} сайтынан жүктейді. {refused} сайтындағы деректер жүктелмеді.',
};

const query = new URLSearchParams(location.search);
const tag = document.body.dataset.chart ?? '';

/** The query's value for `name` when it is one of `allowed`, else the first of them, the default. */
function choice<T extends string>(name: string, allowed: readonly T[]): T {
  const value = query.get(name);
  return allowed.find((option) => option === value) ?? allowed[0];
}

/** The sites `src` may name: this page's, and those listed at build time. */
function allowedOrigins(): string[] {
  const listed = document.querySelector<HTMLMetaElement>('meta[name="amelia-report-charts:src-origins"]')?.content ?? '';
  return [location.origin, ...listed.split(/\s+/).filter(Boolean)];
}

function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text, location.href);
  } catch {
    return undefined;
  }
}

/** How a refused address is named to the reader: its site, else its scheme, else the text given. */
const siteOf = (src: string, url: URL | undefined) => (!url ? src : url.origin === 'null' ? url.protocol : url.origin);

function refusal(lang: Lang, refused: string, allowed: string[]): HTMLElement {
  const message = document.createElement('p');
  message.className = 'refused';
  message.setAttribute('role', 'alert');
  message.textContent = REFUSED[lang].replace('{allowed}', allowed.join(', ')).replace('{refused}', refused);
  return message;
}

function draw(): HTMLElement {
  const lang = choice('lang', LANGS);
  document.documentElement.lang = lang;
  const chart = document.createElement(tag);
  chart.setAttribute('theme', choice('theme', THEMES));
  if ('view' in chart) chart.setAttribute('view', choice('view', VIEWS));
  const src = query.get('src');
  if (src) {
    const url = parseUrl(src);
    const allowed = allowedOrigins();
    if (!url || !allowed.includes(url.origin)) return refusal(lang, siteOf(src, url), allowed);
    chart.setAttribute('src', url.href);
  }
  return chart;
}

function reportHeight(to: Window, origin: string) {
  const message: HeightMessage = { type: HEIGHT, chart: tag, height: Math.ceil(document.body.getBoundingClientRect().height) };
  to.postMessage(message, origin);
}

await customElements.whenDefined(tag);
document.body.append(draw());

if (parent !== window) {
  // The height is no secret, and the page around may be on any site: any origin may read it.
  new ResizeObserver(() => reportHeight(parent, '*')).observe(document.body);
  addEventListener('message', (event) => {
    if (event.source === parent && isMeasureRequest(event.data)) reportHeight(parent, event.origin);
  });
}
