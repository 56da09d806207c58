import { kk, kkPlural } from '../i18n/kk.js';
import { kkFormat } from '../i18n/kk-format.js';
import { kkReport } from '../i18n/kk-report.js';
import type { LanguagePack } from './pack.js';

/** The Kazakh pack: built into a file, or fetched as `dist/lang/kk.js` when a chart asks for it. */
export default { messages: kk, plural: kkPlural, report: kkReport, format: kkFormat } satisfies LanguagePack;
