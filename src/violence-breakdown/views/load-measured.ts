/**
 * Loads the measured view's code, which fills in `loaded.measured` (shared.ts) as it runs: the
 * module files load it from chunks/ the first time a chart draws the view. A module of its own,
 * imported where the view was, so that the one-file builds, which import the view at once
 * (rollup.config.mjs, oneFile), keep their module order.
 */
export const loadMeasured = async (): Promise<unknown> => (await import('./measured.js')).measuredView;
