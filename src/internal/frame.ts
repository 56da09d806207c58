import { html, nothing, type TemplateResult } from 'lit';
import type { Lang, Source } from '../data/types.js';
import { t, type MessageKey } from './i18n.js';
import { own } from './validate.js';

/*
 * The parts of the frame every chart shares, as pure template functions: what they draw depends only
 * on their arguments, so the base can skip them (Lit `guard`) when a redraw is for width or focus.
 */

/** The accessible table every chart offers: its columns and one row per figure, with its source. */
export interface ChartTable {
  columns: string[];
  /** Cells that hold numbers are aligned as numbers. */
  numeric?: boolean[];
  rows: { cells: string[]; source: Source }[];
}

/** Past this many rows the data table is built when the reader opens it, not before. */
const EAGER_TABLE_ROWS = 200;

/** An action under the chart: a download or the citation. */
export type ChartAction = 'csv' | 'svg' | 'png' | 'cite';


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
    ? html`<a href=${url} lang=${lang} rel="noopener noreferrer">${source.title}</a>`
    : html`<span lang=${lang}>${source.title}</span>`;
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
      <summary>${t(lang, 'quoteOriginal')}</summary>
      ${original}
    </details>`;
}

export function renderSources(sources: Source[], lang: Lang): TemplateResult {
  return html`<div part="sources" class="sources">
    <span>${t(lang, sources.length > 1 ? 'sources' : 'source')}:</span>
    <ol>
      ${sources.map((source) => html`<li>${renderSourceTitle(source)}</li>`)}
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
 * The downloads and the citation behind one disclosure, so that on a phone they take one line beside
 * the data table's, not four rows of buttons taller than the chart (as newsroom charts do).
 */
export function renderActions(lang: Lang, act: (action: ChartAction) => void): TemplateResult {
  return html`<details part="actions" class="actions">
    <summary>${t(lang, 'downloadOrCite')}</summary>
    <div class="action-list">
      ${ACTIONS.map(
        ([action, label]) => html`<button type="button" data-action=${action} @click=${() => act(action)}>${t(lang, label)}</button>`,
      )}
    </div>
  </details>`;
}

/** A citation the clipboard refused, offered for copying by hand. */
export function renderManualCitation(text: string, lang: Lang): TemplateResult {
  return html`<label class="citation">${t(lang, 'citationManual')}
    <textarea readonly rows="4" .value=${text}></textarea>
  </label>`;
}

/**
 * The data table in a disclosure. `rows` may be fewer than the table's: a long table is built only
 * once the reader opens it.
 */
export function renderTable(
  table: ChartTable,
  rows: ChartTable['rows'],
  lang: Lang,
  onToggle: (open: boolean) => void,
): TemplateResult {
  return html`<details part="table" @toggle=${(event: Event) => onToggle((event.target as HTMLDetailsElement).open)}>
    <summary>${t(lang, 'showTable')}</summary>
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            ${table.columns.map((column) => html`<th scope="col">${column}</th>`)}
            <th scope="col">${t(lang, 'tableSource')}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            ({ cells, source }) =>
              html`<tr>
                ${cells.map((cell, i) =>
                  i === 0
                    ? html`<th scope="row">${cell}</th>`
                    : html`<td class=${table.numeric?.[i] ? 'number' : ''}>${cell}</td>`,
                )}
                <td>${renderSourceTitle(source)} ${renderQuote(source, lang)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </details>`;
}

/** What follows the plot: it depends on neither width nor keyboard focus. */
export interface Footer {
  lang: Lang;
  table: ChartTable;
  /** Whether the reader has opened the table. */
  open: boolean;
  sources: Source[];
  toggle: (open: boolean) => void;
  /** Runs an export; absent when the page hides the actions. */
  act?: (action: ChartAction) => void;
  /** Why the last export could not be made. */
  failure?: MessageKey;
  /** A citation the clipboard refused. */
  manualCitation?: string;
}

/** The sources, then the data table's and the actions' disclosures on one line, then any message. */
export function renderFooter({ lang, table, open, sources, toggle, act, failure, manualCitation }: Footer): TemplateResult {
  const rows = table.rows.length <= EAGER_TABLE_ROWS || open ? table.rows : [];
  return html`${renderSources(sources, lang)}
    <div class="controls">${renderTable(table, rows, lang, toggle)} ${act ? renderActions(lang, act) : nothing}</div>
    ${failure ? html`<p part="export-error" class="export-error" role="alert">${t(lang, failure)}</p>` : nothing}
    ${manualCitation ? renderManualCitation(manualCitation, lang) : nothing}`;
}
