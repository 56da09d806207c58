import { nice, ticks } from 'd3-array';

/*
 * A linear scale from d3-array's `nice` and `ticks`. d3-scale's scaleLinear would bring in
 * d3-interpolate, d3-color and d3-format (about 14 KB minified) to interpolate colours and format
 * ticks, neither of which the kit uses: it formats numbers per language with Intl. Below it, how a
 * path writes a position (`round`) and a compact drawing's stripe (`stripe`).
 */
export interface LinearScale {
  (value: number): number;
  domain: readonly [number, number];
  ticks(count: number): number[];
}

/** Maps `[d0, d1]`, extended to round numbers, onto `[r0, r1]`. */
export function linearScale([d0, d1]: [number, number], [r0, r1]: [number, number], count = 10): LinearScale {
  const [e0, e1] = d0 === d1 ? [d0, d0 + 1] : nice(d0, d1, count);
  // nice() rounds a domain near Number.MAX_VALUE up to Infinity: the data's own ends are kept then.
  const [n0, n1] = Number.isFinite(e0) && Number.isFinite(e1) ? [e0, e1] : [d0, d1];
  // Divide, then multiply: for a domain of subnormal numbers (5e-324) the factor
  // (r1 - r0) / (n1 - n0) overflows to Infinity, and every position with it.
  const scale = (value: number) => (n1 === n0 ? r0 : r0 + ((value - n0) / (n1 - n0)) * (r1 - r0));
  scale.domain = [n0, n1] as const;
  scale.ticks = (n: number) => ticks(n0, n1, n);
  return scale;
}

/** Rounds a coordinate for a path: shorter text, and the same drawing. */
export const round = (n: number): number => Math.round(n * 100) / 100;

/** A path of one rectangle, from `x0` to `x1` across and `height` down from `y`: a compact drawing's stripe. */
export const stripe = (x0: number, x1: number, y: number, height: number): string =>
  `M${round(x0)},${round(y)}H${round(x1)}v${round(height)}H${round(x0)}z`;
