import { css, html, nothing, svg, type TemplateResult } from 'lit';
import { fundingTimeline } from '../data/report.js';
import type { Lang, LocalizedText, Source } from '../data/types.js';
import { ChartElement, type ChartTable, type FocusPoint } from '../internal/chart-element.js';
import { invalid } from '../internal/errors.js';
import { localize, t } from '../internal/i18n.js';
import { isObject, readNumber, readRows, readSource, readText, show, type Row } from '../internal/validate.js';
import {
  LABEL_SIZE,
  LINE_STEP,
  MONEY_KINDS,
  formatDate,
  formatKind,
  formatMoney,
  formatPeriod,
  layoutTimeline,
  parseDate,
  parseSpan,
  type AmountMark,
  type EventMark,
  type Measure,
  type TimePoint,
  type TimelineKind,
  type TimelineLayout,
} from './layout.js';

/** One entry: an event (a date, no value) or an amount of money of one kind, over a period. */
export interface TimelineEntry {
  label: LocalizedText;
  kind: TimelineKind;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: the event's date, or the first date of an amount's period. */
  date: string;
  /** The last date of an amount's period; absent when the source does not state it. */
  end?: string;
  /** The amount; absent for events. */
  value?: number;
  /** ISO currency code of the amount. */
  currency?: string;
  source: Source;
}

/** What `<funding-timeline>` draws. */
export interface TimelineData {
  title?: LocalizedText;
  /** The finding in one sentence; without it the chart states how many entries it shows, from when to when. */
  summary?: LocalizedText;
  entries: TimelineEntry[];
}

const KINDS: readonly TimelineKind[] = ['event', ...MONEY_KINDS];
const present = (row: Row, field: string) => row[field] !== undefined && row[field] !== null && row[field] !== '';
const inAllLangs = (key: 'timelineTitle' | 'timelineReportSummary') => ({
  en: t('en', key),
  ru: t('ru', key),
  kk: t('kk', key),
});

/**
 * @tagname funding-timeline
 * @summary A timeline of money and events, by default sex work, HIV money and the law in Kazakhstan
 * from 2001: decriminalisation, Global Fund money for HIV, the 2006 raid, the report, the 2024 law, and
 * the end of Global Fund support for prevention among sex workers, which the sources date differently: 2012 in
 * the article about the Amelia report, 2014 for eligibility in the CCM's words; both are shown, each
 * with its source. Events are points; amounts are bars over their period, one row each, and kinds of
 * amount (awarded, approved, disbursed, requested, allocated) are drawn differently and never added up.
 *
 * Data, as JSON (`data` property or attribute, or `src`):
 * `{ "title"?: string, "summary"?: string, "source"?: Source, "currency"?: string, "entries": [{ "label", "kind"?, "date", "end"?, "value"?, "currency"?, "source"?, "source_url"?, "quote"? }] }`
 * or just the list of entries. `kind` is `event` (the default, with no `value`) or the kind of an
 * amount: `awarded`, `approved`, `disbursed`, `request` or `allocation` (or `money` with `subkind`
 * set to one of them). `date` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; an amount's period is a span
 * `YYYY/YYYY` in `date`, or `date` and `end`; without an end, the chart says the end is not stated.
 * `currency` is a three-letter code such as `USD`, per row or once for all. `source` is a title or
 * `{ "title", "url"?, "quote"?, "lang"?, "quoteLang"? }`, and may be given once for all rows.
 * As CSV (`src`): columns `label,kind,date,end,value,currency,source,source_url,quote`.
 *
 * @event chart-rendered - The marks are drawn (once per draw).
 * @event chart-error - The data could not be drawn; `detail` is `{ reason, message }`, `reason` one of
 * `invalid-json`, `load-failed`, `invalid-data`, `no-data`.
 *
 * @csspart figure - The frame around title, chart, sources and table.
 * @csspart title - The chart's title.
 * @csspart summary - The one-sentence finding.
 * @csspart plot - The drawing area.
 * @csspart event - Each event: its marker, leader line and label.
 * @csspart amount - Each amount: its bar and its two lines of text.
 * @csspart axis - The years under the chart.
 * @csspart tooltip - The text of the point under the keyboard or mouse, or last tapped.
 * @csspart hint - The keys to use, shown while the chart has keyboard focus.
 * @csspart actions - The buttons that download the data and the image and copy a citation.
 * @csspart sources - The list of sources under the chart.
 * @csspart table - The disclosure holding the data table.
 * @csspart error - The message shown when the data cannot be drawn.
 *
 * @cssproperty [--amelia-font-family=system-ui, sans-serif] - Font of all text.
 * @cssproperty [--amelia-font-size=max(14px, 0.875rem)] - Base text size: 14px, larger when the reader has set a larger default text size in the browser; labels in the chart are 12px.
 * @cssproperty [--amelia-line-height=1.4] - Line height of all text; with the two below, how a reader's stylesheet widens text spacing (WCAG 1.4.12).
 * @cssproperty [--amelia-letter-spacing=normal] - Letter spacing of all text.
 * @cssproperty [--amelia-word-spacing=normal] - Word spacing of all text.
 * @cssproperty [--amelia-text-color=#1f2328] - Text colour.
 * @cssproperty [--amelia-muted-color=#57606a] - Secondary text: axis, leader lines, periods, sources.
 * @cssproperty [--amelia-background=transparent] - Background of the frame.
 * @cssproperty [--amelia-padding=0] - Space inside the frame.
 * @cssproperty [--amelia-event-color=#b3431d] - Event markers and the year or month they stand for.
 * @cssproperty [--amelia-money-color=#3e6c9c] - Amounts awarded (solid), approved (outlined) and disbursed (striped).
 * @cssproperty [--amelia-request-color=#8a5a00] - Funding requests (dashed outline).
 * @cssproperty [--amelia-allocation-color=#6b4fa0] - Allocations (hatched).
 * @cssproperty [--amelia-grid-color=#d0d7de] - Grid lines and table rules.
 * @cssproperty [--amelia-focus-color=#0b5cad] - The ring around the point the keyboard is on.
 * @cssproperty [--amelia-link-color=#0b5cad] - Links and the table toggle.
 * @cssproperty [--amelia-error-color=#a40e26] - Error text and border.
 *
 * @attr lang - Language of the chart: `en`, `ru` or `kk` (`ru-RU` means `ru`); else the page's.
 * @attr data - The data as JSON text.
 */
export class FundingTimeline extends ChartElement<TimelineData, TimelineLayout> {
  static override styles = [
    ...ChartElement.styles,
    css`
      .timeline text {
        font-size: ${LABEL_SIZE}px;
        fill: var(--amelia-text-color, #1f2328);
      }
      .timeline .muted,
      .axis text {
        fill: var(--amelia-muted-color, #57606a);
      }
      .grid,
      .axis line {
        stroke: var(--amelia-grid-color, #d0d7de);
      }
      .event-axis {
        stroke: var(--amelia-muted-color, #57606a);
      }
      .leader {
        stroke: var(--amelia-muted-color, #57606a);
      }
      /* Invisible: a finger's target around a small mark, at least 24 px each way (WCAG 2.5.8). */
      .hit {
        fill: transparent;
        stroke: none;
      }
      .event .marker {
        fill: var(--amelia-event-color, #b3431d);
        stroke: var(--amelia-background, #ffffff);
        stroke-width: 1.5;
      }
      .event .band {
        stroke: var(--amelia-event-color, #b3431d);
        stroke-width: 4;
        stroke-opacity: 0.35;
      }
      .bar {
        stroke-width: 2;
      }
      .awarded .bar {
        fill: var(--amelia-money-color, #3e6c9c);
        stroke: var(--amelia-money-color, #3e6c9c);
      }
      .approved .bar {
        fill: none;
        stroke: var(--amelia-money-color, #3e6c9c);
      }
      .disbursed .bar {
        fill: url(#ft-stripes);
        stroke: var(--amelia-money-color, #3e6c9c);
      }
      .stripes {
        fill: var(--amelia-money-color, #3e6c9c);
      }
      .request .bar {
        fill: none;
        stroke: var(--amelia-request-color, #8a5a00);
        stroke-dasharray: 5 3;
      }
      .allocation .bar {
        fill: url(#ft-hatch);
        stroke: var(--amelia-allocation-color, #6b4fa0);
      }
      .hatch {
        fill: var(--amelia-allocation-color, #6b4fa0);
      }
      .open-tail {
        fill: none;
        stroke: var(--amelia-muted-color, #57606a);
        stroke-width: 2;
      }
      .open-tail .dash {
        stroke-dasharray: 4 3;
      }
      /* Windows high contrast: SVG paint is not forced, so every mark and label takes a system colour. */
      @media (forced-colors: active) {
        .timeline text,
        .timeline .muted,
        .axis text {
          fill: CanvasText;
        }
        .grid,
        .axis line {
          stroke: GrayText;
        }
        .event-axis,
        .leader,
        .event .band,
        .open-tail,
        .amount .bar {
          stroke: CanvasText;
        }
        .event .marker {
          fill: CanvasText;
          stroke: Canvas;
        }
        .stripes,
        .hatch {
          fill: CanvasText;
        }
      }
    `,
  ];

  // The report's figures go through the same reader as a partner's: one shape, checked once.
  protected override defaultData(): TimelineData {
    const { entries } = this.parse(fundingTimeline);
    return { title: inAllLangs('timelineTitle'), summary: inAllLangs('timelineReportSummary'), entries };
  }

  protected override parse(raw: unknown): TimelineData {
    const rows = readRows(raw, 'entries');
    const shared = isObject(raw) && raw.source !== undefined ? readSource(raw, 0) : undefined;
    const title = isObject(raw) ? readText(raw, 'title', 0, true) : undefined;
    const summary = isObject(raw) ? readText(raw, 'summary', 0, true) : undefined;
    const currency = isObject(raw) && present(raw, 'currency') ? raw.currency : undefined;
    const entries = rows.map((row, i) => readEntry(row, i, shared, currency));
    return { ...(title === undefined ? {} : { title }), ...(summary === undefined ? {} : { summary }), entries };
  }

  protected override layout(data: TimelineData, width: number, lang: Lang): TimelineLayout {
    const inputs = data.entries.map((entry) => {
      const { start, end } = periodOf(entry);
      return {
        label: localize(entry.label, lang),
        kind: entry.kind,
        start,
        ...(end ? { end } : {}),
        ...(entry.value === undefined ? {} : { amountText: formatMoney(entry.value, entry.currency!, lang) }),
        sourceTitle: entry.source.title,
        ...(entry.source.lang ? { sourceLang: entry.source.lang } : {}),
      };
    });
    const frame = this.renderRoot.querySelector('.frame');
    const style = frame ? getComputedStyle(frame) : undefined;
    return layoutTimeline(inputs, width, lang, style && measureIn(style), style && lineStep(style));
  }

  protected override chartTitle(data: TimelineData | undefined, lang: Lang): string {
    return data?.title ? localize(data.title, lang) : t(lang, 'timelineDefaultTitle');
  }

  protected override summary(data: TimelineData, lang: Lang): string {
    if (data.summary) return localize(data.summary, lang);
    const periods = data.entries.map(periodOf);
    const first = periods.reduce((a, b) => (b.start.start < a.start.start ? b : a)).start;
    const last = periods.map(({ start, end }) => end ?? start).reduce((a, b) => (b.end > a.end ? b : a));
    return t(lang, 'timelineSummary', {
      count: data.entries.length,
      from: formatDate(first, lang),
      to: formatDate(last, lang),
    });
  }

  protected override table(data: TimelineData, lang: Lang): ChartTable {
    const rows = data.entries
      .map((entry) => ({ entry, period: periodOf(entry) }))
      .sort((a, b) => a.period.start.start - b.period.start.start);
    return {
      columns: [t(lang, 'tableFigure'), t(lang, 'timelineTableKind'), t(lang, 'timelineTableAmount'), t(lang, 'tableDate')],
      numeric: [false, false, true, false],
      rows: rows.map(({ entry, period }) => ({
        cells: [
          localize(entry.label, lang),
          formatKind(entry.kind, lang),
          entry.value === undefined ? '—' : formatMoney(entry.value, entry.currency!, lang),
          formatPeriod(period.start, period.end, entry.kind !== 'event' && !period.end, lang),
        ],
        source: entry.source,
      })),
    };
  }

  protected override renderChart(model: TimelineLayout): TemplateResult {
    const { width, height, eventAxis, events, amounts, axisY } = model;
    const active = this.activePoint;
    return html`<svg class="timeline" width=${width} height=${height} aria-hidden="true">
      <defs>
        <pattern id="ft-stripes" width="4" height="4" patternUnits="userSpaceOnUse">
          <rect class="stripes" width="2" height="4"></rect>
        </pattern>
        <pattern id="ft-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect class="hatch" width="2" height="6"></rect>
        </pattern>
      </defs>
      ${amounts.map((amount) =>
        model.ticks.map(
          (tick) => svg`<line class="grid" x1=${tick.x} x2=${tick.x} y1=${amount.y - 3} y2=${amount.y + amount.height + 3}></line>`,
        ),
      )}
      ${eventAxis
        ? svg`<line class="event-axis" x2=${width} y1=${eventAxis.y} y2=${eventAxis.y}></line>
            ${model.ticks.map((tick) => svg`<line class="event-axis" x1=${tick.x} x2=${tick.x} y1=${eventAxis.y - 3} y2=${eventAxis.y + 3}></line>`)}`
        : nothing}
      ${events.map((event, i) => renderEvent(event, i))} ${amounts.map((amount, i) => renderAmount(amount, events.length + i))}
      <g part="axis" class="axis">
        ${model.ticks.map(
          (tick) => svg`<line x1=${tick.x} x2=${tick.x} y1=${axisY} y2=${axisY + 6}></line>
            <text x=${tick.textX} y=${axisY + 14}>${tick.text}</text>`,
        )}
      </g>
      ${active >= 0 ? renderFocus(model, active) : nothing}
    </svg>`;
  }

  protected override focusPoints(model: TimelineLayout): FocusPoint[] {
    return [
      ...model.events.map((event) => ({ ...event.point, x: event.x, y: event.y - 6 })),
      ...model.amounts.map((amount) => ({ ...amount.point, x: (amount.x0 + amount.x1) / 2, y: amount.y })),
    ];
  }
}

// Canvas measures text as the SVG will draw it, in the frame's font, and with the reader's text
// spacing (WCAG 1.4.12), which widens labels; layout stays free of the DOM.
function measureIn(style: CSSStyleDeclaration): Measure | undefined {
  return measureFor(`${LABEL_SIZE}px ${style.fontFamily}`, style.letterSpacing, style.wordSpacing);
}

// A reader's line height (WCAG 1.4.12: 1.5) spreads the labels' lines too; the default (1.4) keeps
// the layout's own step.
// ("normal" is no number: the layout's step too).
function lineStep({ lineHeight, fontSize }: CSSStyleDeclaration): number {
  return Math.max(LINE_STEP, Math.floor((LABEL_SIZE * parseFloat(lineHeight)) / parseFloat(fontSize)) || 0);
}

/**
 * Text measures by font and spacing, shared by every timeline on the page: one canvas each, and every
 * label measured once, however many charts draw it and however often they redraw.
 */
const measures = new Map<string, Measure>();
let watchingFonts = false;

function measureFor(font: string, letterSpacing: string, wordSpacing: string): Measure | undefined {
  const key = `${font}|${letterSpacing}|${wordSpacing}`;
  let measure = measures.get(key);
  if (!measure) {
    // A web font that arrives later changes the widths: measure afresh from then on.
    if (!watchingFonts) {
      watchingFonts = true;
      document.fonts?.addEventListener?.('loadingdone', () => measures.clear());
    }
    const context = document.createElement('canvas').getContext('2d');
    if (!context) return undefined;
    const widths = new Map<string, number>();
    context.font = font;
    Object.assign(context, { letterSpacing, wordSpacing });
    measure = (text) => {
      let width = widths.get(text);
      if (width === undefined) {
        width = Math.ceil(context.measureText(text).width);
        widths.set(text, width);
      }
      return width;
    };
    measures.set(key, measure);
  }
  return measure;
}

/** The least size of a mark's target for the pointer, in px (WCAG 2.5.8, target size). */
const HIT = 24;

// `point` is the mark's index among the focus points (events, then amounts): the pointer shows it.
function renderEvent(event: EventMark, point: number) {
  const { x, y, band, label, leader } = event;
  return svg`<g part="event" class="event" data-point=${point}>
    <circle class="hit" cx=${x} cy=${y} r=${HIT / 2}></circle>
    ${band ? svg`<line class="band" x1=${band.x0} x2=${band.x1} y1=${y} y2=${y}></line>` : nothing}
    ${leader ? svg`<line class="leader" x1=${leader.x} x2=${leader.x} y1=${leader.y1} y2=${leader.y2}></line>` : nothing}
    <circle class="mark marker" cx=${x} cy=${y} r="5"></circle>
    <text class="label" x=${label.x} y=${label.y}>${label.text}</text>
  </g>`;
}

function renderAmount(amount: AmountMark, point: number) {
  const { x0, x1, y, height, lines, open } = amount;
  const [head, detail] = lines;
  const mid = y + height / 2;
  // An unstated end is a short bar for the start and a dashed arrow: the period runs on, to an end the source does not give.
  const bar = open
    ? svg`<rect class="bar ${amount.kind === 'awarded' ? 'mark' : ''}" x=${x0} y=${y} width="6" height=${height}></rect>
        <g class="open-tail">
          <path class="dash" d="M${x0 + 8},${mid}H${x1 - 2}"></path>
          <path d="M${x1 - 7},${mid - 5}L${x1 - 1},${mid}L${x1 - 7},${mid + 5}"></path>
        </g>`
    : svg`<rect class="bar ${amount.kind === 'awarded' ? 'mark' : ''}" x=${x0} y=${y} width=${x1 - x0} height=${height}></rect>`;
  const hitWidth = Math.max(x1 - x0, HIT);
  return svg`<g part="amount" class="amount ${amount.kind}" data-point=${point}>
    <rect class="hit" x=${(x0 + x1 - hitWidth) / 2} y=${mid - HIT / 2} width=${hitWidth} height=${HIT}></rect>
    <text class="head" x=${head.x} y=${head.y}>${head.text}</text>
    <text class="muted detail" x=${detail.x} y=${detail.y}>${detail.text}</text>
    ${bar}
  </g>`;
}

function renderFocus(model: TimelineLayout, index: number) {
  const event = model.events[index];
  if (event) return svg`<circle class="focus-mark" cx=${event.x} cy=${event.y} r="9"></circle>`;
  const amount = model.amounts[index - model.events.length];
  if (!amount) return nothing;
  return svg`<rect class="focus-mark" x=${amount.x0 - 4} y=${amount.y - 4} width=${amount.x1 - amount.x0 + 8}
    height=${amount.height + 8} rx="3"></rect>`;
}

/** The period an entry covers, from dates already checked by `parse`. */
function periodOf(entry: TimelineEntry): { start: TimePoint; end?: TimePoint } {
  const start = parseDate(entry.date)!;
  const end = entry.end === undefined ? undefined : parseDate(entry.end)!;
  return end ? { start, end } : { start };
}

function readKindOf(row: Row, index: number): TimelineKind {
  const rowNumber = index + 1;
  if (!present(row, 'kind')) {
    if (present(row, 'value')) throw invalid('timelineEventValue', { row: rowNumber, value: show(row.value) });
    return 'event';
  }
  const kind = String(row.kind).trim().toLowerCase();
  if (kind === 'money') {
    const subkind = String(row.subkind ?? '').trim().toLowerCase();
    if ((MONEY_KINDS as readonly string[]).includes(subkind)) return subkind as TimelineKind;
    throw invalid('unknownKind', { row: rowNumber, allowed: MONEY_KINDS.join(', '), value: show(row.subkind ?? '') });
  }
  if ((KINDS as readonly string[]).includes(kind)) return kind as TimelineKind;
  throw invalid('unknownKind', { row: rowNumber, allowed: KINDS.join(', '), value: show(row.kind) });
}

function readEntry(row: Row, index: number, shared: Source | undefined, sharedCurrency: unknown): TimelineEntry {
  const rowNumber = index + 1;
  const kind = readKindOf(row, index);
  const dateText = localize(readText(row, 'date', index), 'en');
  const span = parseSpan(dateText);
  if (!span) throw invalid('timelineInvalidDate', { row: rowNumber, field: 'date', value: show(row.date) });
  let { end } = span;
  let endText = span.end ? dateText.split('/')[1].trim() : undefined;
  if (present(row, 'end')) {
    if (span.end) throw invalid('timelineEndTwice', { row: rowNumber });
    endText = localize(readText(row, 'end', index), 'en');
    end = parseDate(endText);
    if (!end) throw invalid('timelineInvalidDate', { row: rowNumber, field: 'end', value: show(row.end) });
  }
  const startText = dateText.split('/')[0].trim();
  if (end && end.end <= span.start.start) {
    throw invalid('timelineEndBeforeStart', { row: rowNumber, start: startText, end: endText! });
  }
  const base = { label: readText(row, 'label', index), kind, date: startText, source: readSource(row, index, shared) };
  if (kind === 'event') {
    if (present(row, 'value')) throw invalid('timelineEventValue', { row: rowNumber, value: show(row.value) });
    if (endText !== undefined) throw invalid('timelineEventSpan', { row: rowNumber, value: show(row.end ?? row.date) });
    return base;
  }
  const value = readNumber(row, 'value', index);
  if (value < 0) throw invalid('negativeNumber', { row: rowNumber, field: 'value', value });
  const currency = present(row, 'currency') ? row.currency : sharedCurrency;
  if (currency === undefined) throw invalid('missingField', { row: rowNumber, field: 'currency' });
  if (typeof currency !== 'string' || !/^[a-z]{3}$/i.test(currency.trim())) {
    throw invalid('timelineBadCurrency', { row: rowNumber, value: show(currency) });
  }
  return {
    ...base,
    ...(endText === undefined ? {} : { end: endText }),
    value,
    currency: currency.trim().toUpperCase(),
  };
}
