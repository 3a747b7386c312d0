// Two builds: the npm package (ES modules + .d.ts, lit external) and the CDN bundle
// (one self-contained, minified file; the bundled bank and the GIFT and Markdown parsers are
// separate chunks loaded lazily).

import fs from 'node:fs';
import path from 'node:path';
import alias from '@rollup/plugin-alias';
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import replace from '@rollup/plugin-replace';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

const BANK_CHUNK = 'data/banks/ml-interview.json.js';
/** The lazy chunks of src/data/formats/: named after their format, as `gift-parser.js`. */
const PARSERS = new Set(['gift', 'markdown']);

/** Copies the bank JSON and its schema beside the npm build, and adds the bank's JS module form. */
const publishData = () => ({
  name: 'publish-data',
  writeBundle() {
    fs.mkdirSync('dist/banks', { recursive: true });
    fs.copyFileSync('src/data/banks/ml-interview.json', 'dist/banks/ml-interview.json');
    fs.copyFileSync('src/data/bank.schema.json', 'dist/bank.schema.json');
    fs.writeFileSync(
      'dist/banks/ml-interview.js',
      `// The bundled ML interview bank as a JS module.\nexport { default } from '../${BANK_CHUNK}';\n`,
    );
    fs.writeFileSync(
      'dist/banks/ml-interview.d.ts',
      "import type { Bank } from '../index.js';\ndeclare const bank: Bank;\nexport default bank;\n",
    );
  },
});

const BANK_DIR = 'src/data/banks/ml-interview';

/**
 * Emits the bundled bank's parts (see scripts/split-bank.mjs) as entries of the CDN build, under
 * stable names that pages can preload: `bank/index.js`, `bank/<id>.js` (a question) and
 * `bank/<id>.answer.js` (its answer parts). The kit computes these names from the ids
 * (chunks-cdn.ts), so it carries no import() per file.
 */
const emitBankParts = () => ({
  name: 'emit-bank-parts',
  buildStart() {
    this.emitFile({ type: 'chunk', id: `${BANK_DIR}/index.json`, fileName: 'bank/index.js' });
    for (const file of fs.readdirSync(`${BANK_DIR}/questions`)) {
      const id = path.basename(file, '.json');
      this.emitFile({ type: 'chunk', id: `${BANK_DIR}/questions/${file}`, fileName: `bank/${id}.js` });
      this.emitFile({ type: 'chunk', id: `${BANK_DIR}/answers/${file}`, fileName: `bank/${id}.answer.js` });
      this.emitFile({ type: 'chunk', id: `${BANK_DIR}/grading/${file}`, fileName: `bank/${id}.grading.js` });
    }
  },
});

/** The CDN's element chunks and their sources: the names quizkit.js imports. */
const CDN_ELEMENTS = {
  'question-card': 'components/question-card/question-card',
  'quiz-runner': 'components/quiz-runner/quiz-runner',
  'topic-picker': 'components/topic-picker/topic-picker',
  'quiz-bank': 'components/quiz-bank/quiz-bank',
};

/**
 * Each element's static imports in the CDN build, by tag (`quiz-runner`: Lit, the kit, the card…),
 * as Rollup lists them. The loader, built after the elements, gets them as __ELEMENT_IMPORTS__ and
 * preloads them with the element, so that they load alongside it rather than after it.
 */
const elementImports = {};
const recordElementImports = () => ({
  name: 'record-element-imports',
  generateBundle(_, bundle) {
    for (const chunk of Object.values(bundle)) {
      // Chunk names are the tags without their `quiz-` prefix where they have one (see CDN_ELEMENTS).
      if (chunk.type === 'chunk' && chunk.isEntry && chunk.name in CDN_ELEMENTS)
        elementImports[chunk.name.startsWith('quiz-') ? chunk.name : `quiz-${chunk.name}`] = chunk.imports;
    }
  },
});

const cdnOutput = {
  dir: 'dist/cdn',
  format: 'es',
  sourcemap: true,
  // The TypeScript plugin writes source paths as seen from dist/, one level too high for
  // dist/cdn/: point them at src/ from where the CDN files are.
  sourcemapPathTransform: (source) => source.replace(/^(\.\.\/)+src\//, '../../src/'),
};

/** How the CDN build minifies (scripts/size.mjs minifies Lit alone the same way, for the pages' limit). */
export const TERSER = {
  ecma: 2022,
  module: true,
  compress: { passes: 3, unsafe_arrows: true, pure_getters: true },
  format: { comments: false },
};

const cdnPlugins = () => [
  // micromark's table of HTML entities is never used by quizkit (see no-entities.ts): 12 KB
  // gzip less for a page with a Markdown bank. (Its "browser" build, which the default
  // resolution here avoids anyway, assigns innerHTML: a page enforcing Trusted Types refuses that.)
  alias({
    entries: [
      { find: 'decode-named-character-reference', replacement: path.resolve('src/data/formats/no-entities.ts') },
      // The bundled bank's parts are entries here (emitBankParts): the kit needs their ids, not the
      // npm build's import() per part, which app bundlers need to split them.
      { find: /^.*\/banks\/ml-interview\/chunks\.js$/, replacement: path.resolve(`${BANK_DIR}/chunks-cdn.ts`) },
    ],
  }),
  // package.json's `sideEffects` names the shipped dist/ files for apps' bundlers; read against
  // src/ it would drop the runner's `import '../question-card/question-card.js'` (it defines the card).
  resolve({ ignoreSideEffectsForRoot: true }),
  // gift-pegjs is CommonJS (a generated PEG.js parser).
  commonjs(),
  json({ preferConst: true, namedExports: false, compact: true }),
  typescript({ tsconfig: './tsconfig.json', outDir: 'dist/cdn', declaration: false, declarationMap: false }),
  // Lit's maintained template minifier. Whitespace collapses to one space and is never removed:
  // a space at the edge of a nested template can be text (`<span>✓</span> ${feedback}`).
  minifyHTML({ failOnError: true, options: { minifyOptions: { conservativeCollapse: true } } }),
  terser(TERSER),
];

export default [
  {
    // src/data.ts is `quizkit/data`: the bank and grading API without elements, for Node and SSR.
    input: ['src/index.ts', 'src/data.ts', 'src/react.ts', 'src/cdn.ts'],
    external: [/^lit($|\/)/, /^@lit\//, 'tslib', 'ts-fsrs', 'react', 'gift-pegjs', /^(mdast|micromark)-/],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    plugins: [
      json({ preferConst: true, namedExports: false }),
      typescript({ tsconfig: './tsconfig.json', outDir: 'dist', declarationDir: 'dist' }),
      publishData(),
    ],
  },
  // The CDN build, in two parts. First the elements: each is an entry chunk of its own with a
  // stable name, sharing Lit and the kit's base as two chunks, and loading the rest on demand.
  {
    input: Object.fromEntries(Object.entries(CDN_ELEMENTS).map(([chunk, source]) => [chunk, `src/${source}.ts`])),
    // Lazy chunks import what they share with an element from that element's chunk (no facade file).
    preserveEntrySignatures: 'allow-extension',
    output: {
      ...cdnOutput,
      entryFileNames: '[name].js',
      // Lazy chunks keep readable names (the path is versioned on a CDN); see scripts/size.mjs.
      chunkFileNames: (chunk) =>
        chunk.facadeModuleId?.endsWith('/banks/ml-interview.json')
          ? 'ml-interview-bank.js'
          : PARSERS.has(chunk.name)
            ? '[name]-parser.js'
            : '[name].js',
      // One shared chunk instead of a dozen small ones: Lit and the base every element needs (bank
      // loading, progress, the translator, the shared templates and styles, the lazy seam).
      manualChunks(id) {
        // What provides a bank to the elements inside, and what asks for it (@lit/context): with
        // <quiz-bank>, and with an element inside a <quiz-bank> or a <quiz-runner>; never with a card
        // alone, nor with a runner's own cards (the runner hands them its bank).
        if (/(node_modules\/@lit\/context\/.+\.js|src\/(context|controllers\/bank-(provider|consumer))\.ts)$/.test(id))
          return 'bank-provider';
        // Lit goes with the kit's base: every element needs both, and one file compresses better
        // than two (gzip shares one window, and imports across a chunk boundary cost names).
        if (/node_modules\/(lit|lit-html|lit-element|@lit\/[a-z-]+)\//.test(id)) return 'kit';
        // What views derived from progress need (due dates, what changed since they looked), for the
        // picker's counts and the runner's plan: a chunk of its own, which a card page never loads
        // (left to Rollup, it joins the runner's chunk, and a picker alone would load the runner).
        // Topic lists (list.ts), which only those two use too, stay in kit.js: here they would cost
        // the picker page more (a cross-chunk import) than they save the card page.
        if (/src\/core\/progress-(schedule|journal)\.ts$/.test(id)) return 'progress-views';
        // A bank from src or an inline script is loaded, parsed and validated by one chunk, fetched
        // with the bank: as several, the validator would only be requested once the loader had arrived.
        if (/src\/data\/(load|parse|validate)\.ts$/.test(id)) return 'parse';
        // What only the elements that show questions use goes with the card, never with a picker:
        // bank text as Lit templates, the styles and headings around questions, and the bundled
        // bank's ids, which a card checks its question against (the others take theirs from the
        // index), and the number attributes both read (time-limit). The runner loads the card; the
        // summary, which shows bank text, loads in a runner.
        if (
          /src\/((core|components\/shared)\/markdown|components\/shared\/(content\.styles|heading|number-attribute)|data\/banks\/ml-interview\/ids)\.ts$/.test(
            id,
          )
        )
          return 'question-card';
        // Each element's English goes with the element (the summary, loaded after them, reuses it).
        if (/src\/(components\/question-card\/question-card|i18n\/locales\/en\/card)\.ts$/.test(id)) return 'question-card';
        if (/src\/(components\/quiz-runner\/quiz-runner|i18n\/locales\/en\/runner)\.ts$/.test(id)) return 'quiz-runner';
        if (
          /src\/(components\/shared\/(?!markdown|content\.styles|heading|number-attribute)[\w.-]+|controllers\/(bank-controller|localize)|i18n\/(translate|format|locale|locales\/en\/shared)|events|define|internal\/[\w-]+|data\/(fetch-ahead|load-failure|types|bundled|index-bank|banks\/ml-interview\/chunks-cdn)|core\/(progress-store|rating))\.ts$/.test(
            id,
          )
        )
          return 'kit';
        return undefined;
      },
    },
    plugins: [...cdnPlugins(), emitBankParts(), recordElementImports()],
  },
  // Then the file a page adds, quizkit.js: a loader that imports an element's chunk when its tag
  // appears (src/cdn.ts). Those chunks are the files above, so it stays small (1.4 KB gzip; `npm run size` holds it under 2 KB).
  {
    input: { quizkit: 'src/cdn.ts' },
    external: (id) => /\/components\/.+\.js$/.test(id),
    output: {
      ...cdnOutput,
      entryFileNames: 'quizkit.js',
      paths: (id) => `./${Object.entries(CDN_ELEMENTS).find(([, source]) => id.endsWith(`${source}.js`))?.[0]}.js`,
    },
    plugins: [replace({ preventAssignment: true, values: { __ELEMENT_IMPORTS__: () => JSON.stringify(elementImports) } }), ...cdnPlugins()],
  },
];
