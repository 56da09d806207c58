import { ru, ruPlural } from '../i18n/ru.js';
import { ruReport } from '../i18n/ru-report.js';
import type { LanguagePack } from './pack.js';

/** The Russian pack: built into a file, or fetched as `dist/lang/ru.js` when a chart asks for it. */
export default { messages: ru, plural: ruPlural, report: ruReport } satisfies LanguagePack;
