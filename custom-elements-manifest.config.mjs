// The manifest documents the public surface only: private and protected members, and anything
// named with a leading underscore, stay out of it and so out of the README and Storybook's docs.
const hidden = (member) => member.privacy === 'private' || member.privacy === 'protected' || member.name.startsWith('_');

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/i18n/**', 'src/data/**'],
  outdir: 'dist',
  litelement: true,
  plugins: [
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
