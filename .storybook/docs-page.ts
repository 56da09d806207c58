/**
 * The docs page of every chart: title, the manifest's description, the copy-paste embed snippet,
 * the live chart with its controls, the data shape as JSON and CSV (the shared test fixtures), the
 * full API from the manifest, and every story. Stories feed it through `parameters.chart`
 * (see stories/chart-stories.ts). Written with createElement so the project needs no JSX setup.
 */
import { createElement as h, Fragment } from 'react';
import {
  ArgTypes,
  Controls,
  Description,
  Heading,
  Markdown,
  Primary,
  Source,
  Stories,
  Title,
  useOf,
} from '@storybook/addon-docs/blocks';

interface ChartDocs {
  tag: string;
  json: string;
  csv: string;
  jsonName: string;
  csvName: string;
}

export function embedSnippets(tag: string): { script: string; npm: string; src: string } {
  return {
    script: `<script type="module" src="/path/to/amelia-report-charts.min.js"></script>
<!-- or only this element: /path/to/${tag}.js -->

<${tag}></${tag}>`,
    npm: `import 'amelia-report-charts/${tag}.js';

const chart = document.createElement('${tag}');
chart.lang = 'ru';                 // en, ru or kk
chart.data = { /* your data, in the shape below */ };
chart.addEventListener('chart-error', (event) => console.warn(event.detail.reason, event.detail.message));
document.querySelector('#where-it-goes').append(chart);`,
    src: `<${tag} src="/data/your-data.csv" lang="kk"></${tag}>`,
  };
}

export function ChartDocsPage() {
  const resolved = useOf('meta');
  const chart = (resolved.type === 'meta' ? resolved.preparedMeta.parameters.chart : undefined) as ChartDocs | undefined;
  if (!chart) {
    return h(Fragment, null, h(Title), h(Description), h(Primary), h(Controls), h(Stories));
  }
  const snippets = embedSnippets(chart.tag);
  return h(
    Fragment,
    null,
    h(Title),
    h(Description),
    h(Heading, null, 'Embed it'),
    h(
      Markdown,
      null,
      'Copy the built script (`dist/amelia-report-charts.min.js` after `npm run build`, or from the npm package) to your site and paste:',
    ),
    h(Source, { code: snippets.script, language: 'html', dark: true }),
    h(Markdown, null, 'Your own data, as JSON or CSV, from your own site (the URL is relative to the page):'),
    h(Source, { code: snippets.src, language: 'html', dark: true }),
    h(Markdown, null, 'From npm, in any framework:'),
    h(Source, { code: snippets.npm, language: 'jsx', dark: true }),
    h(Heading, null, 'Try it'),
    h(Markdown, null, '"Show code" under each story gives the snippet for exactly what it shows.'),
    h(Primary),
    h(Controls),
    h(Heading, null, 'Data shape: JSON'),
    h(
      Markdown,
      null,
      `The \`data\` property, the \`data\` attribute, or a \`.json\` file at \`src\`. This is \`test/fixtures/${chart.jsonName}\`, the file the tests and the stories load:`,
    ),
    h(Source, { code: chart.json.trim(), language: 'json', dark: true }),
    h(Heading, null, 'Data shape: CSV'),
    h(
      Markdown,
      null,
      `A \`.csv\` file at \`src\`, one row per figure; \`;\`-separated files with decimal commas (as Excel writes them in Kazakhstan and Russia) work too. This is \`test/fixtures/${chart.csvName}\`:`,
    ),
    h(Source, { code: chart.csv.trim(), language: 'text', dark: true }),
    h(Heading, null, 'API'),
    h(Markdown, null, 'Attributes, properties, events, CSS custom properties and parts, from the custom-elements manifest.'),
    h(ArgTypes, { exclude: ['containerWidth', 'darkPage', 'customTheme'] }),
    h(Stories, { includePrimary: false, title: 'States' }),
  );
}
