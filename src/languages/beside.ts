import type { Lang } from '../data/types.js';
import type { LanguagePack } from './pack.js';

/**
 * Fetches a language's pack from `lang/<lang>.js` beside the script at `scriptUrl`: the module's own
 * `import.meta.url`, or for the classic script the `document.currentScript.src` rollup puts there,
 * read while the script runs. `import()` of a same-origin file is allowed by `script-src 'self'`, and
 * takes no Trusted Types sink.
 */
export const besideScript =
  (scriptUrl: string) =>
  async (lang: Lang): Promise<LanguagePack> =>
    ((await import(/* @vite-ignore */ new URL(`lang/${lang}.js`, scriptUrl).href)) as { default: LanguagePack }).default;
