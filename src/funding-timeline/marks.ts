import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Lang } from '../data/types.js';
import { drawnOnce, type Drawing, type DrawsOnce } from '../internal/drawn-once.js';
import { t } from '../internal/i18n.js';
import type { TextLine } from './fit.js';
import { compact, type AmountMark, type EventMark, type TimelineLayout, type WideLayout } from './layout.js';
import type { ListItem, ListLayout } from './list.js';

/*
 * The timeline's marks, drawn from the layout's model: positions are already in pixels, and nothing
 * here measures or reads the page. Each mark carries its index among the focus points as
 * `data-point`: the pointer shows that point.
 */

/** The least size of a mark's target for the pointer, in px (WCAG 2.5.8, target size). */
const HIT = 24;

/** The fills of disbursed (striped) and allocated (hatched) amounts. */
export const patterns = svg`<defs>
  <pattern id="ft-stripes" width="4" height="4" patternUnits="userSpaceOnUse">
    <rect class="stripes" width="2" height="4"></rect>
  </pattern>
  <pattern id="ft-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
    <rect class="hatch" width="2" height="6"></rect>
  </pattern>
</defs>`;

/** The timeline in the view its layout chose, with the focus ring on point `active` (or none at -1). */
export function renderTimeline(model: TimelineLayout, active: number, lang: Lang, chart: DrawsOnce): Drawing {
  if (model.view === 'list') return renderList(model, active, lang, chart);
  if (model.view === 'compact') return compact.render(model, active, lang);
  return renderWide(model, active, lang);
}

// Text that is a whole element's content is set as `.textContent`, not bound as a child: the same
// text node, without Lit's marker comment and child part for each (issue 17).
const lines = (list: TextLine[], className: string) =>
  list.map((line) => svg`<text class=${className} x=${line.x} y=${line.y} .textContent=${line.text}></text>`);

/** A vertical stroke at each tick, from `y1` to `y2`, as one path: a line element each would cost a node and a part. */
export const strokes = (ticks: readonly { x: number }[], y1: number, y2: number) => ticks.map(({ x }) => `M${x},${y1}V${y2}`).join('');

function renderWide(model: WideLayout, active: number, lang: Lang): TemplateResult {
  const { width, height, eventAxis, events, amounts, axisY, ticks } = model;
  return html`${amounts.length ? html`<p class="bar-note">${t(lang, 'timelineBarNote')}</p>` : nothing}
    <svg class="timeline" width=${width} height=${height} aria-hidden="true">
      ${patterns}
      <path class="grid" d=${amounts.map((amount) => strokes(ticks, amount.y - 3, amount.y + amount.height + 3)).join('')}></path>
      ${eventAxis
        ? svg`<line class="event-axis" x2=${width} y1=${eventAxis.y} y2=${eventAxis.y}></line>
            <path class="event-axis" d=${strokes(ticks, eventAxis.y - 3, eventAxis.y + 3)}></path>`
        : nothing}
      ${events.map(renderEvent)} ${amounts.map(renderAmount)} ${renderAxis(ticks, axisY)}
      ${active >= 0 ? renderFocus(model, active) : nothing}
    </svg>`;
}

export function renderAxis(ticks: WideLayout['ticks'], axisY: number) {
  return svg`<g part="axis" class="axis">
    <path class="ticks" d=${strokes(ticks, axisY, axisY + 6)}></path>
    ${ticks.map((tick) => svg`<text x=${tick.textX} y=${axisY + 14} .textContent=${tick.text}></text>`)}
  </g>`;
}

function renderEvent(event: EventMark) {
  const { x, y, band, leader, point } = event;
  return svg`<g part="event" class="event" data-point=${point}>
    <circle class="hit" cx=${x} cy=${y} r=${HIT / 2}></circle>
    ${band ? svg`<line class="band" x1=${band.x0} x2=${band.x1} y1=${y} y2=${y}></line>` : nothing}
    <line class="leader" x1=${leader.x} x2=${leader.x} y1=${leader.y1} y2=${leader.y2}></line>
    <circle class="mark marker" cx=${x} cy=${y} r="5"></circle>
    ${lines(event.lines, 'label')}
  </g>`;
}

function renderAmount(amount: AmountMark) {
  const { x0, x1, y, height, open, point } = amount;
  const mid = y + height / 2;
  const solid = amount.kind === 'awarded' ? 'mark' : '';
  // An unstated end is a short bar for the start and a dashed arrow: the period runs on, to an end the source does not give.
  const bar = open
    ? svg`<rect class="bar ${solid}" x=${x0} y=${y} width="6" height=${height}></rect>
        <g class="open-tail">
          <path class="dash" d="M${x0 + 8},${mid}H${x1 - 2}"></path>
          <path d="M${x1 - 7},${mid - 5}L${x1 - 1},${mid}L${x1 - 7},${mid + 5}"></path>
        </g>`
    : svg`<rect class="bar ${solid}" x=${x0} y=${y} width=${x1 - x0} height=${height}></rect>`;
  const hitWidth = Math.max(x1 - x0, HIT);
  return svg`<g part="amount" class="amount ${amount.kind}" data-point=${point}>
    <rect class="hit" x=${(x0 + x1 - hitWidth) / 2} y=${mid - HIT / 2} width=${hitWidth} height=${HIT}></rect>
    ${lines(amount.head, 'head')} ${lines(amount.detail, 'muted detail')} ${bar}
  </g>`;
}

/** The ring around the point the keyboard is on. */
function renderFocus(model: WideLayout, index: number) {
  const event = model.events[index];
  if (event) return svg`<circle class="focus-mark" cx=${event.x} cy=${event.y} r="9"></circle>`;
  const amount = model.amounts[index - model.events.length];
  if (!amount) return nothing;
  return svg`<rect class="focus-mark" x=${amount.x0 - 4} y=${amount.y - 4} width=${amount.x1 - amount.x0 + 8}
    height=${amount.height + 8} rx="3"></rect>`;
}

/**
 * Down the page: a rail (the vertical time axis) with each entry's mark on it, in the look of its
 * kind, and its words beside it as HTML text, which wraps. Like the SVG, it is hidden from assistive
 * technology: the keyboard walk and the data table say the same.
 */
function renderList(model: ListLayout, active: number, lang: Lang, chart: DrawsOnce): Element {
  return drawnOnce(
    chart,
    [model],
    () => html`<div class="timeline-list" aria-hidden="true">
      <svg class="patterns" width="0" height="0">${patterns}</svg>
      <ol class="rail"
        >${model.items.map((item) => renderItem(item, lang))}</ol
      >
    </div>`,
    active,
  );
}

/**
 * An entry's mark and words. No whitespace between the entry's elements: it is a flex column, which
 * shows none, and each run of it would be one more text node per entry.
 */
function renderItem(item: ListItem, lang: Lang): TemplateResult {
  const event = item.kind === 'event';
  const glyph = event
    ? svg`<circle class="mark marker" cx="12" cy="8" r="5"></circle>`
    : svg`<rect class="bar ${item.kind === 'awarded' ? 'mark' : ''}" x="3" y="3" width=${item.open ? 6 : 18} height="10"></rect
        >${item.open ? svg`<path class="open-tail dash" d="M11,8H21"></path>` : nothing}`;
  return html`<li part=${event ? 'event' : 'amount'} class="item ${event ? 'event' : `amount ${item.kind}`}"
    data-point=${item.point}
    ><svg class="glyph" width="24" height="16">${glyph}</svg
    ><span class="when" .textContent=${item.period}></span
    ><span class="what" .textContent=${item.label}></span
    ><span class="kind" .textContent=${item.what}></span
    ><span class="source">${t(lang, 'source')}: <span lang=${item.source.lang ?? nothing} .textContent=${item.source.title}></span></span
  ></li>`;
}
