// The manifest documents the public surface only: private and protected members, and anything
// named with a leading underscore, stay out of it and so out of the README and Storybook's docs.
const hidden = (member) => member.privacy === 'private' || member.privacy === 'protected' || member.name.startsWith('_');

/**
 * The base class is generic (`ChartElement<TData, TModel>`), and the analyzer copies its members into
 * each element with the type parameter's name: `data` would read `TData | undefined`. Each element's
 * own type argument, read from its `extends` clause, takes its place.
 */
function concreteTypeArguments() {
  const typeArguments = new Map();
  return {
    name: 'concrete-type-arguments',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const base = node.heritageClauses?.flatMap((clause) => clause.types).find((type) => type.typeArguments?.length);
      if (base) typeArguments.set(node.name.getText(), base.typeArguments.map((argument) => argument.getText()));
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          const [data, model] = typeArguments.get(declaration.name) ?? [];
          if (!data) continue;
          // Inherited members are shared between the elements: each gets its own copy.
          declaration.members = declaration.members?.map((member) =>
            member.type?.text
              ? { ...member, type: { ...member.type, text: member.type.text.replace(/\bTData\b/g, data).replace(/\bTModel\b/g, model) } }
              : member,
          );
        }
      }
    },
  };
}

/**
 * Event types come from the `HTMLElementEventMap` the tag modules declare, the same types that
 * `addEventListener` gives a TypeScript user: `chart-error` is `CustomEvent<ChartErrorDetail>`.
 */
function typedEvents() {
  const eventTypes = new Map();
  return {
    name: 'typed-events',
    analyzePhase({ ts, node }) {
      if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'HTMLElementEventMap') return;
      for (const member of node.members) {
        if (ts.isPropertySignature(member) && member.type) eventTypes.set(member.name.text, member.type.getText());
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((mod) => mod.declarations ?? [])) {
        for (const event of declaration.events ?? []) {
          const text = eventTypes.get(event.name);
          if (!text) throw new Error(`${declaration.name} fires ${event.name}, which no HTMLElementEventMap declares.`);
          event.type = { text };
        }
      }
    },
  };
}

/**
 * An attribute documented with `@attr` that sets a property of the same name (`data`, the JSON
 * text) names that field. Unlinked, the pair reads as two members called `data`, and generators of
 * framework types write both into one props type: "Duplicate identifier 'data'".
 */
const linkAttributesToFields = {
  name: 'link-attributes-to-fields',
  packageLinkPhase({ customElementsManifest }) {
    for (const declaration of customElementsManifest.modules.flatMap((mod) => mod.declarations ?? [])) {
      const fields = new Set((declaration.members ?? []).filter((member) => member.kind === 'field').map((member) => member.name));
      for (const attribute of declaration.attributes ?? []) {
        if (!attribute.fieldName && fields.has(attribute.name)) Object.assign(attribute, { fieldName: attribute.name, type: { text: 'string' } });
      }
    }
  },
};

/**
 * The manifest ships in the package, so its paths name the package's files (`dist/esm/*.js`, each
 * with its `.d.ts` beside it), not the sources, which the package does not include.
 */
const packagePaths = {
  name: 'package-paths',
  packageLinkPhase({ customElementsManifest }) {
    const shipped = (path) => path.replace(/^(\.?\/)?src\/(.*)\.(ts|js)$/, 'dist/esm/$2.js');
    const rewrite = (value) => {
      if (Array.isArray(value)) value.forEach(rewrite);
      else if (value && typeof value === 'object') {
        for (const [key, child] of Object.entries(value)) {
          if ((key === 'path' || key === 'module') && typeof child === 'string') value[key] = shipped(child);
          else rewrite(child);
        }
      }
    };
    rewrite(customElementsManifest.modules);
  },
};

export default {
  globs: ['src/**/*.ts'],
  // The embed pages are built apart, into dist/embed/: they are not modules of the package.
  // Not in dist/esm: the language loader is built into the script files only, pack.ts holds types,
  // and on-demand.ts is a build's constant, which rollup writes into the modules that read it.
  exclude: ['src/i18n/**', 'src/data/**', 'src/react/**', 'src/embed/**', 'src/languages/beside.ts', 'src/languages/pack.ts', 'src/internal/on-demand.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [
    concreteTypeArguments(),
    {
      name: 'public-surface-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (declaration.members) declaration.members = declaration.members.filter((member) => !hidden(member));
          }
        }
      },
    },
    typedEvents(),
    linkAttributesToFields,
    packagePaths,
  ],
};
