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

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/i18n/**', 'src/data/**'],
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
  ],
};
