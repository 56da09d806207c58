// The browser tests in WebKit, Safari's engine: `npm run test:webkit` (not part of `npm test`).
// Everything but the browser and the custom commands comes from web-test-runner.config.mjs.
//
// The browser is WebKitGTK's MiniBrowser, from Debian's packages, driven over classic WebDriver by
// WebKitWebDriver: `apt-get install webkit2gtk-driver xvfb` (webkit2gtk-driver brings
// libwebkit2gtk-4.1-0, which ships /usr/lib/<arch>/webkit2gtk-4.1/MiniBrowser). Nothing is
// downloaded: @web/test-runner-webdriver + webdriverio connect to the WebKitWebDriver this config
// starts (webdriverio's optional geckodriver/edgedriver only download when *_AUTO_INSTALL is set).
// MiniBrowser is a GTK window: with no DISPLAY this config starts its own Xvfb (WEBKIT_MINIBROWSER
// and WEBKIT_WEBDRIVER override the paths). The window is sized for an 800x600 viewport, as
// puppeteer gives Chromium and Firefox.
//
// WebKitGTK is WebKit (layout, CSS, text, Intl through ICU, shadow DOM, events) but not Safari:
// fonts are the machine's fontconfig ones, not Apple's, and there is no touch input.
//
// The stock commands work through WebDriver actions: sendMouse, resetMouse, sendKeys press/type, and
// (wrapped here, as @web/test-runner-commands lets webdriver only press and type) sendKeys down/up,
// for Shift+Tab. The custom commands of the Chrome config speak the DevTools protocol, which WebKit
// does not have:
//   tap                      not available: WebKitWebDriver takes pointer actions with pointerType
//                            "touch" but delivers them as mouse events (pointerType "mouse"), and
//                            WebKitGTK has no touch emulation
//   emulate-media-type       not available (WebDriver has no media emulation); "screen" succeeds
//   emulate-media-features   not available, likewise (MiniBrowser's --dark-mode is for a whole
//                            launch); features the page already matches (forced-colors: none,
//                            prefers-color-scheme: light, ...) succeed, so the tests' resets work
//   set-default-font-size    not available: WebKitSettings' default-font-size is set at launch only
//                            (and MiniBrowser has no flag for it); 16, the default, succeeds
//   accessibility-tree       not available: WebKitGTK hands its tree to AT-SPI (D-Bus), not to WebDriver
//   collect-garbage          not available: WebDriver cannot start a garbage collection
// What cannot be done fails with "<command>: not available in WebKit (why)", not a protocol error.
// None of them can be done fully, so `browser-commands` answers none: the tests that need one are
// skipped, saying which (test/helpers.ts, `itWith`), and a red run means a WebKit problem.
//
// Its two packages are not in package.json (about 200 packages that every install and CI would
// carry for an optional run): `npm run test:webkit` (scripts/test-webkit.mjs) installs the pinned
// versions without saving them, then runs this config. The launcher is test/commands/webkit-launcher.mjs,
// the commands test/commands/webkit.mjs.
import { browserCommands } from './test/commands/browser-commands.mjs';
import { WebKitLauncher, miniBrowserPath } from './test/commands/webkit-launcher.mjs';
import { webkitCommands } from './test/commands/webkit.mjs';
import base from './web-test-runner.config.mjs';

const replaced = new Set(['emulate-media', 'touch', 'default-font-size', 'accessibility-tree', 'collect-garbage', 'browser-commands']);

export default {
  ...base,
  plugins: [...base.plugins.filter((plugin) => !replaced.has(plugin.name)), webkitCommands, browserCommands([])],
  browsers: [
    new WebKitLauncher({
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: miniBrowserPath(), args: ['--automation'] },
        // WebKitWebDriver rejects the session webdriverio asks for by default (WebDriver BiDi).
        'wdio:enforceWebDriverClassic': true,
      },
    }),
  ],
};
