// The custom commands in WebKit, through WebDriver: what can be done is, what cannot fails saying why
// (the list is in web-test-runner.webkit.config.mjs).
import { Key } from 'webdriverio';
import { WebKitLauncher } from './webkit-launcher.mjs';

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
export const webkitCommands = {
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
      case 'collect-garbage':
        throw new Error(notInWebKit(command, 'WebDriver cannot start a garbage collection'));
      default:
        return undefined;
    }
  },
};
