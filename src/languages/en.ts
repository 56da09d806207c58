import { en, enPlural } from '../i18n/en.js';
import { enReport } from '../i18n/en-report.js';
import type { LanguagePack } from './pack.js';

/** The English pack: built into a file, or fetched as `dist/lang/en.js` when a chart asks for it. */
export default { messages: en, plural: enPlural, report: enReport } satisfies LanguagePack;
