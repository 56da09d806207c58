import type { Lang } from '../data/types.js';
import en from './en.js';
import kk from './kk.js';
import ru from './ru.js';
import type { LanguagePack } from './pack.js';

/*
 * The languages that come with the code, and how to fetch another. This module, with every language
 * and nothing to fetch, is what the npm build, the tests and the all-language file use; the other
 * files of dist/ replace it at build time (rollup.config.mjs) with one language and a fetch of the
 * others from beside the script (`beside.ts`). No other module knows which languages a file holds.
 */
export const builtIn: Partial<Record<Lang, LanguagePack>> = { en, ru, kk };

/** Fetches a language that is not built in; undefined when every language is. */
export const loadPack: ((lang: Lang) => Promise<LanguagePack>) | undefined = undefined;
