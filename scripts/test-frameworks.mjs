// npm run test:frameworks [-- --no-build]
// Packs the kit as npm would publish it, installs the tarball into the React 19, Vue 3 and Svelte 5
// apps under test/frameworks/ (`npm ci` from their lockfiles), checks their types (tsc, vue-tsc,
// svelte-check), builds them with Vite and drives each in Chromium: data set as a property, the
// events reaching the framework's handlers, a language switch, unmount and remount, the kit loaded
// after the first render, and for React server rendering with hydration.
// Prints one line per check and `N passed, N failed`; exits 1 when a check failed.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const here = join(root, 'test/frameworks');
const pack = join(here, '.pack');
const apps = ['react', 'vue', 'svelte'];
const started = Date.now();
const results = [];

/** Runs a command; resolves with its output, rejects with the output's end when it fails. */
function run(command, args, cwd, { expectFailure = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, FORCE_COLOR: '0' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if ((code === 0) !== expectFailure) resolve(output);
      else reject(new Error(`${command} ${args.join(' ')} exited ${code} in ${cwd}:\n${output.trim().split('\n').slice(-25).join('\n')}`));
    });
  });
}

const bin = (app, name) => join(here, app, 'node_modules/.bin', name);

async function check(name, body) {
  try {
    await body();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name}`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`  ✗ ${name}\n${String(error?.message ?? error).replace(/^/gm, '      ')}`);
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** Runs tasks at most `width` at a time: the machine may have two cores. */
async function pool(tasks, width) {
  const queue = [...tasks];
  await Promise.all(Array.from({ length: width }, async () => {
    while (queue.length) await queue.shift()();
  }));
}

// The kit, packed as it would be published.
if (!process.argv.includes('--no-build')) await run('npm', ['run', 'build', '--silent'], root);
rmSync(pack, { recursive: true, force: true });
mkdirSync(pack);
const [packed] = JSON.parse(await run('npm', ['pack', '--json', '--silent', '--pack-destination', pack], root));
// The apps' lockfiles name the tarball without a hash, so that each new pack installs.
renameSync(join(pack, packed.filename), join(pack, 'amelia-report-charts.tgz'));
console.log(`packed ${packed.filename}: ${(packed.size / 1024).toFixed(0)} KB, ${packed.entryCount} files`);

console.log('installing the apps from their lockfiles');
await Promise.all(apps.map((app) => run('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], join(here, app))));

console.log('the package');
const installed = join(here, 'react/node_modules/amelia-report-charts');
const kit = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(installed, kit.customElements), 'utf8'));
const elements = manifest.modules.flatMap((mod) => mod.declarations ?? []).filter((declaration) => declaration.tagName);

await check('every export of package.json is a file in the package', () => {
  const targets = Object.values(kit.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
  // A pattern ("./dist/*") must name a folder the package ships; any other target, a file.
  const missing = targets.filter((target) => !existsSync(join(installed, target.includes('*') ? target.slice(0, target.indexOf('*')) : target)));
  assert(!missing.length, `not in the package: ${missing.join(', ')}`);
});
await check("the manifest's paths are files the package ships, each with its .d.ts", () => {
  const paths = new Set();
  JSON.stringify(manifest, (key, value) => (key === 'path' || (key === 'module' && !value.startsWith('.')) ? paths.add(value) : value));
  const missing = [...paths].flatMap((path) => [path, path.replace(/\.js$/, '.d.ts')]).filter((path) => !existsSync(join(installed, path)));
  assert(!missing.length, `not in the package: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', ...' : ''}`);
});
await check("the manifest's events have types", () => {
  const untyped = elements.flatMap((element) => (element.events ?? []).filter((event) => !event.type?.text).map((event) => `${element.tagName} ${event.name}`));
  assert(!untyped.length, `no type: ${untyped.join(', ')}`);
});
// Type generators merge attributes and properties into one props type: an attribute that sets a
// property of the same name must say so, or the type gets two members of that name.
await check('no attribute shares a name with a property it does not name (Duplicate identifier)', () => {
  const clashes = elements.flatMap((element) =>
    (element.attributes ?? [])
      .filter((attribute) => attribute.fieldName !== attribute.name && element.members?.some((member) => member.name === attribute.name))
      .map((attribute) => `${element.tagName} ${attribute.name}`),
  );
  assert(!clashes.length, `unlinked: ${clashes.join(', ')}`);
});
await check('the manifest lists no private or protected member', () => {
  const hidden = elements.flatMap((element) => (element.members ?? []).filter((member) => member.privacy === 'private' || member.privacy === 'protected' || member.name.startsWith('_')));
  assert(!hidden.length, hidden.map((member) => member.name).join(', '));
});

console.log('types and builds');
/** The lines svelte-check (`--output machine`) reports an error on. */
const svelteErrorLines = (output) => [...output.matchAll(/^\d+ ERROR "[^"]+" (\d+):/gm)].map(([, line]) => Number(line));
await pool(
  [
    () => check('react: the types compile, and data={42} does not (tsc)', () => run(bin('react', 'tsc'), ['-p', 'tsconfig.json'], join(here, 'react'))),
    () => check('react: moduleResolution node10 finds the subpaths (typesVersions)', () => run(bin('react', 'tsc'), ['-p', 'tsconfig.node10.json'], join(here, 'react'))),
    () => check('vue: the types compile, and :data.prop="42" does not (vue-tsc)', () => run(bin('vue', 'vue-tsc'), ['--noEmit', '-p', 'tsconfig.json'], join(here, 'vue'))),
    () => check('svelte: the types compile (svelte-check)', () => run(bin('svelte', 'svelte-check'), ['--tsconfig', './tsconfig.json', '--fail-on-warnings'], join(here, 'svelte'))),
    () =>
      check('svelte: data={42}, a wrong view and a wrong detail do not compile (svelte-check)', async () => {
        const output = await run(bin('svelte', 'svelte-check'), ['--tsconfig', './type-errors/tsconfig.json', '--output', 'machine'], join(here, 'svelte'), { expectFailure: true });
        assert(JSON.stringify(svelteErrorLines(output)) === '[6,7,8]', `expected one error on each of lines 6, 7 and 8, got:\n${output.trim()}`);
      }),
    ...apps.map((app) => () => check(`${app}: the app builds (vite)`, () => run(bin(app, 'vite'), ['build', '--logLevel', 'error'], join(here, app)))),
    () => check('react: the server entry builds (vite --ssr)', () => run(bin('react', 'vite'), ['build', '--ssr', 'src/entry-server.tsx', '--outDir', 'dist-server', '--logLevel', 'error'], join(here, 'react'))),
  ],
  2,
);

// The built apps, and the React app's page rendered on the server.
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };
let serverRendered;
const server = createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://localhost').pathname));
  try {
    // Chromium asks for one on the first page; a 404 would read as the app's error.
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    if (path === '/react/dist/ssr.html') {
      serverRendered ??= (await import(pathToFileURL(join(here, 'react/dist-server/entry-server.js')).href)).render();
      const page = readFileSync(join(here, 'react/dist/index.html'), 'utf8').replace('<div id="root"></div>', `<div id="root" data-ssr>${serverRendered}</div>`);
      response.writeHead(200, { 'content-type': types['.html'] }).end(page);
      return;
    }
    const body = readFileSync(join(here, path));
    response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
  } catch (error) {
    response.writeHead(error.code === 'ENOENT' ? 404 : 500).end(String(error));
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });

const TITLE = { en: 'Framework test', ru: 'Проверка фреймворка' };

/** What the page's chart shows, read through its public surface; null when there is none. */
const chart = (page) =>
  page.evaluate(() => {
    const element = document.querySelector('hiv-estimate-gap');
    if (!element) return null;
    const part = (name) => element.shadowRoot?.querySelector(`[part~="${name}"]`)?.textContent?.trim() ?? null;
    return { attribute: element.getAttribute('data'), estimates: element.data?.estimates?.length ?? null, title: part('title'), error: part('error') };
  });
const output = (page, id) => page.$eval(`#${id}`, (element) => element.textContent);
const rendered = async (page) => Number(await output(page, 'rendered'));

async function waitFor(read, ok, what, timeout = 10_000) {
  const end = Date.now() + timeout;
  let seen;
  while (Date.now() < end) {
    seen = await read();
    if (ok(seen)) return seen;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}; last seen: ${JSON.stringify(seen)}`);
}

async function open(url) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('response', (response) => response.status() >= 400 && errors.push(`${response.status()} ${response.url()}`));
  await page.goto(`${origin}${url}`);
  return { page, errors };
}

const drawsData = (page, title = TITLE.en) =>
  waitFor(() => chart(page), (state) => state?.title === title && state.estimates === 1 && state.attribute === null && !state.error, `the chart to draw the app's data, set as a property`);

async function browserChecks(app) {
  console.log(`${app} in Chromium`);
  const { page, errors } = await open(`/${app}/dist/index.html`);
  await check(`${app}: draws the data set as a property`, () => drawsData(page));
  await check(`${app}: chart-rendered reaches the app's handler, once per draw`, async () => {
    const count = await waitFor(() => rendered(page), (n) => n > 0, 'a chart-rendered event');
    await page.waitForTimeout(500);
    const later = await rendered(page);
    assert(later === count, `chart-rendered kept firing with nothing changed: ${count}, then ${later}`);
  });
  await check(`${app}: chart-error reaches the app's handler with its detail`, async () => {
    await page.click('#bad');
    await waitFor(() => output(page, 'error'), (reason) => reason === 'no-data', "the handler to get reason 'no-data'");
    await page.click('#bad');
    await drawsData(page);
  });
  await check(`${app}: a language switch redraws the chart`, async () => {
    const before = await rendered(page);
    await page.click('#lang');
    await drawsData(page, TITLE.ru);
    await waitFor(() => rendered(page), (n) => n > before, 'a chart-rendered event after the switch');
  });
  await check(`${app}: unmounted and mounted again, the chart draws its data`, async () => {
    await page.click('#toggle');
    await waitFor(() => chart(page), (state) => state === null, 'the chart to unmount');
    const before = await rendered(page);
    await page.click('#toggle');
    await drawsData(page, TITLE.ru);
    await waitFor(() => rendered(page), (n) => n > before, 'a chart-rendered event after mounting again');
  });
  // The compact drawings of many rows are modules the reading code imports for their effect: the
  // app's bundler keeps them only because package.json's sideEffects names them. A chart of its own,
  // beside the app's (which the app would give its data again on its next render).
  await check(`${app}: 100 estimates draw as stripes from the app's bundle`, async () => {
    await page.evaluate(() => {
      const many = document.createElement('hiv-estimate-gap');
      many.id = 'many';
      many.data = { source: 'Partner survey', estimates: Array.from({ length: 100 }, (_, i) => ({ label: `Site ${i + 1}`, value: i + 1 })) };
      document.body.append(many);
    });
    const drawn = () =>
      page.evaluate(() => {
        const root = document.getElementById('many').shadowRoot;
        return { stripes: root.querySelectorAll('svg.compact path').length, error: root.querySelector('[part~="error"]')?.textContent?.trim() ?? null };
      });
    const state = await waitFor(drawn, (seen) => seen.stripes > 0 || seen.error, 'a drawing of 100 estimates');
    assert(!state.error, state.error);
    await page.evaluate(() => document.getElementById('many').remove());
  });
  // The measured view of <violence-breakdown> is a module the element imports on first use, and
  // fills in its place as it runs: the app's bundler must keep that, as a chunk of its own.
  await check(`${app}: <violence-breakdown view="measured"> draws its bars from the app's bundle`, async () => {
    await page.evaluate(() => {
      const measured = document.createElement('violence-breakdown');
      measured.id = 'measured';
      measured.setAttribute('view', 'measured');
      document.body.append(measured);
    });
    const drawn = () =>
      page.evaluate(() => {
        const root = document.getElementById('measured').shadowRoot;
        return { bars: root?.querySelectorAll('[part~="bar"]').length ?? 0, error: root?.querySelector('[part~="error"]')?.textContent?.trim() ?? null };
      });
    const state = await waitFor(drawn, (seen) => seen.bars > 0 || seen.error, 'the measured view');
    assert(!state.error, state.error);
    assert(state.bars === 2, `${state.bars} bars, not the report's 2`);
    await page.evaluate(() => document.getElementById('measured').remove());
  });
  await check(`${app}: nothing logged an error`, () => assert(!errors.length, errors.join('\n')));
  await page.close();

  const late = await open(`/${app}/dist/index.html?late`);
  await check(`${app}: the kit loaded after the first render still gets data as a property`, async () => {
    await drawsData(late.page);
    await waitFor(() => rendered(late.page), (n) => n > 0, 'a chart-rendered event');
    assert(!late.errors.length, late.errors.join('\n'));
  });
  await late.page.close();
}

for (const app of apps) await browserChecks(app);

const ssr = await open('/react/dist/ssr.html');
await check('react: a server-rendered chart hydrates with its data and handlers', async () => {
  assert(serverRendered?.includes('<hiv-estimate-gap'), `the server rendered no chart: ${serverRendered}`);
  await drawsData(ssr.page);
  await waitFor(() => rendered(ssr.page), (n) => n > 0, 'a chart-rendered event after hydration');
  assert(!ssr.errors.length, ssr.errors.join('\n'));
});

await browser.close();
server.close();
const failed = results.filter((result) => !result.ok).length;
console.log(`\n${results.length - failed} passed, ${failed} failed (${Math.round((Date.now() - started) / 1000)} s)`);
process.exit(failed ? 1 : 0);
