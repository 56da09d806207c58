// The browser tests in Chromium: `npx wtr` (part of `npm test`). The custom commands live in
// test/commands/, one module each; the Firefox and WebKit configs reuse this one and swap in their
// own versions of the commands that differ there.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, chromiumPath, quietFeatures } from './scripts/chromium.mjs';
import { accessibilityTree } from './test/commands/accessibility-tree.mjs';
import { browserCommands } from './test/commands/browser-commands.mjs';
import { collectGarbage } from './test/commands/collect-garbage.mjs';
import { contractTags } from './test/commands/contract-tags.mjs';
import { defaultFontSize } from './test/commands/default-font-size.mjs';
import { emulateMedia } from './test/commands/emulate-media.mjs';
import { testApi } from './test/commands/test-api.mjs';
import { touch } from './test/commands/touch.mjs';

/** The custom commands Chromium carries out: all of them, through the DevTools protocol. */
export const CUSTOM_COMMANDS = [
  'emulate-media-features',
  'emulate-media-type',
  'tap',
  'set-default-font-size',
  'accessibility-tree',
  'collect-garbage',
];

export default {
  files: ['test/**/*.test.ts', '!test/unit/**'],
  nodeResolve: { exportConditions: ['development'] },
  middleware: [testApi],
  // Charts draw in animation frames, which a background tab does not get: one page at a time.
  concurrency: 1,
  testFramework: { config: { timeout: 5000 } },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }),
    contractTags,
    emulateMedia,
    touch,
    defaultFontSize,
    accessibilityTree,
    collectGarbage,
    browserCommands(CUSTOM_COMMANDS),
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath: chromiumPath(), headless: true, args: [...chromiumArgs, `--disable-features=${quietFeatures}`] } })],
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="en">
      <head><meta charset="utf-8"><title>amelia-report-charts tests</title></head>
      <body><script type="module" src="${testFramework}"></script></body>
    </html>`,
};
