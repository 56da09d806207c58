import { mergeConfig, type Plugin } from 'vite';
import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for the kit: living documentation for partner web teams and journalists.
 *
 * - Telemetry and every other outbound call are off: the machine and CI have a closed network, and a
 *   static build must work from any host with no network.
 * - `test/fixtures` is served at `fixtures/`, so stories load the same JSON and CSV files the tests do.
 * - The docs read `dist/custom-elements.json`; the `storybook`, `build-storybook` and `test:stories`
 *   scripts run `cem analyze` first to write it.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  staticDirs: [{ from: '../test/fixtures', to: '/fixtures' }],
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
    enableCrashReports: false,
  },
  async viteFinal(viteConfig) {
    return mergeConfig(viteConfig, {
      plugins: [elementsHaveSideEffects()],
      // Without it, `storybook dev` pre-bundles a second copy of Lit ("Multiple versions of Lit loaded").
      optimizeDeps: { include: ['lit', 'lit/decorators.js', 'lit/directive-helpers.js'] },
      // Storybook's own manager and axe are large by nature; the warning says nothing about the kit.
      build: { chunkSizeWarningLimit: 2000 },
    });
  },
};

/**
 * `src/<tag>.ts` registers its element: a side effect. package.json's `sideEffects` lists only the
 * built files in dist/, so a production build (build-storybook) would drop a story's
 * `import '../src/<tag>.js'` and leave the element undefined. Mark those modules as having effects.
 */
function elementsHaveSideEffects(): Plugin {
  const elementModule = /[\\/]src[\\/][a-z0-9]+(?:-[a-z0-9]+)+\.ts$/;
  return {
    name: 'amelia:element-side-effects',
    transform(code, id) {
      return elementModule.test(id) ? { code, map: null, moduleSideEffects: true } : null;
    },
  };
}

export default config;
