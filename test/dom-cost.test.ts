import { expect } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import '../src/hiv-estimate-gap.js';
import '../src/funding-timeline.js';
import '../src/violence-breakdown.js';
import { mount, shadow } from './helpers.js';

/*
 * Issue 17, "cheaper DOM": what a chart costs in nodes, and in comments (Lit's markers, one per child
 * part), with the report's data. Each bound is the count after that change plus about 3 %, so that
 * the DOM cannot grow back unnoticed; lower it when a change makes the DOM smaller.
 *
 * Counts in the whole shadow root (frame included), nodes / comments, before -> after the change:
 *   <hiv-estimate-gap>, 640 px                       197 / 74  -> 178 / 59
 *   <funding-timeline>, 640 px (across the width)    909 / 462 -> 542 / 211
 *   <funding-timeline>, 320 px (down the page)       582 / 187 -> 522 / 127 -> 425 / 127
 *   <violence-breakdown view="report">, 640 px (grid) 772 / 272 -> 652 / 206 -> 487 / 175
 *   <violence-breakdown view="report">, 320 px (list) 624 / 204 -> 585 / 165 -> 380 / 134
 *   <violence-breakdown view="measured">, 640 px     370 / 144 -> 332 / 114
 * The frame's typeface sample (src/internal/resize.ts) adds two nodes to each count, within the bounds.
 * The phone widths draw the other layout of the two elements that have one. The grid behind each
 * row of bars and the ticks of an axis are one path each, not a line per tick (src/internal/axis.ts,
 * marks.ts); text bound as `.textContent` where a row repeats it. (A binding that saved a marker or
 * two per chart, not per row, stayed a child binding then: each `.textContent` costs bytes in every
 * file, and the one-file builds were at their size budgets. See the last change below.)
 * Then (third count), in the violence report view: a cell's or a fear's letter and its words always
 * present, empty where no quote is cited, instead of a child part each; no whitespace text between
 * the elements of a row, a list item or a quote, where a table, a flex row or a grid shows none; and
 * in the timeline's list, none between an entry's elements (a flex column).
 * Then, in the violence report view, with the report data and the benchmark's 100 named rows (20
 * forms by 5 perpetrators, no quote): a cell of the grid or list is one template, not a mark nested
 * in its `<td>` or `<li>` (one marker comment less per cell), and a cell that cites no quote has no
 * letter and no words, not two empty elements:
 *   <violence-breakdown view="report">, 640 px (grid) 483 / 169 -> 473 / 159
 *   <violence-breakdown view="report">, 320 px (list) 376 / 128 -> 366 / 118
 *   100 named rows, 640 px (list)                   1427 / 490 -> 1127 / 390
 *   100 named rows, 800 px (grid)                   1232 / 501 -> 932 / 401
 * Then, once d3-array's unused bisectors left every file (about 270 B gzip), the frame's texts (title,
 * summary, status, error, keyboard hint, each source's title, the disclosures' summaries) and a
 * <hiv-estimate-gap> row's label and value as `.textContent` too (about 20-30 B gzip a file):
 *   <hiv-estimate-gap>, 640 px                       178 / 59  -> 169 / 48
 *   <funding-timeline>, 640 px                       542 / 211 -> 533 / 200
 *   <funding-timeline>, 320 px                       425 / 127 -> 414 / 116
 *   <violence-breakdown view="measured">, 640 px     332 / 114 -> 327 / 107
 * Then, in the violence report view, the cell or fear in focus ringed by a class on its mark (an
 * outline), not by a shape of its own: one child part and marker comment less in every cell and fear:
 *   <violence-breakdown view="report">, 640 px (grid) 473 / 159 -> 462 / 148
 *   <violence-breakdown view="report">, 320 px (list) 366 / 118 -> 355 / 107
 *   100 named rows, 640 px (list)                   1127 / 390 -> 1027 / 290
 *   100 named rows, 800 px (grid)                   932 / 401 -> 832 / 301
 * Then the bindings too (Lit's parts, which a chart keeps as long as it lives: about half its JS
 * heap). The timeline's entries down the page and the violence report's grid or list, fears and
 * quotes, which change only with the data and language, are drawn once and kept without their parts
 * (src/internal/drawn-once.ts); nodes / comments / bindings:
 *   <hiv-estimate-gap>, 640 px                       169 / 48 / 102 (unchanged)
 *   <funding-timeline>, 640 px                       533 / 200 / 512 (unchanged: laid out for its width)
 *   <funding-timeline>, 320 px                       414 / 116 / 259 -> 414 / 116 / 71
 *   <violence-breakdown view="report">, 640 px (grid) 462 / 148 / 211 -> 460 / 147 / 48
 *   <violence-breakdown view="report">, 320 px (list) 355 / 107 / 180 -> 353 / 106 / 48
 *   100 named rows, 640 px (list)                   1027 / 290 / 511 -> 1025 / 289 / 47
 *   100 named rows, 800 px (grid)                   832 / 301 / 422 -> 830 / 300 / 47
 *   <violence-breakdown view="measured">, 640 px     327 / 107 / 184 (unchanged: laid out for its width)
 * Then what is drawn once loses Lit's marker comments as well (no part is kept to use them), and a
 * violence cell's mark is one template nested in its `<td>` or `<li>` again; nodes / comments:
 *   <funding-timeline>, 320 px                       414 / 116 -> 338 / 40
 *   <violence-breakdown view="report">, 640 px (grid) 460 / 147 -> 338 / 25
 *   <violence-breakdown view="report">, 320 px (list) 353 / 106 -> 272 / 25
 *   100 named rows, 640 px (list)                   1025 / 289 -> 761 / 25
 *   100 named rows, 800 px (grid)                   830 / 300 -> 555 / 25
 * The comments left are the frame's, whose parts a chart keeps.
 * Then the frame's list of sources is drawn once too, for each data and language (chart-element.ts,
 * `drawn`), and keeps neither its parts nor its markers; nodes / comments / bindings:
 *   <hiv-estimate-gap>, 640 px                       169 / 48 / 102 -> 164 / 43 / 95
 *   <funding-timeline>, 640 px                       533 / 200 / 512 -> 513 / 180 / 482
 *   <funding-timeline>, 320 px                       338 / 40 / 71 -> 318 / 20 / 41
 *   <violence-breakdown view="report">, 640 px (grid) 338 / 25 / 48 -> 333 / 20 / 41
 *   <violence-breakdown view="report">, 320 px (list) 272 / 25 / 48 -> 267 / 20 / 41
 *   100 named rows, 640 px (list)                   761 / 25 / 47 -> 756 / 20 / 41
 *   100 named rows, 800 px (grid)                   555 / 25 / 47 -> 550 / 20 / 41
 *   <violence-breakdown view="measured">, 640 px     327 / 107 / 184 -> 319 / 99 / 173
 */

interface Case {
  name: string;
  template: TemplateResult;
  nodes: number;
  comments: number;
  /** Lit's parts for the chart (`bindings` below). */
  bindings: number;
}

/** The benchmark's 100 "named" rows (bench/src/data.js, `dataFor('named', 100)`): 20 forms by 5 perpetrators, no quotes. */
const perpetrators = ['police', 'clients', 'partners', 'landlords', 'health workers'];
const named = {
  source: 'Bench',
  rows: Array.from({ length: 100 }, (_, i) => ({ form: `Form ${Math.floor(i / 5) + 1}`, perpetrator: perpetrators[i % 5] })),
};

const cases: Case[] = [
  { name: '<hiv-estimate-gap> at 640 px', template: html`<hiv-estimate-gap style="width: 640px"></hiv-estimate-gap>`, nodes: 169, comments: 45, bindings: 98 },
  { name: '<funding-timeline> at 640 px', template: html`<funding-timeline style="width: 640px"></funding-timeline>`, nodes: 528, comments: 186, bindings: 497 },
  { name: '<funding-timeline> at 320 px', template: html`<funding-timeline style="width: 320px"></funding-timeline>`, nodes: 328, comments: 21, bindings: 43 },
  {
    name: '<violence-breakdown view="report"> at 640 px',
    template: html`<violence-breakdown view="report" style="width: 640px"></violence-breakdown>`,
    nodes: 343,
    comments: 21,
    bindings: 43,
  },
  {
    name: '<violence-breakdown view="report"> at 320 px',
    template: html`<violence-breakdown view="report" style="width: 320px"></violence-breakdown>`,
    nodes: 275,
    comments: 21,
    bindings: 43,
  },
  {
    name: '<violence-breakdown view="report"> with 100 named rows at 640 px (list)',
    template: html`<violence-breakdown view="report" style="width: 640px" .data=${named}></violence-breakdown>`,
    nodes: 779,
    comments: 21,
    bindings: 43,
  },
  {
    name: '<violence-breakdown view="report"> with 100 named rows at 800 px (grid)',
    template: html`<violence-breakdown view="report" style="width: 800px" .data=${named}></violence-breakdown>`,
    nodes: 567,
    comments: 21,
    bindings: 43,
  },
  {
    name: '<violence-breakdown view="measured"> at 640 px',
    template: html`<violence-breakdown view="measured" style="width: 640px"></violence-breakdown>`,
    nodes: 329,
    comments: 102,
    bindings: 179,
  },
];

/** Every node under the shadow root, of any type, and how many of them are comments. */
function census(root: ShadowRoot): { nodes: number; comments: number } {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  let nodes = 0;
  let comments = 0;
  while (walker.nextNode()) {
    nodes++;
    if (walker.currentNode.nodeType === Node.COMMENT_NODE) comments++;
  }
  return { nodes, comments };
}

/** A part of Lit's record of what a template binds: `type` 2 is a child part, which holds what it renders. */
interface Part {
  type: number;
  _$committedValue?: unknown;
}

/**
 * The bindings Lit keeps for the chart: the parts under the shadow root's, each a value and a node
 * that a render may update, and about half a chart's JS heap (issue 17). Lit's `_$` names are kept
 * the same in every build (they are how its packages and versions work together).
 */
function bindings(root: ShadowRoot): number {
  let count = 0;
  const visit = (part: Part) => {
    count++;
    if (part.type !== 2) return;
    const value = part._$committedValue as Part[] | { _$parts?: (Part | undefined)[] } | undefined;
    if (Array.isArray(value)) value.forEach(visit);
    else value?._$parts?.forEach((each) => each && visit(each));
  };
  visit((root as unknown as { _$litPart$: Part })._$litPart$);
  return count;
}

describe('DOM cost with the report data', () => {
  for (const { name, template, nodes, comments, bindings: parts } of cases) {
    it(`${name} stays within ${nodes} nodes, ${comments} of them comments, and ${parts} bindings`, async () => {
      const el = await mount<HTMLElement>(template);
      const counted = census(shadow(el));
      expect(counted.nodes, 'nodes').to.be.at.most(nodes);
      expect(counted.comments, 'comments').to.be.at.most(comments);
      expect(bindings(shadow(el)), 'bindings').to.be.at.most(parts);
    });
  }
});
