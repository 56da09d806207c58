import type { ReactiveControllerHost } from 'lit';
import type { Lang, Source } from '../data/types.js';
import { citation, download, pngBlockedByPolicy, PngError, svgToPng, tableToCsv, type PngFailure } from './export.js';
import type { ChartAction, ChartTable } from './frame.js';
import { t } from './i18n.js';

/** What the chart offers to export now: its title, table and sources, in its language. */
export interface ExportHost extends ReactiveControllerHost, HTMLElement {
  readonly language: Lang;
  toSvg(): string;
}

export interface Exported {
  title: string;
  table: ChartTable;
  sources: Source[];
}

/**
 * The actions under a chart, all done in the browser: the data as CSV, the chart as SVG or PNG, and
 * a citation copied to the clipboard (or shown for copying by hand when the page denies it). It has
 * no part in the host's lifecycle: it acts when the reader asks, and asks the host to show the result.
 */
export class ExportController {
  /** What the live region says besides a point: "Citation copied." */
  announcement = '';
  /** A citation the clipboard refused, shown for copying by hand. */
  manualCitation = '';
  /** Why the last export could not be made, shown until the next one. */
  failure?: PngFailure;

  constructor(private readonly host: ExportHost) {}

  /** Makes the export asked for; one that cannot be made says why, in the chart's language. */
  async run(action: ChartAction, exported: Exported): Promise<void> {
    if (this.failure) {
      this.failure = undefined;
      this.host.requestUpdate();
    }
    try {
      await this._make(action, exported);
    } catch (error) {
      this.failure = error instanceof PngError ? error.reason : 'pngFailed';
      this.host.requestUpdate();
    }
  }

  private async _make(action: ChartAction, { title, table, sources }: Exported): Promise<void> {
    const lang = this.host.language;
    const name = `${this.host.localName}-${lang}`;
    switch (action) {
      case 'csv':
        return download(`${name}.csv`, tableToCsv(table, lang), 'text/csv;charset=utf-8');
      case 'svg':
        return download(`${name}.svg`, this.host.toSvg(), 'image/svg+xml');
      case 'png':
        // Asked before the image is made: a refused image would log a violation on the page.
        if (pngBlockedByPolicy()) throw new PngError('pngBlocked');
        return download(`${name}.png`, await svgToPng(this.host.toSvg()), 'image/png');
      case 'cite':
        return this._cite(citation(title, sources, lang, new Date()), lang);
    }
  }

  private async _cite(text: string, lang: Lang): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.manualCitation = '';
      this.announcement = t(lang, 'citationCopied');
    } catch {
      // Pages may deny the clipboard (an iframe without permission): offer the text to copy by hand.
      this.manualCitation = text;
    }
    this.host.requestUpdate();
  }
}
