import { html, nothing, svg, type TemplateResult } from 'lit';
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

/** The size of a mark, in pixels: a dot of the grid, a fear's square. */
export const DOT = 28;

/**
 * The fears, under their heading: a square, not a dot, so that no fear reads as a cell of the grid.
 * Letters only where the quotes are listed (`keyed`).
 */
export function renderFears(fears: FearItem[], activePoint: number, lang: Lang, keyed: boolean): TemplateResult | typeof nothing {
  if (!fears.length) return nothing;
  return html`<p class="fear-heading">${t(lang, 'violenceFearHeading')}</p>
    <ul class="fears">
      ${fears.map((fear) => {
        const key = keyed ? fear.key : undefined;
        return html`<li part="fear" data-point=${fear.point}>
          <svg class="fear-mark" width=${DOT} height=${DOT} aria-hidden="true">
            <rect class="fear-box" x="4" y="4" width=${DOT - 8} height=${DOT - 8}></rect>
            ${key ? svg`<text class="fear-key" x=${DOT / 2} y=${DOT / 2 + 4.5} text-anchor="middle">${key}</text>` : nothing}
            ${fear.point === activePoint ? svg`<rect class="focus-mark" x="0.5" y="0.5" width=${DOT - 1} height=${DOT - 1}></rect>` : nothing}
          </svg>
          <span class="fear-text">${fear.text}</span>
          ${key ? html`<span class="visually-hidden">${t(lang, 'violenceNamed', { key })}</span>` : nothing}
        </li>`;
      })}
    </ul>`;
}
