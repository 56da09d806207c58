/*
 * The whole kit as a page's script: the files loaded by `<script src>` (amelia-report-charts.min.js,
 * its classic-script, per-language and all-language versions). It defines the elements and exports
 * nothing: a script tag has no use for exports, and the report's data they would keep (`figures`,
 * `sources`, every figure whether drawn or not) is about 800 B gzip. Module users import
 * `amelia-report-charts`, which exports them.
 */
import '../index.js';
