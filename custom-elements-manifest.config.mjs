// Generates custom-elements.json from the elements' JSDoc, then everything made from it: JSX
// (React, Preact), Vue and Svelte typings, VS Code custom data and JetBrains web-types. Module
// paths name the shipped dist/*.js files; internal reactive state is not public API.

import { cemValidatorPlugin } from '@wc-toolkit/cem-validator';
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';
import { modulePathResolverPlugin } from '@wc-toolkit/module-path-resolver';
import { getTsProgram, typeParserPlugin } from '@wc-toolkit/type-parser';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { posix } from 'node:path';

/** Where rollup puts a source module: src/a/b.ts → dist/a/b.js. */
const toDist = (path) => path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');

/** Generated typings live here; their imports are relative to it. */
const TYPES_DIR = 'dist/types';
/** The element classes and the event detail types, as the typings import them. */
const TYPES_FROM = '../index.js';

/** `quiz-topics-change` → `QuizTopicsChange`: `@quiz-topics-change` in a Vue template is the prop `onQuizTopicsChange`. */
const pascal = (name) => name.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase());
/** Attributes every element takes from HTMLElement that Vue's strict templates would refuse on a component. */
const HTML_ATTRIBUTES = ['id', 'lang', 'dir', 'title', 'hidden', 'slot'].map((name) => ({
  name,
  fieldName: name,
  description: `The HTML \`${name}\` attribute.`,
}));

/**
 * The manifest as custom-element-vuejs-integration 1.4 needs it for Vue 3.5 with strict templates.
 * It types a listener as `"on" + event name` around `CustomEvent<event type>`, so each event gets
 * its detail type (the schema's type is the event object, `CustomEvent<QuizAnswerDetail>`, as
 * jsx-types and the validator read it) and the name Vue compiles `@quiz-answer` to. Vue also
 * checks `time-limit="…"` as the prop `timeLimit`, so attributes go by their property names; and
 * the generator offers no global attributes, so `id`, `lang`… are added as the element's own.
 */
const vueView = (manifest) => {
  const copy = JSON.parse(JSON.stringify(manifest));
  for (const decl of copy.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement)) {
    for (const event of decl.events ?? []) {
      event.description = `\`${event.name}\`: ${event.description}`;
      event.name = pascal(event.name);
      event.type = { text: /^CustomEvent<(.+)>$/.exec(event.type?.text ?? '')?.[1] ?? 'unknown' };
    }
    for (const attr of decl.attributes ?? []) attr.name = attr.fieldName ?? attr.name;
    decl.attributes = [...(decl.attributes ?? []), ...HTML_ATTRIBUTES];
  }
  return copy;
};

export default {
  globs: ['src/components/**/*.ts'],
  // Only the elements' own modules: <quiz-run-summary>, the runner's template helpers and the
  // *-view.ts templates are internals, not an API; of shared/, only the base class the elements
  // inherit their documented API from.
  exclude: [
    'src/**/*.styles.ts',
    'src/components/**/*-view.ts',
    'src/components/shared/!(quiz-element).ts',
    'src/components/quiz-runner/!(quiz-runner).ts',
  ],
  litelement: true,
  // The type parser reads types through the TypeScript checker (see typeParserPlugin below).
  overrideModuleCreation({ ts, globs }) {
    const program = getTsProgram(ts, globs, 'tsconfig.json');
    return program.getSourceFiles().filter((sf) => globs.some((glob) => sf.fileName.endsWith(`/${glob}`)));
  },
  plugins: [
    {
      name: 'quizkit-drop-internal-state',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            const hidden = new Set(
              (decl.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name),
            );
            if (decl.attributes) decl.attributes = decl.attributes.filter((a) => !hidden.has(a.fieldName ?? a.name));
            if (decl.members) decl.members = decl.members.filter((m) => !hidden.has(m.name) && !m.static);
          }
        }
      },
    },
    // `mode: QuizMode` also gets `parsedType: 'quiz' | 'practice' | 'interview'`, so that editors
    // offer the values rather than the alias's name.
    typeParserPlugin(),
    modulePathResolverPlugin({ modulePathTemplate: toDist }),
    {
      // The resolver moves each module's `path` but not the references to it (exports, custom-element
      // definitions), which must name the same shipped files; and analyzer 0.11 writes schemaVersion 1.0.0 although what it emits is 2.1.0
      // vocabulary (open-wc/custom-elements-manifest#344). test/manifest checks the result against
      // the 2.1.0 JSON schema.
      name: 'quizkit-dist-references-and-schema-version',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.schemaVersion = '2.1.0';
        for (const mod of customElementsManifest.modules) {
          for (const exp of mod.exports ?? []) {
            const from = exp.declaration?.module;
            // Re-exports name the import specifier (`../../events.js`): make it package-relative.
            if (from) exp.declaration.module = from.startsWith('.') ? posix.join(posix.dirname(mod.path), from) : toDist(from);
          }
          // What an element inherits from the base class names the base class's module (`/src/…`).
          for (const decl of mod.declarations ?? []) {
            // The base class is a LitElement but no element: it has no tag of its own.
            if (decl.customElement && !decl.tagName) delete decl.customElement;
            const refs = [
              decl.superclass,
              ...['attributes', 'members', 'events', 'cssProperties', 'cssParts', 'slots'].flatMap((k) =>
                (decl[k] ?? []).map((i) => i.inheritedFrom),
              ),
            ];
            for (const ref of refs) if (/^\/?src\//.test(ref?.module ?? '')) ref.module = toDist(ref.module.replace(/^\//, ''));
          }
        }
      },
    },
    jsxTypesPlugin({ outdir: TYPES_DIR, fileName: 'jsx.d.ts', globalTypePath: TYPES_FROM, stronglyTypedEvents: true }),
    {
      name: 'quizkit-vue-types',
      packageLinkPhase({ customElementsManifest }) {
        generateVuejsTypes(vueView(customElementsManifest), {
          outdir: TYPES_DIR,
          fileName: 'vue.d.ts',
          globalTypePath: TYPES_FROM,
          hideLogs: true,
        });
      },
    },
    customElementVsCodePlugin({
      outdir: 'dist',
      typesSrc: 'parsedType',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      hideLogs: true,
    }),
    customElementJetBrainsPlugin({ outdir: 'dist', webTypesFileName: 'web-types.json', typesSrc: 'parsedType', hideLogs: true }),
    cemValidatorPlugin({
      rules: {
        packageJson: { packageType: 'error', main: 'error', module: 'error', types: 'error', exports: 'error' },
        manifest: { schemaVersion: 'error', modulePath: 'error', definitionPath: 'error', exportTypes: 'error', tagName: 'error' },
      },
    }),
  ],
};
