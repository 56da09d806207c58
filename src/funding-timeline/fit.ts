import type { Measure } from '../internal/measure-text.js';

/** A line of text as drawn: its left edge, its baseline and its measured width. */
export interface TextLine {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  width: number;
}

/** Text size of every label, in px: the kit draws nothing smaller than 12 px. */
export const LABEL_SIZE = 12;

/** A width estimate for use without a DOM: generous, so that real text is never wider. */
export const estimateWidth: Measure = (text) => text.length * LABEL_SIZE * 0.62;

/**
 * Room kept free at each side of the plot. Text is measured by its advance, but some glyphs draw a
 * pixel or so beyond it (the hook of a "J", the arm of an "f"): text placed flush with an edge would
 * stick out of the chart.
 */
export const EDGE = 2;

/** The least space between a label and a line it must keep clear of, in px. */
export const GAP = 8;

/**
 * `measure`, asked once per distinct text however often one layout needs its width. The cache lives
 * as long as the layout, so it needs no bound of its own.
 */
export function measuredOnce(measure: Measure): Measure {
  const widths = new Map<string, number>();
  return (text) => {
    let width = widths.get(text);
    if (width === undefined) {
      width = measure(text);
      widths.set(text, width);
    }
    return width;
  };
}

/**
 * `text` in lines at most `max` px wide, broken at spaces (a no-break space, as in "22 360 000",
 * holds); a word wider than `max` is broken inside. Every character is kept: a label is never cut short.
 */
export function wrap(text: string, max: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ').filter(Boolean)) {
    const longer = line ? `${line} ${word}` : word;
    if (measure(longer) <= max) {
      line = longer;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    // Breaks inside a word longer than the room, each piece as long as fits (one character at least).
    while (measure(line) > max && line.length > 1) {
      const chars = [...line];
      let fit = 1;
      while (fit < chars.length - 1 && measure(chars.slice(0, fit + 1).join('')) <= max) fit++;
      lines.push(chars.slice(0, fit).join(''));
      line = chars.slice(fit).join('');
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}
