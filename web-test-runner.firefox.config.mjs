// The browser tests in Firefox (Debian's firefox-esr, or FIREFOX_PATH): `npm run test:firefox`.
// Everything but the browser and the custom commands comes from web-test-runner.config.mjs.
//
// Firefox is driven by the puppeteer-core that @web/test-runner-chrome already brings, over WebDriver
// BiDi: no browser is downloaded. The Chrome config's custom commands speak the Chrome DevTools
// protocol, which Firefox does not have; here each is done the Firefox way (test/commands/*.firefox.mjs),
// through privileged ("chrome") script in the browser's own window, which Firefox allows a BiDi client
// launched with --remote-allow-system-access (test/commands/in-firefox.mjs):
//   emulate-media-type       the tab's BrowsingContext.mediumOverride (what DevTools' print simulation sets)
//   emulate-media-features   its prefersColorSchemeOverride, forcedColorsOverride, prefersReducedMotionOverride
//   tap                      puppeteer's touchscreen (BiDi input actions, pointerType "touch")
//   set-default-font-size    the font.size.* preferences (Settings, Fonts, Size), for every script
//   accessibility-tree       Firefox's own accessibility tree, through nsIAccessibilityService, in
//                            the JSON and role names of the Chromium command (see READ_TREE)
//   collect-garbage          not available (the page's heap is in a content process): not listed, so
//                            the heap checks are skipped, saying so
// Privileged script needs ESR 153 or later: in ESR 140, whose BiDi has no chrome scope, only `tap` is
// offered, and the tests of print, forced colours, reduced motion, text size and the accessibility
// tree are reported as skipped.
// A command that Firefox cannot do fails with a message naming it, rather than with a protocol error.
import { existsSync } from 'node:fs';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { START_ACCESSIBILITY, accessibilityTree } from './test/commands/accessibility-tree.firefox.mjs';
import { browserCommands } from './test/commands/browser-commands.mjs';
import { defaultFontSize } from './test/commands/default-font-size.firefox.mjs';
import { emulateMedia } from './test/commands/emulate-media.firefox.mjs';
import { hasPrivilegedScript, inFirefox } from './test/commands/in-firefox.mjs';
import { touch } from './test/commands/touch.mjs';
import base, { CUSTOM_COMMANDS } from './web-test-runner.config.mjs';

/** Firefox: the user's FIREFOX_PATH, else Debian's package. */
function firefoxPath() {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean);
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error('No Firefox found: set FIREFOX_PATH, or install it (apt-get install firefox-esr).');
  return found;
}

// `tap` is the Chrome config's own: puppeteer's touchscreen works over BiDi as over DevTools.
const firefoxCommands = [
  emulateMedia,
  touch,
  defaultFontSize,
  accessibilityTree,
  browserCommands(async (page) => {
    const all = await hasPrivilegedScript(page);
    return CUSTOM_COMMANDS.filter((command) => command !== 'collect-garbage' && (all || command === 'tap'));
  }),
];
const replaced = new Set(firefoxCommands.map((plugin) => plugin.name));

/** A command of the Chrome config (a plain object) that has no Firefox version here: its failure says why. */
const chromeOnly = (plugin) =>
  Object.hasOwn(plugin, 'executeCommand')
    ? {
        ...plugin,
        async executeCommand(args) {
          try {
            return await plugin.executeCommand(args);
          } catch (error) {
            throw new Error(`${args.command}: a Chrome-only command, not available in Firefox (${error.message})`);
          }
        },
      }
    : plugin;

export default {
  ...base,
  plugins: [...base.plugins.filter((plugin) => !replaced.has(plugin.name)).map(chromeOnly), ...firefoxCommands],
  browsers: [
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath: firefoxPath(),
        headless: true,
        args: ['--remote-allow-system-access'],
      },
      createPage: async ({ context }) => {
        const page = await context.newPage();
        // Over BiDi, puppeteer's mouse.reset() releases the buttons but leaves the pointer where it is;
        // over the DevTools protocol it also moves it to (0, 0), which `resetMouse()` in the tests means.
        // (Moved first: after the release, Firefox takes the pointer to be at (0, 0) already.)
        const reset = page.mouse.reset.bind(page.mouse);
        page.mouse.reset = async () => {
          await page.mouse.move(0, 0);
          await reset();
        };
        // puppeteer's setViewport also overrides the screen's orientation, a BiDi command ESR 140 lacks:
        // there the viewport alone is set, as the tests need (none of them turns the screen).
        const setViewport = page.setViewport.bind(page);
        page.setViewport = async (viewport) => {
          try {
            await setViewport(viewport);
          } catch (error) {
            if (!String(error.message).includes('unknown command emulation.setScreenOrientationOverride')) throw error;
            await page.mainFrame().browsingContext.setViewport({
              viewport: viewport && { width: viewport.width, height: viewport.height },
              devicePixelRatio: viewport?.deviceScaleFactor ?? null,
            });
          }
        };
        if (await hasPrivilegedScript(page)) await inFirefox(page, START_ACCESSIBILITY);
        return page;
      },
    }),
  ],
};
