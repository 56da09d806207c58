import { unsafeCSS } from 'lit';

/*
 * Every colour of the kit, written once. A colour is the public custom property
 * `--amelia-<name>`: a page sets it on the element (or an ancestor) to theme a chart. The light
 * colours are the fallbacks, so a value a page sets anywhere above the chart wins;
 * the dark and print palettes are set on the host by the theme rules, where a page's rule aimed at
 * the element still wins over them. Text and marks meet WCAG AA contrast on each background
 * (checked in test/accessibility.test.ts); marks in forced-colours mode take system colours instead.
 */

const light = {
  background: 'transparent',
  'text-color': '#1f2328',
  'muted-color': '#57606a',
  'grid-color': '#d0d7de',
  'link-color': '#0b5cad',
  'focus-color': '#0b5cad',
  'error-color': '#a40e26',
  'error-background': '#fff0f0',
  'tooltip-background': '#1f2328',
  'tooltip-color': '#ffffff',
  'count-color': '#3e6c9c',
  'bound-color': '#b3431d',
  'rate-color': '#6b4fa0',
  'money-color': '#3e6c9c',
  'event-color': '#b3431d',
  'allocation-color': '#6b4fa0',
  'request-color': '#8a5a00',
  'named-color': '#3e6c9c',
  'pattern-background': '#ffffff',
};

/** A colour's name: `--amelia-<name>`. */
export type ColorName = keyof typeof light;

const dark: Record<ColorName, string> = {
  background: '#161b22',
  'text-color': '#e6edf3',
  'muted-color': '#9da7b3',
  'grid-color': '#30363d',
  'link-color': '#79c0ff',
  'focus-color': '#79c0ff',
  'error-color': '#ffa198',
  'error-background': '#3d1418',
  'tooltip-background': '#e6edf3',
  'tooltip-color': '#161b22',
  'count-color': '#79b8ff',
  'bound-color': '#ff9e6e',
  'rate-color': '#c9a7ff',
  'money-color': '#56d4a8',
  'event-color': '#e6edf3',
  'allocation-color': '#d2a8ff',
  'request-color': '#ffd27a',
  'named-color': '#ff9e6e',
  'pattern-background': '#161b22',
};

/** Paper: the light colours, with black text and nothing behind it, whatever the theme on screen. */
const print: Record<ColorName, string> = {
  ...light,
  'text-color': '#000000',
  'muted-color': '#3d444d',
  'grid-color': '#c4cbd3',
  'error-background': 'transparent',
};

export const palettes = { light, dark, print } as const;

const declarations = (palette: Record<ColorName, string>) =>
  Object.entries(palette)
    .map(([name, value]) => `--amelia-${name}:${value}`)
    .join(';');

/*
 * The kit's own styles read `var(--_amelia-<name>)`: the public property, where the page or a theme
 * sets one, else the light colour. Resolved here once, the styles need no fallback of their own, so
 * every colour is written in this file only and the styles stay plain CSS the build can minify.
 */
const resolved = Object.entries(light)
  .map(([name, value]) => `--_amelia-${name}:var(--amelia-${name},${value})`)
  .join(';');

/*
 * The theme rules, built as plain text: the build minifies css`` only where it parses whole, which
 * a list of declarations interpolated into a rule does not.
 */
export const themeStyles = unsafeCSS(
  `:host{${resolved}}` +
    `:host([theme=dark]){${declarations(dark)}}` +
    `@media (prefers-color-scheme:dark){:host([theme=auto]){${declarations(dark)}}}` +
    `@media print{:host,:host([theme]){${declarations(print)}}}`,
);
