import type { ReportTexts } from '../languages/pack.js';

/**
 * English texts of the report's data that are not written in src/data/report.ts: the kit's
 * translations of the quotes that are in another language. Keyed by the id report.ts gives them.
 */
export const enReport: ReportTexts = {
  'sexWorkers2021.quote': 'the estimated number of sex workers in the country in the first quarter of 2021 was 20,250 people',
};
