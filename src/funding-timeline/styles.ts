import { css } from 'lit';

/** The timeline's marks across the width, down the page and compact, and their forced colours. */
export const timelineStyles = css`
  .timeline text {
    font-size: 12px; /* LABEL_SIZE (fit.ts): the layout measures labels at this size */
    fill: var(--_amelia-text-color);
  }
  .timeline .muted,
  .axis text {
    fill: var(--_amelia-muted-color);
  }
  .axis .ticks {
    stroke: var(--_amelia-grid-color);
  }
  .event-axis,
  .leader {
    stroke: var(--_amelia-muted-color);
  }
  .bar-note {
    margin: 0 0 0.5em;
    font-size: 0.9em;
    color: var(--_amelia-muted-color);
  }
  /* Invisible: a finger's target around a small mark, at least 24 px each way (WCAG 2.5.8). */
  .hit {
    fill: transparent;
  }
  .event .marker,
  .compact-events {
    fill: var(--_amelia-event-color);
  }
  .event .marker {
    stroke: var(--_amelia-background);
    stroke-width: 1.5;
  }
  .event .band {
    stroke: var(--_amelia-event-color);
    stroke-width: 4;
    stroke-opacity: 0.35;
  }
  .bar {
    stroke-width: 2;
  }
  .awarded .bar {
    fill: var(--_amelia-money-color);
    stroke: var(--_amelia-money-color);
  }
  .approved .bar {
    fill: none;
    stroke: var(--_amelia-money-color);
  }
  .disbursed .bar {
    fill: url(#ft-stripes);
    stroke: var(--_amelia-money-color);
  }
  .stripes {
    fill: var(--_amelia-money-color);
  }
  .request .bar {
    fill: none;
    stroke: var(--_amelia-request-color);
    stroke-dasharray: 5 3;
  }
  .allocation .bar {
    fill: url(#ft-hatch);
    stroke: var(--_amelia-allocation-color);
  }
  .hatch {
    fill: var(--_amelia-allocation-color);
  }
  .open-tail {
    fill: none;
    stroke: var(--_amelia-muted-color);
    stroke-width: 2;
  }
  .open-tail .dash,
  .open-tail.dash {
    stroke-dasharray: 4 3;
  }
  /* Compact rows are a pixel or so high: an outline would hide them, and the fill tells kinds apart. */
  .compact .bar {
    stroke-width: 0;
  }
  .compact .approved .bar,
  .compact .request .bar {
    fill: currentColor;
  }
  .compact .approved {
    color: var(--_amelia-money-color);
  }
  .compact .request {
    color: var(--_amelia-request-color);
  }

  /* Down the page: the rail is the time axis, each entry's mark sits on it, its words to the right. */
  .rail {
    position: relative;
  }
  .rail::before {
    content: '';
    position: absolute;
    top: 0.5em;
    bottom: 0.5em;
    left: 11px;
    border-left: 2px solid var(--_amelia-grid-color);
  }
  .patterns {
    position: absolute;
  }
  .item {
    position: relative;
    display: flex;
    flex-direction: column;
    padding: 0 0 0 32px;
  }
  /* Between entries only: the last one's margin would stay inside the drawing (a contained box). */
  .item + .item {
    margin-top: 0.75em;
  }
  .item .glyph {
    position: absolute;
    left: 0;
    top: 0.1em;
    background: var(--_amelia-background);
  }
  .item .when {
    font-weight: 600;
  }
  .amount .kind {
    font-weight: 600;
  }
  .event .kind,
  .item .source {
    font-size: 0.9em;
    color: var(--_amelia-muted-color);
  }
  /* Its ring (styles.ts) around the entry, clear of its words. */
  .item.focus-mark {
    outline-offset: 2px;
  }

  /* Windows high contrast: SVG paint is not forced, so every mark and label takes a system colour. */
  @media (forced-colors: active) {
    .timeline text,
    .timeline .muted,
    .axis text {
      fill: CanvasText;
    }
    .axis .ticks {
      stroke: GrayText;
    }
    .event-axis,
    .leader,
    .event .band,
    .open-tail,
    .amount .bar {
      stroke: CanvasText;
    }
    .event .marker,
    .compact-events {
      fill: CanvasText;
      stroke: Canvas;
    }
    .stripes,
    .hatch {
      fill: CanvasText;
    }
  }
`;
