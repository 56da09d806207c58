import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../data/types.js';
import { formatList, t } from '../../internal/i18n.js';

/*
 * The fears the report view lists apart from its grid: a fear a source records (sex workers fear
 * being identified by the police or health officials) is no one's abuse, and whom they fear are not
 * perpetrators.
 */

/** A fear the source records, as listed under the grid. */
export interface FearItem {
  text: string;
  /** Letter of its quote in the list under the chart. */
  key?: string;
  point: number;
}

/** "Fear of … (feared: Police or Health officials)". */
export const fearText = (form: string, feared: string[], lang: Lang) =>
  t(lang, 'violenceFeared', { form, who: formatList(feared, lang, 'disjunction') });

/**
 * The fears, under their heading: a square, not a dot, so that no fear reads as a cell of the grid.
 * Letters only where the quotes are listed (`keyed`). A mark is 28 px, the size of a grid's dot
 * (report.ts), its square inset 4 px; the sizes are written out, not bound: each binding is a part
 * that every fear of a compact grid keeps. The mark is the point (`data-point`), as a grid's dot is:
 * the fear in focus is ringed by a class on it, set here in the compact grid, and by the report
 * view's drawnOnce (`activePoint` -1) in the grid and list.
 */
export function renderFears(fears: FearItem[], activePoint: number, lang: Lang, keyed: boolean): TemplateResult | typeof nothing {
  if (!fears.length) return nothing;
  // The letter and its words are set as `.textContent`, empty where unkeyed, and no whitespace
  // separates the items' elements (a flex row shows none): no marker comment or text node per item
  // that draws nothing.
  return html`<p class="fear-heading" .textContent=${t(lang, 'violenceFearHeading')}></p>
    <ul class="fears"
      >${fears.map((fear) => {
        const key = keyed ? fear.key : undefined;
        return html`<li part="fear"
          ><svg class=${fear.point === activePoint ? 'fear-mark focus-mark' : 'fear-mark'} data-point=${fear.point} width="28" height="28" aria-hidden="true"
            ><rect class="fear-box" x="4" y="4" width="20" height="20"></rect
            ><text class="fear-key" x="14" y="18.5" text-anchor="middle" .textContent=${key ?? ''}></text></svg
          ><span class="fear-text" .textContent=${fear.text}></span
          ><span class="visually-hidden" .textContent=${key ? t(lang, 'violenceNamed', { key }) : ''}></span
        ></li>`;
      })}</ul
    >`;
}
