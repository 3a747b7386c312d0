// Generates custom-elements.json from the elements' JSDoc. Internal reactive state
// (`static properties` entries with `state: true`) is not public API: it is dropped here.

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/components/shared/**'],
  litelement: true,
  plugins: [
    {
      name: 'quizkit-drop-internal-state',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            const hidden = new Set((decl.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name));
            if (decl.attributes) decl.attributes = decl.attributes.filter((a) => !hidden.has(a.fieldName ?? a.name));
            if (decl.members) decl.members = decl.members.filter((m) => !hidden.has(m.name) && !m.static);
          }
        }
      },
    },
  ],
};
