import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
// Written by `cem analyze`; the storybook, build-storybook and test:stories scripts run it first.
import manifest from '../dist/custom-elements.json';
import { ChartDocsPage } from './docs-page.js';

setCustomElementsManifest(manifest);

interface Declaration {
  tagName?: string;
  summary?: string;
  description?: string;
}

/** The element's docs text: its JSDoc summary and description, from the manifest. */
function describeElement(tag: string): string | undefined {
  for (const mod of (manifest as { modules: { declarations?: Declaration[] }[] }).modules) {
    for (const declaration of mod.declarations ?? []) {
      if (declaration.tagName === tag) {
        return [declaration.summary, declaration.description].filter(Boolean).join('\n\n');
      }
    }
  }
  return undefined;
}

const preview: Preview = {
  parameters: {
    // Every story must pass axe; a violation fails the story test (npm run test:stories).
    a11y: { test: 'error' },
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: {
      extractComponentDescription: describeElement,
      page: ChartDocsPage,
      toc: true,
    },
    options: {
      storySort: { order: ['Introduction', 'Charts'] },
    },
  },
  // Hands the story's allowed console messages to the test run (.storybook/vitest.setup.ts).
  beforeEach({ parameters }) {
    globalThis.__storyConsoleAllow = parameters.consoleErrors?.allow ?? [];
  },
};

export default preview;
