// WebKitGTK's MiniBrowser as a web-test-runner browser, driven over classic WebDriver by
// WebKitWebDriver (see web-test-runner.webkit.config.mjs): the binaries, the Xvfb display and the
// driver this launcher starts, and the 800x600 viewport it sizes.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

/** The first existing path among the candidates, else an error saying how to get one. */
function findBinary(what, envName, candidates, install) {
  const found = [process.env[envName], ...candidates].filter(Boolean).find((path) => existsSync(path));
  if (!found) throw new Error(`No ${what} found: set ${envName}, or install it (${install}).`);
  return found;
}

/** WebKitGTK's MiniBrowser, in /usr/lib/<multiarch>/webkit2gtk-4.1 (or webkitgtk-6.0). */
export function miniBrowserPath() {
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

/**
 * MiniBrowser (started by WebKitWebDriver, with its environment) paints and composites on the CPU,
 * without GL. On a machine with no GPU, WebKitGTK 2.50's GL paths run on Mesa's software rasterizer,
 * and crashed there in two CI runs of 2 December 2026 ("the browser disconnected": a segfault in a
 * SkiaGPUWorker thread, then a protection fault in swrast_dri.so under the ThreadedCompositor), in
 * different test files each time. Unless a caller sets them otherwise.
 */
const SOFTWARE_ONLY = Object.fromEntries(
  Object.entries({ WEBKIT_SKIA_ENABLE_CPU_RENDERING: '1', WEBKIT_DISABLE_COMPOSITING_MODE: '1' }).filter(([name]) => process.env[name] === undefined),
);

/** WebKitWebDriver on a free port, once it answers /status. */
async function startWebDriver(display) {
  const binary = findBinary('WebKitWebDriver', 'WEBKIT_WEBDRIVER', ['/usr/bin/WebKitWebDriver'], 'apt-get install webkit2gtk-driver');
  const port = await freePort();
  const driver = track(spawn(binary, [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, ...SOFTWARE_ONLY, DISPLAY: display } }));
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
export class WebKitLauncher extends WebdriverLauncher {
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
