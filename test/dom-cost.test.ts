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
 * marks.ts); text bound as `.textContent` where a row repeats it. Where a binding would save a
 * marker or two per chart, not per row, it stays a child binding: each `.textContent` costs bytes in
 * every file, and the one-file builds are at their size budgets.
 * Then (third count), in the violence report view: a cell's or a fear's letter and its words always
 * present, empty where no quote is cited, instead of a child part each; no whitespace text between
 * the elements of a row, a list item or a quote, where a table, a flex row or a grid shows none; and
 * in the timeline's list, none between an entry's elements (a flex column).
 */

interface Case {
  name: string;
  template: TemplateResult;
  nodes: number;
  comments: number;
}

const cases: Case[] = [
  { name: '<hiv-estimate-gap> at 640 px', template: html`<hiv-estimate-gap style="width: 640px"></hiv-estimate-gap>`, nodes: 184, comments: 61 },
  { name: '<funding-timeline> at 640 px', template: html`<funding-timeline style="width: 640px"></funding-timeline>`, nodes: 558, comments: 217 },
  { name: '<funding-timeline> at 320 px', template: html`<funding-timeline style="width: 320px"></funding-timeline>`, nodes: 438, comments: 131 },
  {
    name: '<violence-breakdown view="report"> at 640 px',
    template: html`<violence-breakdown view="report" style="width: 640px"></violence-breakdown>`,
    nodes: 502,
    comments: 180,
  },
  {
    name: '<violence-breakdown view="report"> at 320 px',
    template: html`<violence-breakdown view="report" style="width: 320px"></violence-breakdown>`,
    nodes: 391,
    comments: 138,
  },
  {
    name: '<violence-breakdown view="measured"> at 640 px',
    template: html`<violence-breakdown view="measured" style="width: 640px"></violence-breakdown>`,
    nodes: 342,
    comments: 117,
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

describe('DOM cost with the report data', () => {
  for (const { name, template, nodes, comments } of cases) {
    it(`${name} stays within ${nodes} nodes, ${comments} of them comments`, async () => {
      const el = await mount<HTMLElement>(template);
      const counted = census(shadow(el));
      expect(counted.nodes, 'nodes').to.be.at.most(nodes);
      expect(counted.comments, 'comments').to.be.at.most(comments);
    });
  }
});
