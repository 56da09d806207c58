import type { Measure } from '../internal/measure-text.js';
import { EDGE, GAP, wrap } from './fit.js';

/** An event's label as placed: its lines, left edge and width each, and its row from the top. */
export interface LabelBlock {
  lines: { text: string; x: number; width: number }[];
  /** Stacking order from the top of the plot, 0 first: each label has a row of its own. */
  row: number;
  /** Whether the text runs after its marker (from its leader rightwards) or ends just before it. */
  after: boolean;
}

/** Space between a label's leader line and its text. */
export const INSET = 4;
/** Below this much room after its marker, a longer label ends at its marker instead. */
const MIN_SIDE_ROOM = 160;
/** How wide a label that ends at its marker may grow before it wraps: it stays near its marker. */
const MAX_BEFORE = 320;

/**
 * Places each event's label beside its own marker, whole: wrapped to the room there, never cut. A
 * label starts just after its marker's leader line, or, with too little room on the right, ends just
 * before it. Each label takes a row of its own above the marker line, and its leader runs from the
 * marker up along it.
 *
 * Rows are ordered so that no leader crosses another label. Labels that end before their markers
 * take the top rows, the latest first: a leader rising past one of them comes from a marker further
 * right. The labels after their markers follow in date order, a staircase: a leader rising past one
 * of them comes from a marker further left. Leaders from the top rows cross the staircase too, so a
 * label in it wraps before the next marker on its right whose label ends before it.
 *
 * Deciding the sides takes one pass from the right; a label is measured once per word it has.
 */
export function placeEventLabels(items: { at: number; full: string }[], width: number, measure: Measure): LabelBlock[] {
  const order = items.map((item, index) => ({ ...item, index })).sort((a, b) => a.at - b.at || a.index - b.index);
  const blocks: LabelBlock[] = [];
  const before: number[] = [];
  const after: number[] = [];
  // Where text after a marker must end: the plot's edge, or just before the nearest leader on its
  // right that rises to a top row.
  let limit = width - EDGE;
  for (let rank = order.length - 1; rank >= 0; rank--) {
    const { at, full, index } = order[rank];
    const room = limit - (at + INSET);
    const left = at - INSET - EDGE;
    if (room >= Math.min(measure(full), MIN_SIDE_ROOM) || left <= room) {
      const lines = wrap(full, Math.max(room, 1), measure).map((text) => ({ text, x: at + INSET, width: measure(text) }));
      blocks[index] = { lines, row: 0, after: true };
      after.unshift(index);
    } else {
      const lines = wrap(full, Math.min(left, MAX_BEFORE), measure).map((text) => {
        const w = measure(text);
        return { text, x: at - INSET - w, width: w };
      });
      blocks[index] = { lines, row: 0, after: false };
      before.push(index);
      limit = at - GAP;
    }
  }
  // `before` was filled from the right: the latest first, as the top rows want.
  [...before, ...after].forEach((index, row) => (blocks[index].row = row));
  return blocks;
}
