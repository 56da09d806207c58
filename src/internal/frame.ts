import { html, nothing, type TemplateResult } from 'lit';
import type { Lang, Source } from '../data/types.js';
import type { ExportFailure } from './export-controller.js';
import { formatNumber, t } from './i18n.js';
import { ON_DEMAND } from './on-demand.js';
import { own } from './own.js';

/*
 * The parts of the frame every chart shares, as pure template functions: what they draw depends only
 * on their arguments, so the base can skip them (Lit `guard`) when a redraw is for width or focus.
 * Text that is a whole element's content is set as `.textContent`, not bound as a child: the same
 * text node, without Lit's marker comment and child part for each (issue 17).
 */

/** The accessible table every chart offers: its columns and one row per figure, with its source. */
export interface ChartTable {
  columns: string[];
  /** Cells that hold numbers are aligned as numbers. */
  numeric?: boolean[];
  rows: TableRow[];
}

/**
 * A row of the table. Its cells are written when it is shown or exported, not when the chart is
 * drawn: a chart of 10,000 rows does not format 10,000 dates for a table the reader may never open.
 */
export interface TableRow {
  cells: () => string[];
  source: Source;
}

/** An action under the chart: a download or the citation. */
export type ChartAction = 'csv' | 'svg' | 'png' | 'cite';

/** The footer's two disclosures, each built the first time the reader opens it. */
export type Disclosure = 'table' | 'actions';

/** Each source once, in the order its figures come, with only the fields the source list shows. */
export function uniqueSources(sources: Source[]): Source[] {
  const seen = new Map<string, Source>();
  for (const source of sources) {
    const url = own(source, 'url');
    const key = `${source.title}\n${url ?? ''}`;
    const lang = own(source, 'lang');
    if (!seen.has(key)) seen.set(key, { title: source.title, ...(url ? { url } : {}), ...(lang ? { lang } : {}) });
  }
  return [...seen.values()];
}

/** A source's title in its own language, linked when it has an http(s) link. */
export function renderSourceTitle(source: Source): TemplateResult {
  const url = own(source, 'url');
  const lang = own(source, 'lang') ?? nothing;
  return url
    ? html`<a href=${url} lang=${lang} rel="noopener noreferrer" .textContent=${source.title}></a>`
    : html`<span lang=${lang} .textContent=${source.title}></span>`;
}

/** The language a source's quote is written in, when the source says. */
export const quoteLang = (source: Source): string | undefined => own(source, 'quoteLang') ?? own(source, 'lang');

/**
 * The kit's translation of a quote into the reader's language, when the quote is in another and the
 * kit has one; never the source's words, and said so.
 */
export function quoteTranslation(source: Source, lang: Lang): string | undefined {
  const translations = own(source, 'quoteTranslation');
  const translation = translations && own(translations, lang);
  const written = quoteLang(source);
  return translation && written && written.split('-')[0] !== lang ? translation : undefined;
}

/**
 * A source's quote: its own words, or, for a reader of another language, the kit's translation,
 * marked as one, with the original words one step away.
 */
function renderQuote(source: Source, lang: Lang): TemplateResult | typeof nothing {
  const quote = own(source, 'quote');
  if (!quote) return nothing;
  const original = html`<blockquote lang=${quoteLang(source) ?? nothing}>“${quote}”</blockquote>`;
  const translation = quoteTranslation(source, lang);
  if (!translation) return original;
  return html`<p class="translated">${t(lang, 'quoteTranslated')}:</p>
    <blockquote>“${translation}”</blockquote>
    <details class="original">
      <summary .textContent=${t(lang, 'quoteOriginal')}></summary>
      ${original}
    </details>`;
}

/**
 * Sources the frame lists. Past them it says how many more there are: a partner's file may give each
 * of 10,000 rows its own, 20,000 nodes and a 0.2-2 s task as the chart draws; the data table and the
 * CSV download give every row's source.
 */
export const SOURCE_ROWS = 20;

export function renderSources(sources: Source[], lang: Lang): TemplateResult {
  const items = sources.slice(0, SOURCE_ROWS).map((source) => html`<li>${renderSourceTitle(source)}</li>`);
  const more = sources.length - SOURCE_ROWS;
  // One list binding: a second, for the rare "and N more", would be a part and markers in every chart.
  if (more > 0) items.push(html`<li .textContent=${t(lang, 'andMore', { count: formatNumber(more, lang) })}></li>`);
  return html`<div part="sources" class="sources">
    <span>${t(lang, sources.length > 1 ? 'sources' : 'source')}:</span>
    <ol>
      ${items}
    </ol>
  </div>`;
}

const ACTIONS: readonly [ChartAction, 'downloadCsv' | 'downloadSvg' | 'downloadPng' | 'cite'][] = [
  ['csv', 'downloadCsv'],
  ['svg', 'downloadSvg'],
  ['png', 'downloadPng'],
  ['cite', 'cite'],
];

/**
 * A disclosure of the footer. Closed, it holds only its summary until the reader first opens it:
 * most readers never do, and the table's rows would be most of a chart's nodes. From then on it
 * holds its content, closed or open, so closing it loses no focus or scroll. The content is asked for
 * on the summary's click, which a mouse, Enter and Space all send before the disclosure opens, so it
 * never shows empty; `toggle` comes a task after opening, and covers a page's script setting `open`.
 */
function renderDisclosure(
  part: Disclosure,
  summary: string,
  opened: boolean,
  open: (disclosure: Disclosure) => void,
  content: () => TemplateResult,
): TemplateResult {
  return html`<details part=${part} class=${part} @toggle=${(event: Event) => (event.target as HTMLDetailsElement).open && open(part)}>
    <summary @click=${() => open(part)} .textContent=${summary}></summary>
    ${opened ? content() : nothing}
  </details>`;
}

/**
 * The downloads and the citation, so that on a phone they take one line beside the data table's
 * disclosure, not four rows of buttons taller than the chart (as newsroom charts do).
 */
function renderActions(lang: Lang, act: (action: ChartAction) => void): TemplateResult {
  return html`<div class="action-list">
    ${ACTIONS.map(([action, label]) => html`<button type="button" data-action=${action} @click=${() => act(action)} .textContent=${t(lang, label)}></button>`)}
  </div>`;
}

/** A citation the clipboard refused, offered for copying by hand. */
export function renderManualCitation(text: string, lang: Lang): TemplateResult {
  return html`<label class="citation">${t(lang, 'citationManual')}
    <textarea readonly rows="4" .value=${text}></textarea>
  </label>`;
}

/**
 * Rows the table shows. Past them it says how many more there are: 10,000 rows would hold the page
 * for seconds when the reader opens the table, and the CSV download has every one.
 */
export const TABLE_ROWS = 500;

/**
 * Characters the table's rows show at most, their cells and sources with their quotes: 500 rows of
 * long labels (5,000 characters each, as many as a text may have) held the page for half a second
 * when the reader opened the table. The first row is shown whatever its length.
 */
export const TABLE_CHARACTERS = 200_000;

/** The data table: its columns, then one row per figure with its source. */
export function renderTable(table: ChartTable, lang: Lang): TemplateResult {
  // The rows shown, with their cells: at most TABLE_ROWS, and TABLE_CHARACTERS of text (as JSON: the
  // cells and every text of the source) after the first. The cells of the rows past them are never written.
  let characters = 0;
  const rows: (readonly [string[], Source])[] = [];
  for (const { cells, source } of table.rows.slice(0, TABLE_ROWS)) {
    const row = [cells(), source] as const;
    if ((characters += JSON.stringify(row).length) > TABLE_CHARACTERS && rows.length) break;
    rows.push(row);
  }
  const more = table.rows.length - rows.length;
  return html`<div class="table-wrap">
    <table>
      <thead>
        <tr>
          ${table.columns.map((column) => html`<th scope="col" .textContent=${column}></th>`)}
          <th scope="col" .textContent=${t(lang, 'tableSource')}></th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          ([cells, source]) =>
            html`<tr>
              ${cells.map((cell, i) =>
                i === 0
                  ? html`<th scope="row" .textContent=${cell}></th>`
                  : html`<td class=${table.numeric?.[i] ? 'number' : ''} .textContent=${cell}></td>`,
              )}
              <td>${renderSourceTitle(source)} ${renderQuote(source, lang)}</td>
            </tr>`,
        )}
      </tbody>
      ${more > 0
        ? html`<tfoot>
            <tr>
              <td colspan=${table.columns.length + 1}>${t(lang, 'andMore', { count: formatNumber(more, lang) })}</td>
            </tr>
          </tfoot>`
        : nothing}
    </table>
  </div>`;
}

/** What follows the plot: it depends on neither width nor keyboard focus. */
export interface Footer {
  lang: Lang;
  table: ChartTable;
  /** The sources' list (`renderSources`), drawn once for the data and language (`drawn`). */
  sourceList: Element;
  /** The disclosures the reader has opened: only these hold their content. */
  opened: Readonly<Record<Disclosure, boolean>>;
  /** Called as the reader opens a disclosure; the footer is then drawn again with it built. */
  open: (disclosure: Disclosure) => void;
  /** Runs an export; absent when the page hides the actions. */
  act?: (action: ChartAction) => void;
  /** Why the last export could not be made. */
  failure?: ExportFailure;
  /** A citation the clipboard refused. */
  manualCitation?: string;
}

/** Why an export failed, and for a PNG, what the reader can have instead: the SVG image. */
const failureText = (failure: ExportFailure, lang: Lang): string =>
  ON_DEMAND && failure === 'scriptUnavailable' ? t(lang, failure) : `${t(lang, failure)} ${t(lang, 'pngUseSvg')}`;

/** The sources, then the data table's and the actions' disclosures on one line, then any message. */
export function renderFooter({ lang, table, sourceList, opened, open, act, failure, manualCitation }: Footer): TemplateResult {
  const tableDisclosure = renderDisclosure('table', t(lang, 'showTable'), opened.table, open, () => renderTable(table, lang));
  const actions = act ? renderDisclosure('actions', t(lang, 'downloadOrCite'), opened.actions, open, () => renderActions(lang, act)) : nothing;
  return html`${sourceList}
    <div class="controls">${tableDisclosure} ${actions}</div>
    ${failure ? html`<p part="export-error" class="export-error" role="alert">${failureText(failure, lang)}</p>` : nothing}
    ${manualCitation ? renderManualCitation(manualCitation, lang) : nothing}`;
}
