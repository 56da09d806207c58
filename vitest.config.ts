/**
 * Story tests: every story in stories/ renders in Chromium, its play function passes, axe finds no
 * violation (`parameters.a11y.test = 'error'` in .storybook/preview.ts) and the page logs no console
 * error or warning (.storybook/vitest.setup.ts). Run with `npm run test:stories`.
 */
import type { Page } from 'playwright-core';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import type { BrowserCommandContext } from 'vitest/node';
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
// A plain .mjs module (typed by scripts/chromium.d.mts), shared so every runner launches Chromium the same way.
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

interface ConsoleEntry {
  type: string;
  text: string;
}

// Every console message of the page and its frames (the stories run in an iframe), as Chromium
// reports it: console.error and console.warn calls, and the browser's own messages (failed loads).
const logs = new WeakMap<Page, ConsoleEntry[]>();

function takeConsoleMessages(context: BrowserCommandContext): ConsoleEntry[] {
  const page = (context as BrowserCommandContext & { page: Page }).page;
  let log = logs.get(page);
  if (!log) {
    const entries: ConsoleEntry[] = [];
    logs.set(page, entries);
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') {
        entries.push({ type: message.type(), text: message.text() });
      }
    });
    page.on('pageerror', (error) => entries.push({ type: 'pageerror', text: String(error) }));
    log = entries;
  }
  return log.splice(0);
}

export default defineConfig({
  resolve: {
    alias: [{ find: /^\.\/docs-page\.js$/, replacement: fileURLToPath(new URL('./.storybook/docs-page.test-stub.ts', import.meta.url)) }],
  },
  plugins: [storybookTest({ configDir: '.storybook', storybookScript: 'npm run storybook -- --no-open' })],
  test: {
    name: 'storybook',
    setupFiles: ['.storybook/vitest.setup.ts'],
    // Each story waits up to 10 s for its chart to settle; a shared CI machine can be slow.
    testTimeout: 20000,
    // One story file at a time: the console log is the page's, and charts draw in animation frames.
    fileParallelism: false,
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
      }),
      instances: [{ browser: 'chromium' }],
      viewport: { width: 1280, height: 900 },
      screenshotFailures: false,
      commands: { takeConsoleMessages },
    },
  },
});
