import type { Lang } from '../data/types.js';
import { ChartElement, type ChartTable, type FocusPoint } from '../internal/chart-element.js';
import type { Drawing } from '../internal/drawn-once.js';
import type { Reading } from '../internal/data-controller.js';
import { inAllLangs, localize, t } from '../internal/i18n.js';
import { measureText } from '../internal/measure-text.js';
import { own } from '../internal/own.js';
import { LABEL_SIZE } from './fit.js';
import { formatDate } from './format.js';
import { LINE_STEP, layoutTimeline, type TimelineLayout } from './layout.js';
import { renderTimeline } from './marks.js';
import { inDateOrder, wordsOf } from './timed.js';
import type { TimelineData } from './read.js';
import { reportEntries } from './report-data.js';
import { timelineStyles } from './styles.js';

export type { TimelineData, TimelineEntry } from './read.js';

/**
 * @tagname funding-timeline
 * @summary A timeline of money and events, by default sex work, HIV money and the law in Kazakhstan
 * from 2001: decriminalisation, Global Fund money for HIV, the 2006 raid, the report, the 2024 law, and
 * the end of Global Fund support for prevention among sex workers, which the sources date differently: 2012 in
 * the article about the Amelia report, 2014 for eligibility in the CCM's words; both are shown, each
 * with its source. Events are points; amounts are bars over their period, one row each, and kinds of
 * amount (a grant's total, approved, disbursed, requested, allocated) are drawn differently and never
 * added up. Amounts and dates are written as precisely as their source gives them ("4.5 million US
 * dollars", "Q1 2021", "mid-2005"), and no label, amount, date or source is ever cut short.
 *
 * Layouts: from 560 px wide, time runs across; each event's label stands whole beside its own
 * marker, wrapped when it must, and a note says that a bar's length is time, not money. Below 560 px
 * (phones), the timeline reads down the page in date order along a vertical time axis: each entry
 * with its date or period, label, kind in words and in the look of its mark, amount and source. Past
 * 60 entries, each entry is a thin row in a panel at most 480 px high, drawn in a few paths whatever
 * their number; every entry stays on the keyboard and in the CSV download.
 *
 * Data, as JSON (`data` property or attribute, or `src`):
 * `{ "title"?: string, "summary"?: string, "source"?: Source, "currency"?: string, "entries": [{ "label", "kind"?, "date", "end"?, "datePart"?, "endPart"?, "value"?, "currency"?, "notation"?, "source"?, "source_url"?, "quote"? }] }`
 * or just the list of entries. `kind` is `event` (the default, with no `value`) or the kind of an
 * amount: `awarded`, `approved`, `disbursed`, `request` or `allocation` (or `money` with `subkind`
 * set to one of them). `date` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; an amount's period is a span
 * `YYYY/YYYY` in `date`, or `date` and `end`; without an end, the chart says the end is not stated.
 * `datePart` and `endPart` (`Q1`-`Q4` or `mid`) name the part of a year a source gives, with a date
 * written as a year: `end: "2005", endPart: "mid"` is mid-2005, drawn to the 1st of July.
 * `notation: "compact"` writes an amount as a source that says "$4.5 million" does.
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
 * @csspart event - Each event: its marker, leader line and label (down the page: its list item; compact: the path of all events).
 * @csspart amount - Each amount: its bar and its text (down the page: its list item; compact: the path of its kind).
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
 * @cssproperty [--amelia-offscreen-drawing=auto] - A chart first drawn more than half a screen away from the screen (below the charts above it as they are drawn) is laid out and painted only once the reader scrolls near it, a screen high until then (its title and text too), and drawn then for a width the page gave it meanwhile; `visible` lays it out at once, for a page that measures charts off screen.
 *
 * @attr lang - Language of the chart: `en`, `ru` or `kk` (`ru-RU` means `ru`); else the page's.
 * @attr data - The data as JSON text.
 */
export class FundingTimeline extends ChartElement<TimelineData, TimelineLayout> {
  static override styles = [...ChartElement.styles, timelineStyles];

  protected override defaultData(): TimelineData {
    return { title: inAllLangs('timelineTitle'), summary: inAllLangs('timelineReportSummary'), entries: reportEntries() };
  }

  protected override async reading(): Promise<Reading<TimelineData>> {
    return (await import('./read.js')).reading;
  }

  // Text is measured in the frame's font and with the reader's text spacing (WCAG 1.4.12), and a
  // reader's line height (1.5) spreads the labels' lines too; the default (1.4), or "normal", which
  // is no number, keeps the layout's own step.
  protected override layout(data: TimelineData, width: number, lang: Lang): TimelineLayout {
    const face = this.typeface;
    if (!face) return layoutTimeline(data, width, lang);
    const { fontFamily, letterSpacing, wordSpacing, lineHeight, fontSize } = face;
    const measure = measureText(`${LABEL_SIZE}px ${fontFamily}`, letterSpacing, wordSpacing);
    const step = Math.max(LINE_STEP, Math.floor((LABEL_SIZE * parseFloat(lineHeight)) / parseFloat(fontSize)) || 0);
    return layoutTimeline(data, width, lang, measure, step);
  }

  protected override chartTitle(data: TimelineData | undefined, lang: Lang): string {
    const title = data && own(data, 'title');
    return title ? localize(title, lang) : t(lang, 'timelineDefaultTitle');
  }

  protected override summary(data: TimelineData, lang: Lang): string {
    const summary = own(data, 'summary');
    if (summary) return localize(summary, lang);
    const periods = inDateOrder(data);
    const first = periods[0].start;
    const last = periods.map(({ start, end }) => end ?? start).reduce((a, b) => (b.end > a.end ? b : a));
    return t(lang, 'timelineSummary', {
      count: data.entries.length,
      from: formatDate(first, lang),
      to: formatDate(last, lang),
    });
  }

  protected override table(data: TimelineData, lang: Lang): ChartTable {
    return {
      columns: [t(lang, 'tableFigure'), t(lang, 'timelineTableKind'), t(lang, 'timelineTableAmount'), t(lang, 'tableDate')],
      numeric: [false, false, true, false],
      // In the chart's words (an event has no end: its period is its date).
      rows: inDateOrder(data).map((timed) => ({
        cells: () => {
          const { label, kind, amount = '—', period } = wordsOf(timed, lang);
          return [label, kind, amount, period];
        },
        source: timed.entry.source,
      })),
    };
  }

  protected override renderChart(model: TimelineLayout, lang: Lang): Drawing {
    return renderTimeline(model, this.activePoint, lang, this);
  }

  protected override focusPoints(model: TimelineLayout): FocusPoint[] {
    return model.points;
  }
}
