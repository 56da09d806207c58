import { css } from 'lit';

/** The report view's grid, list, dots, fears and quotes; the measured view's panels, bars and shares; both compact drawings. */
export const violenceStyles = css`
  .matrix {
    width: auto;
    max-width: 100%;
    margin: 0;
    font-size: 1em;
  }
  .matrix th,
  .matrix td {
    vertical-align: middle;
  }
  .matrix thead th {
    text-align: center;
    font-weight: 600;
    overflow-wrap: normal;
  }
  .matrix td {
    text-align: center;
    min-width: 40px;
  }
  /* Round, as its dot is: the ring of the mark in focus (its outline) follows it. */
  .cell-mark {
    display: inline-block;
    vertical-align: middle;
    border-radius: 50%;
  }
  .dot {
    fill: var(--_amelia-named-color);
  }
  /* A quote's letter: light on a named form's dot, dark in an unnamed one's dashed ring and a fear's square. */
  .dot-key,
  .fear-key {
    font-size: 12px;
    font-weight: 700;
  }
  .dot-key {
    fill: var(--_amelia-pattern-background);
  }
  .unspecified .dot-key,
  .fear-key {
    fill: var(--_amelia-text-color);
  }
  .unspecified .dot,
  .fear-box {
    fill: none;
    stroke: var(--_amelia-muted-color);
    stroke-width: 2;
  }
  .unspecified .dot {
    stroke-dasharray: 4 3;
  }
  .empty {
    color: var(--_amelia-grid-color);
  }
  .forms > li {
    padding: 0.4em 0;
    border-bottom: 1px solid var(--_amelia-grid-color);
  }
  .form-label {
    font-weight: 600;
  }
  .who li,
  .legend li,
  .fears li {
    display: flex;
    align-items: center;
    gap: 0.4em;
    margin-top: 0.25em;
  }
  .who svg,
  .legend svg,
  .fear-mark {
    flex: none;
  }
  .fear-heading {
    margin: 0.75em 0 0;
    font-weight: 600;
  }
  /* One grid for the whole list, so that every quote and original starts at the same line. */
  [part='quotes'] {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 0.5em;
    margin: 0.75em 0 0;
    font-size: 0.9em;
  }
  [part='quotes'] div {
    display: contents;
  }
  [part='quotes'] dt {
    font-weight: 700;
  }
  [part='quotes'] dd {
    margin: 0;
    font-style: italic;
  }
  [part='quotes'] :is(dt, dd:not(.original)) {
    margin-top: 0.25em;
  }
  [part='quotes'] .original {
    grid-column: 2;
    color: var(--_amelia-muted-color);
  }
  .apart,
  .sample {
    margin: 0 0 0.4em;
  }
  .apart {
    color: var(--_amelia-muted-color);
  }
  .sample {
    font-weight: 600;
  }
  .panel + .panel {
    margin-top: 1.25em;
  }
  .row {
    margin: 0 0 0.6em;
  }
  .legend .value {
    white-space: nowrap;
  }
  .bar,
  .pat-fg {
    fill: var(--_amelia-rate-color);
  }
  .count .bar {
    fill: var(--_amelia-count-color);
  }
  .pat-bg {
    fill: var(--_amelia-pattern-background);
  }
  .segment {
    stroke: var(--_amelia-pattern-background);
    stroke-width: 2;
  }
  .segment.p0 {
    fill: var(--_amelia-rate-color);
  }
  .segment.p1 {
    fill: url(#vb-p1);
  }
  .segment.p2 {
    fill: url(#vb-p2);
  }
  .segment-edge {
    fill: none;
    stroke: var(--_amelia-rate-color);
  }
  .rest {
    fill: none;
    stroke: var(--_amelia-muted-color);
    stroke-dasharray: 4 3;
  }
  @media (forced-colors: active) {
    .dot,
    .bar,
    .pat-fg,
    .segment.p0 {
      fill: CanvasText;
    }
    .dot-key {
      fill: Canvas;
    }
    .unspecified .dot-key,
    .fear-key {
      fill: CanvasText;
    }
    .unspecified .dot,
    .fear-box {
      stroke: CanvasText;
    }
    .pat-bg {
      fill: Canvas;
    }
    .segment {
      stroke: Canvas;
    }
    .segment-edge,
    .rest {
      stroke: CanvasText;
    }
  }
  /* The patterns' holder takes no room; a style attribute would be refused by a strict CSP. */
  .defs {
    position: absolute;
  }
  .compact-columns {
    display: flex;
    margin: 0 0 0.25em;
    font-size: 0.9em;
    font-weight: 600;
  }
  .compact-columns li {
    flex: 1 1 0;
    min-width: 0;
    text-align: center;
  }
  .compact-mark.named {
    fill: var(--_amelia-named-color);
  }
  .compact-mark.unspecified {
    fill: var(--_amelia-muted-color);
  }
  .band {
    fill: var(--_amelia-grid-color);
    fill-opacity: 0.4;
  }
  @media (forced-colors: active) {
    .compact-mark.named {
      fill: CanvasText;
    }
    .compact-mark.unspecified,
    .band {
      fill: GrayText;
    }
  }
`;
