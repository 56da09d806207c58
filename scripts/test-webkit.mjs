/**
 * `npm run test:webkit`: the browser tests in WebKit (see web-test-runner.webkit.config.mjs).
 *
 * Its two driver packages stay out of package.json: they bring about 200 packages that every install
 * and CI would carry for a run that is optional. They are installed here, at pinned versions, without
 * saving them (`npm ci` removes them again). The browser comes from Debian:
 * `apt-get install webkit2gtk-driver xvfb`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const PACKAGES = ['@web/test-runner-webdriver@1.0.0', 'webdriverio@9.33.1'];

// Looked for on disk: neither package exports its package.json, so resolving it always failed and
// every run installed both again.
const missing = PACKAGES.filter((spec) => !existsSync(new URL(`../node_modules/${spec.slice(0, spec.lastIndexOf('@'))}/package.json`, import.meta.url)));

const run = (command, args) => {
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
};

if (missing.length) {
  console.log(`test:webkit: installing ${missing.join(', ')} (not saved to package.json)`);
  run('npm', ['install', '--no-save', '--no-audit', '--no-fund', ...PACKAGES]);
}
run('npx', ['wtr', '--config', 'web-test-runner.webkit.config.mjs', ...process.argv.slice(2)]);
