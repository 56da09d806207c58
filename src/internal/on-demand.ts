/**
 * Whether the script loads code from chunks/ beside it on first use: true in the module files and
 * the npm build. The one-file builds carry all their code and build this module as `false`
 * (rollup.config.mjs, oneFile), so that the minifier drops what only waiting for a chunk needs.
 */
export const ON_DEMAND: boolean = true;
