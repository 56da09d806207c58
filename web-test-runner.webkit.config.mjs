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
// What cannot be done fails with "<command>: not available in WebKit (why)", not a protocol error.
// None of them can be done fully, so `browser-commands` answers none: the tests that need one are
// skipped, saying which (test/helpers.ts, `itWith`), and a red run means a WebKit problem.
//
// Its two packages are not in package.json (about 200 packages that every install and CI would
// carry for an optional run): `npm run test:webkit` (scripts/test-webkit.mjs) installs the pinned
// versions without saving them, then runs this config.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { Key } from 'webdriverio';
import base, { browserCommands } from './web-test-runner.config.mjs';

/** The first existing path among the candidates, else an error saying how to get one. */
function findBinary(what, envName, candidates, install) {
  const found = [process.env[envName], ...candidates].filter(Boolean).find((path) => existsSync(path));
  if (!found) throw new Error(`No ${what} found: set ${envName}, or install it (${install}).`);
  return found;
}

/** WebKitGTK's MiniBrowser, in /usr/lib/<multiarch>/webkit2gtk-4.1 (or webkitgtk-6.0). */
function miniBrowserPath() {
  const libs = existsSync('/usr/lib') ? readdirSync('/usr/lib').filter((dir) => dir.includes('-linux-')) : [];
  const candidates = libs.flatMap((lib) => [`/usr/lib/${lib}/webkit2gtk-4.1/MiniBrowser`, `/usr/lib/${lib}/webkitgtk-6.0/MiniBrowser`]);
  return findBinary('WebKitGTK MiniBrowser', 'WEBKIT_MINIBROWSER', candidates, 'apt-get install webkit2gtk-driver');
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Processes this config started, ended when wtr stops, or at the latest when node exits. */
const children = new Set();
function track(child) {
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}
process.on('exit', () => {
  for (const child of children) child.kill();
});

/** A virtual X display for MiniBrowser's window: its number, found through -displayfd. */
function startXvfb() {
  const xvfb = track(spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] }));
  let stderr = '';
  xvfb.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    xvfb.on('error', (error) => reject(new Error(`Xvfb could not start (apt-get install xvfb): ${error.message}`)));
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${stderr.trim()}`)));
    let out = '';
    xvfb.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
  });
}

/** WebKitWebDriver on a free port, once it answers /status. */
async function startWebDriver(display) {
  const binary = findBinary('WebKitWebDriver', 'WEBKIT_WEBDRIVER', ['/usr/bin/WebKitWebDriver'], 'apt-get install webkit2gtk-driver');
  const port = await freePort();
  const driver = track(spawn(binary, [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: display } }));
  for (let attempt = 0; attempt < 100; attempt++) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driver.exitCode})`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return { port, driver };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('WebKitWebDriver did not answer on /status within 10 s');
}

/** The WebDriver launcher, plus the Xvfb and WebKitWebDriver it needs, and an 800x600 viewport. */
class WebKitLauncher extends WebdriverLauncher {
  async createDriverManager() {
    const display = process.env.DISPLAY || (await startXvfb());
    const { port, driver } = await startWebDriver(display);
    this.webDriverProcess = driver;
    Object.assign(this.options, { hostname: '127.0.0.1', port, path: '/' });
    const manager = await super.createDriverManager();
    // The window holds MiniBrowser's toolbar too: size it, then grow it by what the viewport lacks.
    await this.driver.setWindowRect(0, 0, 800, 600);
    const [width, height] = await this.driver.execute(() => [window.innerWidth, window.innerHeight]);
    await this.driver.setWindowRect(0, 0, 800 + (800 - width), 600 + (600 - height));
    return manager;
  }

  async stop() {
    await super.stop();
    for (const child of children) child.kill();
  }
}

const notInWebKit = (name, why) => `${name}: not available in WebKit (${why})`;
const NO_EMULATION = 'WebDriver has no media emulation, and WebKit no DevTools protocol';

/** Whether every `(name: value)` media query already matches in the page: then there is nothing to emulate. */
const mediaMatches = (driver, queries) =>
  driver.execute((list) => list.every((query) => window.matchMedia(query).matches), queries);

/**
 * The Chrome config's custom commands, done the WebKit way where it can be. What cannot be done
 * fails with why; a request for what the page already has (the default colour scheme, screen
 * media, the 16px default font size: the resets the tests make after each case) is a no-op success.
 */
const webkitCommands = {
  name: 'webkit-commands',
  serverStart({ config }) {
    // WebDriver can hold a key down between commands; @web/test-runner-commands only lets webdriver
    // press and type. Its send-keys plugin comes first, so it is wrapped for `down` and `up`.
    const sendKeys = config.plugins.find((plugin) => plugin.name === 'send-keys-command');
    if (!sendKeys || sendKeys.webkitWrapped) return;
    const stock = sendKeys.executeCommand.bind(sendKeys);
    sendKeys.webkitWrapped = true;
    sendKeys.executeCommand = async (args) => {
      const { command, payload, session } = args;
      const driver = session?.browser instanceof WebKitLauncher ? session.browser.driver : undefined;
      const key = payload?.down ?? payload?.up;
      if (command !== 'send-keys' || !driver || typeof key !== 'string') return stock(args);
      await driver.performActions([
        { type: 'key', id: 'held-keys', actions: [{ type: payload.down ? 'keyDown' : 'keyUp', value: Key[key] ?? key }] },
      ]);
      return true;
    };
  },
  async executeCommand({ command, payload, session }) {
    const driver = session.browser.driver;
    switch (command) {
      case 'tap':
        throw new Error(notInWebKit(command, 'WebKitWebDriver delivers touch pointer actions as mouse events, and WebKitGTK has no touch emulation'));
      case 'emulate-media-type':
        if (!payload || (await mediaMatches(driver, [payload]))) return true;
        throw new Error(notInWebKit(`${command} ${payload}`, NO_EMULATION));
      case 'emulate-media-features': {
        const wanted = (payload ?? []).filter(({ value }) => value);
        if (await mediaMatches(driver, wanted.map(({ name, value }) => `(${name}: ${value})`))) return true;
        throw new Error(notInWebKit(`${command} ${wanted.map(({ name, value }) => `${name}: ${value}`).join(', ')}`, NO_EMULATION));
      }
      case 'set-default-font-size':
        if (payload?.px === 16) return true;
        throw new Error(notInWebKit(`${command} ${payload?.px}`, "WebKit's default font size (16px) is a setting fixed when the browser starts"));
      case 'accessibility-tree':
        throw new Error(notInWebKit(command, 'WebKitGTK gives its accessibility tree to AT-SPI, not to WebDriver'));
      default:
        return undefined;
    }
  },
};
const replaced = new Set(['emulate-media', 'touch', 'default-font-size', 'accessibility-tree', 'browser-commands']);

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
