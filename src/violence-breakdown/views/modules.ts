import { ChartDataError } from '../../internal/errors.js';
import type { MessageKey } from '../../internal/i18n.js';
import { ON_DEMAND } from '../../internal/on-demand.js';
import { loaded, type ViewModule } from '../shared.js';
import type { MeasuredLayout } from './measured.js';
import { reportView, type ReportLayout } from './report.js';

/*
 * The views of <violence-breakdown>: their titles and their code. The measured view's code fills in
 * `loaded.measured` (shared.ts) as it runs: the module files load it from chunks/ the first time a
 * chart draws the view, the one-file builds with the rest of their code. A module of its own,
 * imported by the element where the views were, so that the one-file builds (rollup.config.mjs,
 * oneFile), which import the measured view where this module asks for it, keep their module order.
 */

/** The two views: forms named by perpetrator, or rates measured in surveys. */
export type ViolenceView = 'report' | 'measured';

export type ViolenceLayout = ReportLayout | MeasuredLayout;

/** Each view's title for the report's own data (it names Kazakhstan), then for a partner's data without one. */
export const TITLES: Record<ViolenceView, [report: MessageKey, partner: MessageKey]> = {
  report: ['violenceReportTitle', 'violenceNamedTitle'],
  measured: ['violenceMeasuredTitle', 'violenceRatesTitle'],
};

/**
 * A view's code. The measured view's may not have loaded (its chunk could not be fetched): the chart
 * then says that part of its script did not load, as for the code that reads data.
 */
export function viewModule(name: ViolenceView): ViewModule<ViolenceLayout> {
  const module = (name === 'report' ? reportView : loaded.measured) as ViewModule<ViolenceLayout> | undefined;
  if (ON_DEMAND && !module) throw new ChartDataError('load-failed', 'scriptUnavailable');
  return module!;
}

/** Loads the measured view's code (which fills in `loaded.measured`); a failure is said by `viewModule`. */
export const loadMeasured = async (): Promise<unknown> => (await import('./measured.js')).measuredView;
