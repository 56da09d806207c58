import { readdirSync, readFileSync } from 'node:fs';

/** The module the contract suite imports to learn, and define, every element of the kit. */
export const CONTRACT_TAGS_MODULE = '/__contract-tags.js';

/**
 * Every element the build makes: a top-level `src/<name>.ts` (as rollup.config.mjs finds them) that
 * registers a tag with `define('<tag>', ...)`. A new element is found by existing, with no list to edit.
 */
export function chartTags(dir = 'src') {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
    .flatMap((file) => {
      const tag = /\bdefine\(\s*['"]([a-z][a-z0-9]*-[a-z0-9-]*)['"]/.exec(readFileSync(`${dir}/${file}`, 'utf8'))?.[1];
      return tag ? [{ tag, module: `/${dir}/${file}` }] : [];
    });
}

/**
 * Serves CONTRACT_TAGS_MODULE: it imports every tag module, so the elements are defined, and exports
 * `tags`, their names, found on the disk when the module is asked for.
 */
export const contractTags = {
  name: 'contract-tags',
  serve(context) {
    if (context.path !== CONTRACT_TAGS_MODULE) return undefined;
    const found = chartTags();
    const imports = found.map(({ module }) => `import '${module}';`).join('\n');
    return { body: `${imports}\nexport const tags = ${JSON.stringify(found.map(({ tag }) => tag))};\n`, type: 'js' };
  },
};
