import type { EstimateData } from 'amelia-report-charts';
import estimates from '../../shared/estimates.json';

export const data = estimates as EstimateData;
/** Valid JSON, but no estimate to draw: the chart reports a `chart-error`. */
export const empty = { estimates: [] } as EstimateData;
