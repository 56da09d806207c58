/**
 * `npm run test:webkit`: the browser tests in WebKit (see web-test-runner.webkit.config.mjs).
 *
 * Its two driver packages stay out of package.json: they bring about 200 packages that every install
 * and CI would carry for a run that is optional. They are installed here, at pinned versions, without
 * saving them (`npm ci` removes them again). The browser comes from Debian:
 * `apt-get install webkit2gtk-driver xvfb`.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const PACKAGES = ['@web/test-runner-webdriver@1.0.0', 'webdriverio@9.33.1'];

const require = createRequire(import.meta.url);
const missing = PACKAGES.filter((spec) => {
  const name = spec.slice(0, spec.lastIndexOf('@'));
  try {
    require.resolve(`${name}/package.json`);
    return false;
  } catch {
    return true;
  }
});

const run = (command, args) => {
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
};

if (missing.length) {
  console.log(`test:webkit: installing ${missing.join(', ')} (not saved to package.json)`);
  run('npm', ['install', '--no-save', '--no-audit', '--no-fund', ...PACKAGES]);
}
run('npx', ['wtr', '--config', 'web-test-runner.webkit.config.mjs', ...process.argv.slice(2)]);
