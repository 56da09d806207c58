/**
 * The standard story set every chart of the kit gets: the report's data, partner data, loading from
 * `src` (JSON and CSV fixtures), each error reason, empty data, narrow and wide, each language, a
 * dark theme, and long or hostile labels. Each story has a play function that waits for the chart
 * to settle (`chart-rendered` or `chart-error`) and checks what it shows, so the story tests
 * (`npm run test:stories`) test behaviour, not only "it mounted"; the a11y addon then checks the
 * settled state.
 *
 * Controls come from the custom-elements manifest: every attribute the element documents (`lang`,
 * `src`, `data`, `theme`, `hide-actions`, ...) is a control and is set on the element by name.
 *
 * A new element needs one file, `stories/<tag>.stories.ts` (see hiv-estimate-gap.stories.ts):
 *
 * ```ts
 * import '../src/my-chart.js';
 * import json from '../test/fixtures/my-chart.json?raw';
 * import csv from '../test/fixtures/my-chart.csv?raw';
 * const chart = chartStories({ tag: 'my-chart', json: { name: 'my-chart.json', text: json }, csv: ..., invalidData, noData, withLabels });
 * const meta = { title: 'Charts/my-chart', component: 'my-chart', tags: ['autodocs'], ...chart.meta } satisfies Meta<ChartArgs>;
 * export default meta;
 * export const ReportData = chart.stories.ReportData;
 * // ... one `export const` per story: Storybook reads the names statically.
 * ```
 *
 * The docs page (title, description from the manifest, embed snippets, data shape from the
 * fixtures, API, every story) is .storybook/docs-page.ts, fed by `meta.parameters.chart`.
 */
import { html, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { styleMap } from 'lit/directives/style-map.js';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { expect, waitFor } from 'storybook/test';
import type { ArgTypes, Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { palettes } from '../src/internal/palette.js';
// Written by `cem analyze` (the storybook scripts run it first): the elements' attributes.
import manifest from '../dist/custom-elements.json';

export type Lang = 'en' | 'ru' | 'kk';

/**
 * What a chart story can set: any attribute the manifest documents, by its attribute name (`lang`,
 * `src`, `theme`, `hide-actions`, ...), and `data`: a string is the attribute (JSON text), anything
 * else the property.
 */
export interface ChartArgs {
  [attribute: string]: unknown;
  lang?: Lang | '';
  src?: string;
  data?: unknown;
  /** Story only: width of the chart's container, e.g. `200px`; empty: the canvas' width. */
  containerWidth?: string;
  /** Story only: a dark page around the chart. */
  darkPage?: boolean;
  /** Story only: dark colours set through the `--amelia-*` custom properties on the container. */
  customTheme?: boolean;
  /** Story only: the WCAG 1.4.12 text spacing set on the element itself, as a reader's stylesheet does. */
  readerSpacing?: boolean;
  onChartRendered?: (event: Event) => void;
  onChartError?: (event: Event) => void;
}

export interface ChartStoryConfig {
  /** The element's tag; its module must already be imported by the story file. */
  tag: string;
  /** Text of the partner JSON fixture in test/fixtures (import it with `?raw`), and its file name. */
  json: { name: string; text: string };
  /** Text of the partner CSV fixture in test/fixtures, and its file name. */
  csv: { name: string; text: string };
  /** A `;`-separated, decimal-comma CSV fixture (Excel in Kazakhstan and Russia), with its language. */
  semicolonCsv?: { name: string; lang: Lang };
  /** A fixture holding malformed JSON (default `broken.json`). */
  brokenJson?: string;
  /** Well-formed data that the element must reject with `invalid-data`. */
  invalidData: unknown;
  /** Data in the element's shape with no rows: `no-data`. */
  noData: unknown;
  /** Valid data whose rows carry the given labels, for the long and hostile label stories. */
  withLabels: (labels: string[]) => unknown;
  /** How many marks the report's data draws (checked by the report story); optional. */
  reportMarks?: number;
}

/** The page around the dark stories. */
export const darkPage = { background: '#0d1117', color: '#e6edf3' };

/**
 * Dark colours through the public custom properties, as a page without the `theme` attribute sets
 * them: the kit's own dark palette, so the story shows the same colours as `theme="dark"`.
 */
export const darkTheme: Record<string, string> = {
  ...Object.fromEntries(Object.entries(palettes.dark).map(([name, value]) => [`--amelia-${name}`, value])),
  '--amelia-padding': '12px',
};

/** Labels a partner might paste: markup and script must show as text, never run. */
export const hostileLabels = [
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  '<svg onload="window.__pwned = 1"></svg>',
  "{{constructor.constructor('alert(1)')()}}",
  '\u202Eevil\u202C & <b>bold</b>',
];

/** Labels that wrap: a long sentence, a long Kazakh word, and a long unbroken token. */
export const longLabels = [
  'Sex workers reached by the outreach programme in Almaty, Taldykorgan and Shymkent during the whole of the year',
  'Денсаулықсақтаубағдарламасыныңқаржыландырылуынтоқтатқаннанкейінгісекс-қызметкерлер',
  'https://example.org/a/very/long/url/that/never/breaks/because/it/has/no/spaces/at/all/0123456789',
];

/** A known console message a story may allow: the browser reports a failed fetch on its own. */
export const http404Message = /Failed to load resource: the server responded with a status of 404/;

/**
 * URL of a file in test/fixtures as the page sees it. Storybook serves them at `fixtures/` beside
 * `iframe.html`; the URL stays relative so a static build works under any path on any host.
 */
export function fixtureUrl(name: string): string {
  // Under Vitest the page is not iframe.html, and the fixtures are served from the server's root.
  return location.pathname.endsWith('/iframe.html') ? `fixtures/${name}` : `/fixtures/${name}`;
}

/** The last chart event each element fired, so play functions can wait for it. */
const outcomes = new WeakMap<Element, CustomEvent>();

function record(args: ChartArgs) {
  return (event: Event) => {
    const chart = event.composedPath()[0] as Element;
    outcomes.set(chart, event as CustomEvent);
    (event.type === 'chart-error' ? args.onChartError : args.onChartRendered)?.(event);
  };
}

interface ManifestAttribute {
  name: string;
  fieldName?: string;
  type?: { text: string };
}

/** The element's attributes as the manifest documents them (JSDoc is the API). */
export function manifestAttributes(tag: string): ManifestAttribute[] {
  for (const mod of (manifest as { modules: { declarations?: { tagName?: string; attributes?: ManifestAttribute[] }[] }[] })
    .modules) {
    for (const declaration of mod.declarations ?? []) {
      if (declaration.tagName === tag) return declaration.attributes ?? [];
    }
  }
  return [];
}

/** Attributes the story sets from args by name; `data` is special (string: attribute, else property). */
const special = new Set(['data']);

/** Attributes each element set from args last time, so a cleared control removes its attribute. */
const setByStory = new WeakMap<Element, Set<string>>();

function applyAttributes(element: Element, args: ChartArgs, names: string[]): void {
  const previous = setByStory.get(element) ?? new Set<string>();
  const now = new Set<string>();
  for (const name of names) {
    const value = args[name];
    if (value === undefined || value === null || value === '' || value === false) {
      if (previous.has(name)) element.removeAttribute(name);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
      now.add(name);
    }
  }
  setByStory.set(element, now);
}

function pageStyle(args: ChartArgs): Record<string, string> {
  return {
    ...(args.containerWidth ? { width: args.containerWidth } : {}),
    ...(args.darkPage ? { background: darkPage.background, color: darkPage.color, padding: '16px' } : {}),
    ...(args.customTheme ? darkTheme : {}),
  };
}

function renderChart(tag: string, args: ChartArgs, attributes: string[]): TemplateResult {
  const t = unsafeStatic(tag);
  const asProperty = args.data !== undefined && typeof args.data !== 'string' ? args.data : undefined;
  const onEvent = record(args);
  const names = [...attributes, ...(typeof args.data === 'string' ? ['data'] : [])];
  // Attributes first, then the property, which wins, as the last input set does.
  const apply = (element?: Element) => {
    if (!element) return;
    applyAttributes(element, args, names);
    for (const [property, value] of Object.entries(readerSpacing)) {
      (element as HTMLElement).style.setProperty(property, args.readerSpacing ? value : null);
    }
    if (asProperty !== undefined) (element as HTMLElement & { data: unknown }).data = asProperty;
  };
  return html`<div
    class="chart-story"
    style=${styleMap(pageStyle(args))}
    @chart-rendered=${onEvent}
    @chart-error=${onEvent}
  >
    ${staticHtml`<${t} ${ref(apply)}></${t}>`}
  </div>`;
}

/** The spacing WCAG 1.4.12 asks a page to survive, as a reader's bookmarklet sets it on every element. */
const readerSpacing = { 'line-height': '1.5', 'letter-spacing': '0.12em', 'word-spacing': '0.16em' };

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The copy-paste snippet for what a story shows, for the docs' "Show code". */
export function embedSnippet(tag: string, args: ChartArgs, attributes: string[]): string {
  const attrs = attributes
    .map((name) => {
      const value = args[name];
      if (value === undefined || value === null || value === '' || value === false) return '';
      return value === true ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`;
    })
    .join('');
  const data = typeof args.data === 'string' ? ` data="${escapeAttribute(args.data)}"` : '';
  const theme = args.customTheme
    ? Object.entries(darkTheme)
        .map(([name, value]) => `${name}: ${value}; `)
        .join('')
    : '';
  const width = args.containerWidth ? `max-width: ${args.containerWidth}; ` : '';
  const style = theme || width ? ` style="${(width + theme).trim()}"` : '';
  if (args.data === undefined || typeof args.data === 'string') return `<${tag}${attrs}${data}${style}></${tag}>`;
  return `<${tag} id="chart"${attrs}${style}></${tag}>
<script type="module">
  document.getElementById('chart').data = ${JSON.stringify(args.data, null, 2).replace(/\n/g, '\n  ')};
</script>`;
}

function chartIn(canvas: HTMLElement, tag: string): HTMLElement & { language?: string } {
  const chart = canvas.querySelector(tag);
  if (!chart) throw new Error(`<${tag}> is not in the story`);
  return chart as HTMLElement;
}

async function settled(chart: Element): Promise<CustomEvent> {
  await waitFor(() => expect(outcomes.get(chart), 'chart-rendered or chart-error').toBeDefined(), {
    // Generous: CI machines are shared; a chart that never settles still fails.
    timeout: 10000,
  });
  return outcomes.get(chart)!;
}

/** Play: the chart draws its marks, with no error shown. */
function expectRendered(tag: string, check?: (chart: HTMLElement) => void | Promise<void>) {
  return async ({ canvasElement }: StoryContext) => {
    const chart = chartIn(canvasElement, tag);
    const event = await settled(chart);
    expect(event.type, JSON.stringify(event.detail)).toBe('chart-rendered');
    const root = chart.shadowRoot!;
    expect(root.querySelector('[role="alert"]')).toBeNull();
    expect(root.querySelector('[part~="plot"]')?.childElementCount).toBeGreaterThan(0);
    expect(root.textContent).not.toMatch(/NaN|undefined|\[object Object\]/);
    await check?.(chart);
  };
}

/** Play: the chart reports `reason` and shows the same message in its alert region. */
function expectError(tag: string, reason: string) {
  return async ({ canvasElement }: StoryContext) => {
    const chart = chartIn(canvasElement, tag);
    const event = await settled(chart);
    expect(event.type).toBe('chart-error');
    expect(event.detail.reason).toBe(reason);
    const alert = chart.shadowRoot!.querySelector('[role="alert"]');
    expect(alert?.textContent?.trim()).toBe(event.detail.message);
  };
}

export interface ChartStories {
  meta: Partial<Meta<ChartArgs>>;
  /** Play functions for a story file's own extra stories. */
  play: {
    rendered: (check?: (chart: HTMLElement) => void | Promise<void>) => StoryObj<ChartArgs>['play'];
    error: (reason: string) => StoryObj<ChartArgs>['play'];
  };
  stories: Record<StoryName, StoryObj<ChartArgs>> & { FromSemicolonCsv?: StoryObj<ChartArgs> };
}

export type StoryName =
  | 'ReportData'
  | 'PartnerData'
  | 'FromJsonFile'
  | 'FromCsvFile'
  | 'ErrorInvalidJson'
  | 'ErrorLoadFailed'
  | 'ErrorInvalidData'
  | 'ErrorNoData'
  | 'EmptyData'
  | 'Narrow'
  | 'Wide'
  | 'English'
  | 'Russian'
  | 'Kazakh'
  | 'DarkTheme'
  | 'CustomTheme'
  | 'ReaderTextSpacing'
  | 'LongLabels'
  | 'HostileLabels'
  | 'ManyRows';

/** Controls for the manifest's attributes: a select for a union of string literals, a switch for a boolean. */
function attributeControls(tag: string): Partial<ArgTypes<ChartArgs>> {
  const controls: Partial<ArgTypes<ChartArgs>> = {};
  for (const attribute of manifestAttributes(tag)) {
    const type = attribute.type?.text ?? 'string';
    const literals = type.split('|').map((part) => part.trim());
    if (literals.every((part) => /^'[^']*'$/.test(part))) {
      controls[attribute.name] = { control: 'select', options: ['', ...literals.map((part) => part.slice(1, -1))] };
    } else if (type === 'boolean') {
      controls[attribute.name] = { control: 'boolean' };
    } else {
      controls[attribute.name] = { control: 'text' };
    }
    // A property mirrored by an attribute of another name (hideActions, hide-actions) is set
    // through the attribute's control.
    if (attribute.fieldName && attribute.fieldName !== attribute.name) controls[attribute.fieldName] = { control: false };
  }
  controls.lang = { control: 'select', options: ['', 'en', 'ru', 'kk'] };
  return controls;
}

const about = (story: string) => ({ docs: { description: { story } } });

/** Builds the meta fields and the standard stories for one element. */
export function chartStories(config: ChartStoryConfig): ChartStories {
  const { tag } = config;
  const attributes = manifestAttributes(tag)
    .map((attribute) => attribute.name)
    .filter((name) => !special.has(name));
  if (!attributes.length) throw new Error(`<${tag}> is not in dist/custom-elements.json: run \`npx cem analyze\``);
  const hasTheme = attributes.includes('theme');
  const partner: unknown = JSON.parse(config.json.text);
  const rendered = (check?: (chart: HTMLElement) => void | Promise<void>) => expectRendered(tag, check);
  const inLanguage = (lang: Lang): StoryObj<ChartArgs> => ({
    parameters: about(`\`lang="${lang}"\`: every string, number and date in ${lang === 'en' ? 'English' : lang === 'ru' ? 'Russian' : 'Kazakh'}.`),
    args: { lang },
    play: rendered((chart) => {
      expect((chart as HTMLElement & { language: Lang }).language).toBe(lang);
    }),
  });

  const meta: Partial<Meta<ChartArgs>> = {
    render: (args) => renderChart(tag, args, attributes),
    args: { containerWidth: '', darkPage: false, customTheme: false, readerSpacing: false },
    argTypes: {
      ...attributeControls(tag),
      data: { control: 'text' },
      language: { control: false },
      containerWidth: {
        control: 'text',
        description: 'Story only: width of the container the chart fills (for example `200px`).',
        table: { category: 'story' },
      },
      darkPage: {
        control: 'boolean',
        description: 'Story only: a dark page around the chart.',
        table: { category: 'story' },
      },
      customTheme: {
        control: 'boolean',
        description: 'Story only: dark colours set through the `--amelia-*` custom properties on the container.',
        table: { category: 'story' },
      },
      readerSpacing: {
        control: 'boolean',
        description: "Story only: the WCAG 1.4.12 text spacing set on the element, as a reader's stylesheet does.",
        table: { category: 'story' },
      },
    },
    parameters: {
      chart: {
        tag,
        json: config.json.text,
        csv: config.csv.text,
        jsonName: config.json.name,
        csvName: config.csv.name,
      },
      docs: {
        source: { transform: (_code: string, context: StoryContext) => embedSnippet(tag, context.args as ChartArgs, attributes) },
      },
    },
  };

  const stories: ChartStories['stories'] = {
    ReportData: {
      parameters: about("With no data given, the element draws the report's own figures, each with its source."),
      play: rendered((chart) => {
        if (config.reportMarks !== undefined) {
          expect(chart.shadowRoot!.querySelectorAll('[part~="bar"]').length).toBe(config.reportMarks);
        }
      }),
    },
    PartnerData: {
      parameters: about('A partner\'s own figures, set as the `data` property (the JSON fixture `' + config.json.name + '`).'),
      args: { data: partner },
      argTypes: { data: { control: 'object' } },
      play: rendered(),
    },
    FromJsonFile: {
      parameters: about('`src` pointing at a JSON file on the page\'s own host.'),
      args: { src: fixtureUrl(config.json.name) },
      play: rendered(),
    },
    FromCsvFile: {
      parameters: about('`src` pointing at a CSV file (comma-separated, quoted fields).'),
      args: { src: fixtureUrl(config.csv.name) },
      play: rendered(),
    },
    ...(config.semicolonCsv && {
      FromSemicolonCsv: {
        parameters: about('A `;`-separated CSV with decimal commas, as Excel writes it in Kazakhstan and Russia.'),
        args: { src: fixtureUrl(config.semicolonCsv.name), lang: config.semicolonCsv.lang },
        play: rendered(),
      },
    }),
    ErrorInvalidJson: {
      parameters: about('`src` returns malformed JSON: `chart-error` with reason `invalid-json`, and the message in the chart.'),
      args: { src: fixtureUrl(config.brokenJson ?? 'broken.json') },
      play: expectError(tag, 'invalid-json'),
    },
    ErrorLoadFailed: {
      args: { src: fixtureUrl('missing.json') },
      // The browser itself logs the 404 of the request; the element only shows it in its alert.
      parameters: {
        ...about('`src` returns 404: reason `load-failed`, naming the URL and the status.'),
        consoleErrors: { allow: [http404Message] },
      },
      play: expectError(tag, 'load-failed'),
    },
    ErrorInvalidData: {
      parameters: about('Well-formed data with a value that is not a number: reason `invalid-data`, naming the row.'),
      args: { data: config.invalidData },
      argTypes: { data: { control: 'object' } },
      play: expectError(tag, 'invalid-data'),
    },
    ErrorNoData: {
      parameters: about('Data in the element\'s shape with no rows: reason `no-data`.'),
      args: { data: config.noData },
      argTypes: { data: { control: 'object' } },
      play: expectError(tag, 'no-data'),
    },
    EmptyData: {
      parameters: about('The `data` attribute holding an empty list: reason `no-data`.'),
      args: { data: '[]' },
      play: expectError(tag, 'no-data'),
    },
    Narrow: {
      parameters: about('A 200 px phone column: nothing overflows.'),
      args: { containerWidth: '200px' },
      play: rendered((chart) => {
        const frame = chart.shadowRoot!.querySelector<HTMLElement>('[part~="figure"]')!;
        expect(chart.getBoundingClientRect().width).toBeLessThanOrEqual(200);
        expect(frame.scrollWidth, 'nothing overflows 200 px').toBeLessThanOrEqual(200);
      }),
    },
    Wide: {
      parameters: about('A 1200 px column: the chart fills it.'),
      args: { containerWidth: '1200px' },
      play: rendered(),
    },
    English: inLanguage('en'),
    Russian: inLanguage('ru'),
    Kazakh: inLanguage('kk'),
    DarkTheme: hasTheme
      ? {
          args: { theme: 'dark', darkPage: true },
          parameters: about('`theme="dark"` on a dark page (`auto` follows the reader\'s system setting).'),
          play: rendered(),
        }
      : {
          args: { darkPage: true, customTheme: true },
          parameters: about('A dark page: the `--amelia-*` custom properties set on a container.'),
          play: rendered(),
        },
    CustomTheme: {
      args: { darkPage: true, customTheme: true },
      parameters: about(
        'Dark colours set by the page through the `--amelia-*` custom properties on a container (listed under CSS custom properties below), with no `theme` attribute.',
      ),
      play: rendered(),
    },
    ReaderTextSpacing: {
      parameters: about(
        "A reader's text spacing (WCAG 1.4.12: line height 1.5, letter spacing 0.12 em, word spacing 0.16 em) set on the element itself, as a reader's stylesheet or bookmarklet does, in a 320 px column: it reaches every text of the chart, which lays itself out again; nothing overflows. The page's inherited typography, by contrast, stays out.",
      ),
      args: { readerSpacing: true, containerWidth: '320px' },
      play: rendered((chart) => {
        const root = chart.shadowRoot!;
        expect(parseFloat(getComputedStyle(root.querySelector('[part~="title"]')!).letterSpacing)).toBeGreaterThan(1);
        expect(root.querySelector<HTMLElement>('[part~="figure"]')!.scrollWidth).toBeLessThanOrEqual(320);
      }),
    },
    LongLabels: {
      parameters: about('Labels that are long, or one unbroken word, in a 320 px column: they wrap.'),
      args: { data: config.withLabels(longLabels), containerWidth: '320px' },
      argTypes: { data: { control: 'object' } },
      play: rendered((chart) => {
        const text = chart.shadowRoot!.textContent!;
        for (const label of longLabels) expect(text).toContain(label);
      }),
    },
    ManyRows: {
      parameters: about(
        'A page\'s data of 120 rows: drawn compactly, in a bounded height and a few dozen nodes, every row on the keyboard and in the data download. The compact drawing comes with the code that reads a page\'s data.',
      ),
      args: { data: config.withLabels(Array.from({ length: 120 }, (_, i) => `Row ${i + 1}`)) },
      argTypes: { data: { control: 'object' } },
      play: rendered((chart) => {
        const root = chart.shadowRoot!;
        expect(root.querySelector('.compact-note')?.textContent).toMatch(/^120 /);
        expect(root.querySelectorAll('svg.compact path').length).toBeGreaterThan(0);
      }),
    },
    HostileLabels: {
      parameters: about('Labels holding markup and script: shown as text, never run.'),
      args: { data: config.withLabels(hostileLabels) },
      argTypes: { data: { control: 'object' } },
      play: rendered((chart) => {
        const root = chart.shadowRoot!;
        expect(root.querySelector('img, script, svg[onload], b')).toBeNull();
        for (const label of hostileLabels) expect(root.textContent).toContain(label);
        expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
      }),
    },
  };
  return { meta, stories, play: { rendered, error: (reason) => expectError(tag, reason) } };
}
