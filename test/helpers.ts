import { fixture, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { ChartErrorDetail } from '../src/index.js';

/** The next `chart-rendered` or `chart-error` that reaches `target`, whichever comes first. */
export function settle(target: EventTarget): Promise<Event> {
  return new Promise((resolve) => {
    const done = (event: Event) => {
      target.removeEventListener('chart-rendered', done);
      target.removeEventListener('chart-error', done);
      resolve(event);
    };
    target.addEventListener('chart-rendered', done);
    target.addEventListener('chart-error', done);
  });
}

/** Mounts a chart and waits until it has drawn or failed, whichever it does. */
export async function mount<T extends HTMLElement>(template: TemplateResult): Promise<T> {
  const settled = settle(document);
  const element = await fixture<T>(template);
  await settled;
  return element;
}

export const shadow = (element: HTMLElement) => element.shadowRoot!;

/** Resolves after `n` animation frames: what a chart drawn in the next frame needs to be drawn. */
export const frames = (n = 2) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(n);
  });

export const textOf = (element: HTMLElement, selector: string) =>
  [...shadow(element).querySelectorAll(selector)].map((node) => node.textContent!.replace(/\s+/g, ' ').trim());

export async function nextError(element: HTMLElement): Promise<ChartErrorDetail> {
  const event = (await oneEvent(element, 'chart-error')) as CustomEvent<ChartErrorDetail>;
  return event.detail;
}

export const nextRender = (element: HTMLElement) => oneEvent(element, 'chart-rendered');

/** The message shown in the element's alert region, or undefined. */
export const alertText = (element: HTMLElement) =>
  shadow(element).querySelector('[role="alert"]')?.textContent?.trim();

/** Everything the element shows, as one string: no "NaN", "undefined" or markup may appear in it. */
export const visibleText = (element: HTMLElement) => shadow(element).textContent!.replace(/\s+/g, ' ');

const warnings: unknown[][] = [];
const warn = console.warn;
const error = console.error;

// Any Lit dev-mode warning or console error during a test fails it.
beforeEach(() => {
  warnings.length = 0;
  console.warn = (...args: unknown[]) => {
    warnings.push(args);
    warn(...args);
  };
  console.error = (...args: unknown[]) => {
    warnings.push(args);
    error(...args);
  };
});

afterEach(() => {
  console.warn = warn;
  console.error = error;
  const found = warnings.filter((args) => !String(args[0]).includes('Lit is in dev mode'));
  if (found.length) throw new Error(`Console warnings or errors: ${found.map((args) => args.join(' ')).join('\n')}`);
});

/**
 * The box a piece of text takes on screen. SVG text is measured by its own geometry (`getBBox` through
 * the screen transform): Firefox grows an SVG text's client rect by a pixel on every side, Chromium
 * does not, and overlap checks must not depend on that.
 */
export function textBox(node: Element): DOMRect {
  if (!(node instanceof SVGTextElement)) return node.getBoundingClientRect();
  const box = node.getBBox();
  const matrix = node.getScreenCTM()!;
  const corners = [
    new DOMPoint(box.x, box.y).matrixTransform(matrix),
    new DOMPoint(box.x + box.width, box.y + box.height).matrixTransform(matrix),
  ];
  const [left, right] = [Math.min(corners[0].x, corners[1].x), Math.max(corners[0].x, corners[1].x)];
  const [top, bottom] = [Math.min(corners[0].y, corners[1].y), Math.max(corners[0].y, corners[1].y)];
  return new DOMRect(left, top, right - left, bottom - top);
}

/** The custom test commands this browser can carry out (`browser-commands` in the test configs). */
const browserCommands = executeServerCommand<string[], undefined>('browser-commands').then((list) => new Set(list ?? []));

/**
 * A test that needs a custom command (forced-colours emulation, a touch, the accessibility tree):
 * skipped, and reported as skipped, in a browser whose test config cannot carry it out (WebKit
 * through WebDriver, Firefox ESR 140 over BiDi), never passed without its checks.
 */
export function itWith(command: string, title: string, test: (this: Mocha.Context) => Promise<void>): void {
  it(title, async function () {
    if (!(await can(command))) this.skip();
    await test.call(this);
  });
}

/** Whether this browser's test config can carry out `command` (to undo what a test set, say). */
export async function can(command: string): Promise<boolean> {
  return (await browserCommands).has(command);
}

/** In a `describe` whose every test needs `command`: all skipped where the browser lacks it. */
export function requires(command: string): void {
  before(async function () {
    if (!(await can(command))) this.skip();
  });
}

type Chart = HTMLElement & { updateComplete: Promise<unknown> };

/**
 * Opens one of the footer's disclosures as a reader does, by a click on its summary (Enter and Space
 * send one too), and waits for the chart to build what it holds: nothing is there before.
 */
async function openDisclosure(el: Chart, part: 'table' | 'actions'): Promise<HTMLDetailsElement> {
  await el.updateComplete;
  const details = shadow(el).querySelector<HTMLDetailsElement>(`details[part="${part}"]`)!;
  if (!details.open) details.querySelector<HTMLElement>(':scope > summary')!.click();
  await el.updateComplete;
  return details;
}

/** Opens the data table's disclosure, as a reader does; resolves once its rows are drawn. */
export const openTable = (el: Chart) => openDisclosure(el, 'table');

/** Opens the downloads' and citation's disclosure, as a reader does; resolves once its buttons are drawn. */
export const openActions = (el: Chart) => openDisclosure(el, 'actions');

/**
 * Draws, opens the table and the actions and walks the keyboard tooltip, so that every text path is
 * in the DOM; then waits `wait` ms, for an injected <img onerror> or <iframe> to load and fire.
 */
export async function exercise(el: Chart, wait = 30): Promise<void> {
  await el.updateComplete;
  if (shadow(el).querySelector('details[part="table"]')) await openTable(el);
  if (shadow(el).querySelector('details[part="actions"]')) await openActions(el);
  const plot = shadow(el).querySelector<HTMLElement>('[part="plot"]');
  if (plot?.tabIndex === 0) {
    plot.focus();
    await el.updateComplete;
    plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    await el.updateComplete;
  }
  await new Promise((resolve) => setTimeout(resolve, wait));
}

/** A file a chart saved: its name and content. */
export interface SavedFile {
  name: string;
  blob: Blob;
}

/**
 * Catches the files the page in `win` saves (a blob URL clicked as a download link), saving nothing:
 * `files` fills as the charts save, until `release()` puts the browser's functions back.
 */
export function catchDownloads(win: Window & typeof globalThis = window): { files: SavedFile[]; release: () => void } {
  const files: SavedFile[] = [];
  const blobs = new Map<string, Blob>();
  const { createObjectURL } = win.URL;
  const { click } = win.HTMLAnchorElement.prototype;
  win.URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test-${blobs.size}`;
    blobs.set(url, blob);
    return url;
  };
  win.HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    files.push({ name: this.download, blob: blobs.get(this.href)! });
  };
  const release = () => {
    win.URL.createObjectURL = createObjectURL;
    win.HTMLAnchorElement.prototype.click = click;
  };
  return { files, release };
}
