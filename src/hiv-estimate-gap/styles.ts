import { css } from 'lit';

/** `<hiv-estimate-gap>`'s panels, bars and the open end of a lower bound; the frame's are shared. */
export const estimateStyles = css`
  .panel + .panel {
    margin-top: 1em;
  }
  .panel-title {
    margin: 0 0 0.25em;
    font-size: 0.9em;
    color: var(--_amelia-muted-color);
  }
  .row {
    margin: 0 0 0.5em;
  }
  /* A value is read whole: "100-ден астам" moves to the next line, never leaves "астам" alone there. */
  .row .value {
    white-space: nowrap;
  }
  .bar {
    fill: var(--_amelia-count-color);
  }
  .lower-bound .bar,
  .bar.lower-bound,
  .open-end {
    fill: var(--_amelia-bound-color);
  }
  .open-end {
    stroke: var(--_amelia-bound-color);
  }
  .open-end .hatch {
    fill: url(#open-hatch);
    stroke: none;
  }
  /* The rows' open end: dashed edges and an arrow; the stripes' open ends are one thin line each. */
  .open-end .edge,
  .open-end .arrow,
  .open-end.edge {
    fill: none;
  }
  .open-end .edge,
  .open-end .arrow {
    stroke-width: 2;
  }
  .open-end .edge {
    stroke-dasharray: 4 3;
  }
  .bar.rate,
  .rate .bar {
    fill: var(--_amelia-rate-color);
  }
  @media (forced-colors: active) {
    .open-end {
      stroke: CanvasText;
    }
  }
`;
