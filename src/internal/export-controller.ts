import type { ReactiveControllerHost } from 'lit';
import type { Lang, Source } from '../data/types.js';
import type { PngFailure } from './export.js';
import type { ChartAction, ChartTable } from './frame.js';
import { t } from './i18n.js';
import { ON_DEMAND } from './on-demand.js';

/** What the chart offers to export now: its title, table and sources, in its language. */
export interface ExportHost extends ReactiveControllerHost, HTMLElement {
  readonly language: Lang;
  toSvg(): Promise<string>;
}

export interface Exported {
  title: string;
  table: ChartTable;
  sources: Source[];
}

/** Why an export could not be made: a PNG's reason, or the exports' own code that did not load. */
export type ExportFailure = PngFailure | 'scriptUnavailable';

/**
 * The actions under a chart, all done in the browser: the data as CSV, the chart as SVG or PNG, and
 * a citation copied to the clipboard (or shown for copying by hand when the page denies it). It has
 * no part in the host's lifecycle: it acts when the reader asks, and asks the host to show the result.
 *
 * Their code (export.ts, with a CSV writer) is loaded the first time a reader asks: few readers do,
 * and every page would download it otherwise. The script files load it from chunks/ beside them.
 */
export class ExportController {
  /** What the live region says besides a point: "Citation copied." */
  announcement = '';
  /** A citation the clipboard refused, shown for copying by hand. */
  manualCitation = '';
  /** Why the last export could not be made, shown until the next one. */
  failure?: ExportFailure;

  constructor(private readonly _host: ExportHost) {}

  /** Makes the export asked for; one that cannot be made says why, in the chart's language. */
  async run(action: ChartAction, exported: Exported): Promise<void> {
    if (this.failure) {
      this.failure = undefined;
      this._host.requestUpdate();
    }
    let made;
    try {
      made = await (await import('./export.js')).makeExport(action, this._host, exported);
    } catch (error) {
      // Only the import throws: its file could not be fetched (the script was uploaded alone). The
      // one-file builds carry the code.
      if (ON_DEMAND) made = { failure: 'scriptUnavailable' } as const;
      else throw error;
    }
    if (made.citation) await this._cite(made.citation, this._host.language);
    if (made.failure) {
      this.failure = made.failure;
      this._host.requestUpdate();
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
    this._host.requestUpdate();
  }
}
