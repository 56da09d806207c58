import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../data/types.js';
import type { SpokenPoint } from '../../internal/chart-element.js';
import { pointLater } from '../../internal/point-controller.js';
import { drawnOnce, type Drawing, type DrawsOnce } from '../../internal/drawn-once.js';
import { localize, t, writtenOnce } from '../../internal/i18n.js';
import { own } from '../../internal/own.js';
import {
  COMPACT_ROWS,
  isFear,
  isNamed,
  namedInputs,
  someOf,
  unique,
  withSource,
  type NamedInput,
  type ViewModule,
  type ViolenceData,
} from '../shared.js';
import { fearText, renderFears, type FearItem } from './fears.js';

/*
 * The report view: the forms of abuse a source names (rows) by the perpetrators it ties them to
 * (columns), with no numbers, because the report gives none. A fear the source records is listed
 * apart: whom sex workers fear are not perpetrators, and the fear is not an abuse.
 * Text that is a whole element's content is set as `.textContent`, not bound as a child: the same
 * text node, without Lit's marker comment and child part for each (issue 17).
 */

export interface MatrixColumn {
  label: string;
  /** The column of forms whose perpetrator the source does not name. */
  unspecified: boolean;
}

export interface MatrixCell {
  column: number;
  /** Letter of the cell's quote in the list under the chart. */
  key?: string;
  /** Index of the cell among the focus points. */
  point: number;
}

export interface MatrixRow {
  form: string;
  /** Only the cells the source names, by column. */
  cells: MatrixCell[];
}

/** Many forms or perpetrators: one mark per cell, a path for each kind of mark, no label per row. */
export interface CompactGrid {
  height: number;
  rowHeight: number;
  columnWidth: number;
  /** The marks of forms tied to a perpetrator, and of forms tied to none. */
  named: string;
  unspecified: string;
  /** Where each point's mark is, for the focus ring. */
  spots: { row: number; column: number }[];
  /** Whether the columns are few enough to be named over the marks. */
  headings: boolean;
}

export interface ReportLayout {
  view: 'report';
  /** A grid of forms by perpetrator where it fits; below that, a list; past many rows, compact. */
  mode: 'grid' | 'list' | 'compact';
  width: number;
  columns: MatrixColumn[];
  rows: MatrixRow[];
  /** In the source's words; for a reader of another language, also the kit's translation. */
  quotes: { key: string; text: string; lang?: string; translation?: string }[];
  /** In every mode, after the grid's points. */
  fears: FearItem[];
  points: SpokenPoint[];
  /** Set in the compact mode. */
  compact?: CompactGrid;
}

/**
 * Below these widths a grid column cannot hold its heading at 14 px without breaking a word, so the
 * report view becomes a list. A heading's longest word sets its column's width (about 8.5 px a
 * letter in bold, Cyrillic included, plus the cell's padding).
 */
const COLUMN_MIN = 92;
const FORM_COLUMN_MIN = 200;
const LETTER = 8.5;
const columnWidth = (label: string) =>
  Math.max(COLUMN_MIN, label.split(/\s+/).reduce((longest, word) => Math.max(longest, word.length), 0) * LETTER + 16);
/** Past this many perpetrators the grid is compact too, and its columns are not named over the marks. */
export const COMPACT_COLUMNS = 12;

/**
 * The compact grid's layout and drawing (grid.ts, which also gives this view its `pointAt`). Only a
 * page's own data has more than COMPACT_ROWS forms or COMPACT_COLUMNS perpetrators, never the
 * report's, so they come with the code that reads such data (read.ts imports grid.ts, which fills
 * this in): a page of the report's charts never downloads them.
 */
export const compactGrid = {} as {
  layout(model: Omit<ReportLayout, 'mode'>): CompactGrid;
  render(model: ReportLayout, compact: CompactGrid, activePoint: number, lang: Lang): TemplateResult;
};

/** The letter of the `i`-th quote: A…Z, then AA, AB… */
export function quoteKey(i: number): string {
  const letter = String.fromCharCode(65 + (i % 26));
  return i < 26 ? letter : quoteKey(Math.floor(i / 26) - 1) + letter;
}

/** The report's forms, perpetrators, fears and quotes, which no width changes. */
export type ReportModel = Omit<ReportLayout, 'mode' | 'width' | 'compact'>;

/**
 * Forms (rows, in the order first named) by perpetrator (columns, in the order first named,
 * "perpetrator not specified" last). Fears are in no row or column: they follow, in every mode.
 * Quotes get letters in the order first cited, the grid's before the fears'.
 */
export function reportModel(all: NamedInput[], lang: Lang): ReportModel {
  const records = all.filter((r) => r.feared === undefined);
  const fearRecords = all.filter((r) => r.feared !== undefined);
  const named = unique(records.flatMap((r) => (r.perpetrator === undefined ? [] : [r.perpetrator])));
  const columnOf = new Map(named.map((label, i) => [label, i]));
  const columns: MatrixColumn[] = named.map((label) => ({ label, unspecified: false }));
  if (records.some((r) => r.perpetrator === undefined)) {
    columns.push({ label: t(lang, 'violenceUnspecifiedHeading'), unspecified: true });
  }
  const cited = [...records, ...fearRecords];
  // Each quote once, lettered in the order it is first cited.
  const citing = new Map<string, NamedInput>();
  for (const record of cited) if (record.quote && !citing.has(record.quote)) citing.set(record.quote, record);
  const quotes = [...citing.values()].map(({ quote, quoteLang, translation }, i) => ({
    key: quoteKey(i),
    text: quote!,
    ...(quoteLang ? { lang: quoteLang } : {}),
    ...(translation ? { translation } : {}),
  }));
  const keyOf = new Map(quotes.map(({ key, text }) => [text, key]));
  // Each form's first record in each column, in one pass.
  const forms = new Map<string, Map<number, NamedInput>>();
  for (const record of records) {
    const column = record.perpetrator === undefined ? columns.length - 1 : columnOf.get(record.perpetrator)!;
    const cells = forms.get(record.form) ?? new Map<number, NamedInput>();
    if (!cells.has(column)) cells.set(column, record);
    forms.set(record.form, cells);
  }
  const points: SpokenPoint[] = [];
  const rows = [...forms].map(([form, byColumn]): MatrixRow => {
    const cells = [...byColumn]
      .sort(([a], [b]) => a - b)
      .map(([column, record]): MatrixCell => {
        const text = () =>
          record.perpetrator === undefined
            ? t(lang, 'violenceUnspecifiedPoint', { form })
            : t(lang, 'violenceNamedPoint', { perpetrator: record.perpetrator, form });
        points.push(pointLater(() => withSource(quoted(text(), record, lang), record)));
        return { column, ...(record.quote ? { key: keyOf.get(record.quote) } : {}), point: points.length - 1 };
      });
    return { form, cells };
  });
  const fears = fearRecords.map((record): FearItem => {
    const text = fearText(record.form, record.feared!, lang);
    // Heard on its own, a point says first that it is a fear, not an abuse.
    const spoken = () => t(lang, 'violenceFearPoint', { heading: t(lang, 'violenceFearHeading'), fear: text });
    points.push(pointLater(() => withSource(quoted(spoken(), record, lang), record)));
    return { text, ...(record.quote ? { key: keyOf.get(record.quote) } : {}), point: points.length - 1 };
  });
  return { view: 'report', columns, rows, quotes, fears, points };
}

/**
 * The report's model of `data` in `lang`, made once (keyed by its rows: the measured view lays out the
 * same data) for its summary and every width: the grid or list is drawn once for each (renderReport).
 */
const modelOf = (data: ViolenceData, lang: Lang): ReportModel =>
  writtenOnce(data.rows, lang, () => reportModel(namedInputs(data, lang), lang));

/** The model at `width`: a grid where every column fits, else a list; compact past COMPACT_ROWS forms or COMPACT_COLUMNS perpetrators. */
export function placeReport(report: ReportModel, width: number): ReportLayout {
  const model = { ...report, width };
  const { columns, rows } = model;
  if (rows.length > COMPACT_ROWS || columns.length > COMPACT_COLUMNS) {
    return { ...model, mode: 'compact', compact: compactGrid.layout(model) };
  }
  const needed = FORM_COLUMN_MIN + columns.reduce((sum, column) => sum + columnWidth(column.label), 0);
  return { ...model, mode: width >= needed ? 'grid' : 'list' };
}

/** What the keyboard says of a cell or a fear: its text, then its quote, or the kit's translation of it, said to be one. */
function quoted(text: string, { quote, translation }: NamedInput, lang: Lang): string {
  if (!quote) return text;
  if (!translation) return t(lang, 'violenceQuoted', { text, quote });
  return `${t(lang, 'violenceQuoted', { text, quote: translation })}. ${t(lang, 'quoteTranslated')}`;
}

/**
 * Which forms are tied to which perpetrators (in the grid's order of columns), which are not tied to
 * anyone, and which fears are recorded (not as abuse); past ten of any, how many more.
 */
export function summarizeReport({ columns, rows, fears }: ReportModel, lang: Lang): string {
  const named = (row: MatrixRow) => row.cells.filter((cell) => !columns[cell.column].unspecified);
  const tied = rows.filter((row) => named(row).length);
  const tiedText = (row: MatrixRow) =>
    t(lang, 'violenceTied', { form: row.form, perpetrators: someOf(named(row).map((cell) => columns[cell.column].label), lang) });
  const untied = rows.filter((row) => row.cells.some((cell) => columns[cell.column].unspecified)).map((row) => row.form);
  return [
    // Each tied form holds a list of its own: a list of them is told apart by the separator.
    tied.length ? t(lang, 'violenceSummaryNamed', { list: someOf(tied, lang, t(lang, 'listSeparator'), tiedText) }) : '',
    untied.length ? t(lang, 'violenceSummaryUnspecified', { list: someOf(untied, lang) }) : '',
    fears.length ? t(lang, 'violenceSummaryFear', { list: someOf(fears, lang, t(lang, 'listSeparator'), (fear) => fear.text) }) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * The grid or list, the fears and the quotes: laid out once per data and language, they change only
 * with the mode a width picks, and are drawn once for it (drawnOnce, which rings the point in focus).
 */
export function renderReport(model: ReportLayout, activePoint: number, lang: Lang, chart: DrawsOnce): Drawing {
  if (model.compact) return compactGrid.render(model, model.compact, activePoint, lang);
  return drawnOnce(chart, [model.rows, model.mode], () => drawReport(model, lang), activePoint);
}

function drawReport({ columns, rows, mode, fears, quotes }: ReportLayout, lang: Lang): TemplateResult {
  // No whitespace between the rows' elements: in a table or a list of blocks none of it is seen, and
  // each run of it would be one more text node per row.
  const grid = html`<table class="matrix"
    ><thead
      ><tr><td></td>${columns.map((column) => html`<th scope="col" .textContent=${column.label}></th>`)}</tr></thead
    ><tbody
      >${rows.map(
        (row) =>
          html`<tr
            ><th scope="row" .textContent=${row.form}></th
            >${columns.map((column, i) => {
              const cell = row.cells.find((each) => each.column === i);
              return cell
                ? renderGridCell(cell, column.unspecified, lang)
                : html`<td><span class="empty" aria-hidden="true">·</span
                    ><span class="visually-hidden" .textContent=${t(lang, 'violenceNotNamed')}></span></td>`;
            })}</tr
          >`,
      )}</tbody
  ></table>`;
  const list = html`<ul class="forms"
    >${rows.map(
      (row) =>
        html`<li
          ><span class="form-label" .textContent=${row.form}></span
          ><ul class="who"
            >${row.cells.map((cell) => renderListCell(cell, columns[cell.column], lang))}</ul
        ></li>`,
    )}</ul
  >`;
  // One element, whose blocks need no whitespace between them.
  return html`<div class="report"
    >${rows.length ? (mode === 'grid' ? grid : list) : nothing}${renderFears(fears, -1, lang, true)}${quotes.length
      ? renderQuotes(quotes, lang)
      : nothing}</div
  >`;
}

/**
 * The lettered quotes. A reader of another language reads the kit's translation, said to be one (as
 * in the data table), and under it the source's own words. Not behind a disclosure: the plot is one
 * tab stop, and what it shows is read inside it.
 */
function renderQuotes(quotes: ReportLayout['quotes'], lang: Lang): TemplateResult {
  return html`${quotes.some((quote) => quote.translation) ? html`<p class="translated">${t(lang, 'quoteTranslated')}:</p>` : nothing}
    <dl part="quotes" aria-label=${t(lang, 'violenceQuotes')}
      >${quotes.map(({ key, text, lang: quoteLang = nothing, translation }) => {
        // The quote marks stay text nodes of their own: one node of marks and quote shapes its glyphs otherwise.
        const original = html`<span lang=${quoteLang}>“${text}”</span>`;
        // No whitespace between the terms and descriptions: the list is a grid, which shows none.
        return html`<div
          ><dt .textContent=${key}></dt
          >${translation
            ? html`<dd>“${translation}”</dd><dd class="original">${t(lang, 'quoteOriginal')}: ${original}</dd>`
            : html`<dd>${original}</dd>`}</div
        >`;
      })}</dl
    >`;
}

/*
 * A cell's mark is one template, shared by the grid's `<td>` and the list's `<li>` (drawnOnce drops
 * the marker comment each nesting leaves). A mark that cites a quote has its own template, with the
 * quote's letter and the letter said in words; a mark that cites none has neither, not two empty
 * elements. No whitespace between the elements: each space would be one more text node per cell,
 * and none is seen beside a block-level `<svg>` or in a flex row. The sizes are written out, not
 * bound (a 28 px mark, its dot inset 3 px, as big as a fear's square in fears.ts): a binding is work
 * for every cell as it is drawn, though no part is kept (drawnOnce). The cell in focus is ringed by a
 * class on the mark (styles.ts), not by a shape of its own, which would be drawn in every cell.
 */

const markClass = (unspecified: boolean) => `cell-mark ${unspecified ? 'unspecified' : 'named'}`;

function renderGridCell(cell: MatrixCell, unspecified: boolean, lang: Lang): TemplateResult {
  return html`<td>${renderMark(cell, unspecified, lang)}</td>`;
}

/** A perpetrator of a form in the list: the cell's mark, then whom it names. */
function renderListCell(cell: MatrixCell, column: MatrixColumn, lang: Lang): TemplateResult {
  const who = column.unspecified ? t(lang, 'violenceUnspecified') : column.label;
  return html`<li>${renderMark(cell, column.unspecified, lang)}<span .textContent=${who}></span></li>`;
}

/** A cell's mark: its dot, with the letter of the quote it cites and that letter in words. */
function renderMark({ key, point }: MatrixCell, unspecified: boolean, lang: Lang): TemplateResult {
  return key
    ? html`<span class=${markClass(unspecified)} data-point=${point}
        ><svg width="28" height="28" aria-hidden="true"
          ><circle part="mark" class="dot" cx="14" cy="14" r="11"></circle
          ><text class="dot-key" x="14" y="18.5" text-anchor="middle" .textContent=${key}></text></svg
        ><span class="visually-hidden" .textContent=${t(lang, 'violenceNamed', { key })}></span
      ></span>`
    : html`<span class=${markClass(unspecified)} data-point=${point}
        ><svg width="28" height="28" aria-hidden="true"><circle part="mark" class="dot" cx="14" cy="14" r="11"></circle></svg
      ></span>`;
}

export const reportView: ViewModule<ReportLayout> = {
  layout: (data, width, lang) => placeReport(modelOf(data, lang), width),
  render: renderReport,
  summary: (data, lang) => summarizeReport(modelOf(data, lang), lang),
  table: (data, lang) => ({
    columns: [t(lang, 'violenceForm'), t(lang, 'violencePerpetrator')],
    rows: data.rows.filter(isNamed).map((row) => ({
      cells: () => {
        const form = localize(row.form, lang);
        // A fear's second cell says what it is: whom sex workers fear are named in the first, never as perpetrators.
        if (isFear(row)) {
          const feared = (own(row, 'feared') ?? []).map((who) => localize(who, lang));
          return [fearText(form, feared, lang), t(lang, 'violenceFearHeading')];
        }
        const perpetrator = own(row, 'perpetrator');
        return [form, perpetrator ? localize(perpetrator, lang) : t(lang, 'violenceUnspecified')];
      },
      source: row.source,
    })),
  }),
};
