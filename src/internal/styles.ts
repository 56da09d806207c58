import { css } from 'lit';
import { themeStyles } from './palette.js';

/**
 * The frame every chart shares. Isolation from the page works by the cascade:
 * - the page's inherited typography (`body { letter-spacing: 2px; text-align: center }`, a theme's
 *   font) stops at the host, because the host declares its own values and inheritance loses to any
 *   declaration;
 * - a rule aimed at the element itself wins over `:host` (the page's rules come first), so the
 *   reader's own text settings reach the chart: a text-spacing bookmarklet's
 *   `* { line-height: 1.5 !important; letter-spacing: .12em !important }`, a dyslexia font set by an
 *   extension, or a page's `hiv-estimate-gap { font-family: … }`. Only the font and the spacing are
 *   declared on `:host` for that reason; everything else is set on the frame, out of reach, but for
 *   the text size, which follows the root's (the reader's default text size) and never goes below 14px.
 * Colours, sizes and spacing are themed through the `--amelia-*` properties and parts documented on
 * each element.
 */
export const frameStyles = [themeStyles, css`
  /* system-ui alone: every browser that runs the kit (constructable style sheets) has it, so the
     families once listed after it (-apple-system, Segoe UI, Roboto) were never reached. */
  :host {
    display: block;
    min-width: 0;
    font-family: var(--amelia-font-family, system-ui, sans-serif);
    line-height: var(--amelia-line-height, 1.4);
    letter-spacing: var(--amelia-letter-spacing, normal);
    word-spacing: var(--amelia-word-spacing, normal);
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) .frame,
  :host([theme='auto']) .frame {
    padding: var(--amelia-padding, 0.75em);
    border-radius: 6px;
  }
  .frame {
    box-sizing: border-box;
    margin: 0;
    padding: var(--amelia-padding, 0);
    background: var(--_amelia-background);
    color: var(--_amelia-text-color);
    /* 14 px, or more when the reader has set a larger default text size in the browser. */
    font-size: var(--amelia-font-size, max(14px, 0.875rem));
    font-style: normal;
    font-weight: 400;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    overflow-wrap: anywhere;
    visibility: visible;
    direction: ltr;
  }
  /* No pseudo-element of the kit's has a size of its own: the elements alone need it. */
  .frame * {
    box-sizing: inherit;
  }
  .title {
    margin: 0 0 0.25em;
    font-size: 1.15em;
    font-weight: 700;
  }
  .summary {
    margin: 0 0 0.75em;
  }
  .status,
  .error {
    margin: 0.5em 0;
    padding: 0.75em 1em;
    border-radius: 4px;
  }
  .status {
    color: var(--_amelia-muted-color);
    border: 1px dashed currentColor;
  }
  .error {
    color: var(--_amelia-error-color);
    background: var(--_amelia-error-background);
    border: 1px solid currentColor;
  }
  /*
   * A frame far from the screen (its class far, size-controller.ts) is laid out and painted once the
   * reader scrolls near it: fifty charts on a page cost about what those on screen cost (issue 17).
   * Every frame is far until first measured, so that the page's first layout gives the frames'
   * widths and places without laying their text out. Until then a frame is a screen high, and its
   * last laid out height after. A screen is more than most charts take: a frame measured below far
   * ones is measured further than it is, rarely nearer, and placed again once they are laid out
   * (size-controller.ts). At 300px, a timeline three screens high on a phone left the chart below it
   * measured near, and laid out for nothing before the first paint. On screen only: print lays every
   * chart out, as does a page that measures charts off screen with --amelia-offscreen-drawing:
   * visible. A far frame clips what it paints, and a mark's focus ring stands up to 11px outside it:
   * where a browser cannot widen that clip (overflow-clip-margin), every chart is laid out at once.
   */
  @media screen {
    @supports (overflow-clip-margin: 1px) {
      .far {
        content-visibility: var(--amelia-offscreen-drawing, auto);
        contain-intrinsic-height: auto 100vh;
        overflow-clip-margin: 16px;
      }
    }
  }
  .plot {
    position: relative;
    border-radius: 2px;
  }
  .plot:focus-visible {
    outline: 2px solid var(--_amelia-focus-color);
    outline-offset: 4px;
  }
  /* A mark's whole shape answers the pointer, an outlined bar's inside too. */
  [data-point] :is(rect, circle),
  :is(rect, circle)[data-point] {
    pointer-events: all;
  }
  .tooltip {
    position: absolute;
    z-index: 1;
    top: 0;
    right: 0;
    max-width: min(22em, 100%);
    padding: 0.4em 0.6em;
    border-radius: 4px;
    background: var(--_amelia-tooltip-background);
    color: var(--_amelia-tooltip-color);
    font-size: 0.9em;
    pointer-events: none;
  }
  .tooltip.at-point {
    right: auto;
    /* Above its point; its left edge is set by point-controller.ts, to centre it within the plot. */
    transform: translateY(calc(-100% - 8px));
  }
  /* The keys, shown while the keyboard is in the plot (screen readers hear them in its label). */
  .hint {
    display: none;
    margin: 0.25em 0 0;
    font-size: 0.9em;
    color: var(--_amelia-muted-color);
  }
  .plot:focus-visible ~ .hint {
    display: block;
  }
  /* What every element's drawings share: the axis (axis.ts), a figure's value, a compact drawing's note. */
  .grid {
    stroke: var(--_amelia-grid-color);
  }
  .axis text {
    fill: var(--_amelia-muted-color);
    font-size: 12px;
  }
  .value {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .compact-note {
    margin: 0 0 0.25em;
    font-size: 0.9em;
    color: var(--_amelia-muted-color);
  }
  .focus-mark {
    fill: none;
    stroke: var(--_amelia-focus-color);
    stroke-width: 3;
  }
  /*
   * A mark of the page's flow in focus (an entry down the page, a grid's dot, a fear's square): an
   * outline, 1 px outside a 28 px mark; its stroke is not passed down to what the mark holds. As
   * specific as the rule above: the timeline's entries set their own offset.
   */
  :where(:not(svg *)).focus-mark {
    outline: 3px solid var(--_amelia-focus-color);
    outline-offset: -2px;
    stroke: none;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  /*
   * A line as wide as the frame's content, of no height: its box changes with the width the chart
   * draws in, never with what it draws (resize.ts). In it, text set as the frame's, hidden: its box
   * changes with the font and spacing (size-controller.ts).
   */
  .width-probe {
    height: 0;
    overflow: hidden;
  }
  .typeface-probe {
    display: inline-block;
  }
  .typeface-probe::before {
    content: 'Hamburge fonstiv';
  }
  /* Printed pages: light ink on no background, the whole chart on one page, no tooltip. */
  @media print {
    .frame {
      break-inside: avoid;
    }
    .frame .tooltip,
    .frame summary,
    .frame .actions {
      display: none;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
    }
  }
  /*
   * Windows high contrast: marks take the system's colours; patterns and shapes still tell kinds
   * apart. A mark's focus ring is the system's highlight (a focused element's, the plot's or a
   * link's, is the browser's own there).
   */
  @media (forced-colors: active) {
    :host {
      --_amelia-focus-color: Highlight;
    }
    .plot svg .mark,
    .axis text {
      fill: CanvasText;
    }
    .grid {
      stroke: GrayText;
    }
    .tooltip {
      border: 1px solid CanvasText;
    }
  }
  svg {
    display: block;
    overflow: visible;
  }
  .sources {
    margin: 0.75em 0 0;
    font-size: 0.9em;
    color: var(--_amelia-muted-color);
  }
  /* Every list of the kit is bare: its items are rows, marks, entries or sources, never bullets. */
  ul,
  ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .sources ol {
    display: inline;
    margin-left: 0.3em;
  }
  .sources li {
    display: inline;
  }
  .sources li + li::before {
    content: ' · ' / '';
  }
  a {
    color: var(--_amelia-link-color);
  }
  a:focus-visible,
  summary:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--_amelia-focus-color);
    outline-offset: 2px;
  }
  /* The table's and the actions' disclosures share one line; the one opened takes the whole width. */
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 1.5em;
    margin-top: 0.5em;
  }
  /* min-width: a wide table scrolls in its .table-wrap instead of widening the line. */
  .controls > details[open] {
    flex-basis: 100%;
    min-width: 0;
  }
  .action-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-top: 0.5em;
  }
  button {
    font: inherit;
    font-size: 0.9em;
    color: var(--_amelia-link-color);
    background: transparent;
    border: 1px solid currentColor;
    border-radius: 4px;
    padding: 0.2em 0.6em;
    cursor: pointer;
  }
  .export-error {
    margin: 0.5em 0 0;
    font-size: 0.9em;
    color: var(--_amelia-error-color);
  }
  .translated {
    margin: 0.25em 0 0;
    font-size: 0.9em;
    color: var(--_amelia-muted-color);
  }
  .citation {
    display: block;
    margin-top: 0.5em;
    font-size: 0.9em;
  }
  .citation textarea {
    display: block;
    width: 100%;
    font: inherit;
  }
  summary {
    cursor: pointer;
    color: var(--_amelia-link-color);
    width: max-content;
    max-width: 100%;
  }
  .table-wrap {
    overflow-x: auto;
  }
  /* Words stay whole in the table: on a phone it scrolls sideways (.table-wrap) rather than break "не указан" into "указа / н". */
  table {
    border-collapse: collapse;
    margin-top: 0.5em;
    font-size: 0.9em;
    width: 100%;
    overflow-wrap: break-word;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.3em 0.5em;
    border-bottom: 1px solid var(--_amelia-grid-color);
  }
  td.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  blockquote {
    margin: 0.25em 0 0;
    font-style: italic;
  }
`];
