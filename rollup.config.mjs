// Two builds: the npm package (ES modules + .d.ts, lit external) and the CDN bundle
// (one self-contained, minified file; the bundled bank and the GIFT and Markdown parsers are
// separate chunks loaded lazily).

import fs from 'node:fs';
import path from 'node:path';
import alias from '@rollup/plugin-alias';
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
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
    fs.writeFileSync('dist/banks/ml-interview.js', `// The bundled ML interview bank as a JS module.\nexport { default } from '../${BANK_CHUNK}';\n`);
    fs.writeFileSync(
      'dist/banks/ml-interview.d.ts',
      "import type { Bank } from '../index.js';\ndeclare const bank: Bank;\nexport default bank;\n",
    );
  },
});

export default [
  {
    // src/data.ts is `quizkit/data`: the bank and grading API without elements, for Node and SSR.
    input: ['src/index.ts', 'src/data.ts', 'src/react.ts'],
    external: [/^lit($|\/)/, /^@lit\//, 'tslib', 'ts-fsrs', 'react', 'gift-pegjs', /^(mdast|micromark)-/],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    plugins: [
      json({ preferConst: true, namedExports: false }),
      typescript({ tsconfig: './tsconfig.json', outDir: 'dist', declarationDir: 'dist' }),
      publishData(),
    ],
  },
  {
    input: 'src/index.ts',
    // Lazy chunks import what they share with the entry from quizkit.js itself (no facade file).
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: 'quizkit.js',
      // Lazy chunks keep readable names (the path is versioned on a CDN); see scripts/size.mjs.
      chunkFileNames: (chunk) => (chunk.name.startsWith('ml-interview') ? 'ml-interview-bank.js' : PARSERS.has(chunk.name) ? '[name]-parser.js' : '[name].js'),
      sourcemap: true,
      // The TypeScript plugin writes source paths as seen from dist/, one level too high for
      // dist/cdn/: point them at src/ from where the CDN files are.
      sourcemapPathTransform: (source) => source.replace(/^(\.\.\/)+src\//, '../../src/'),
    },
    plugins: [
      // micromark's table of HTML entities is never used by quizkit (see no-entities.ts): 12 KB
      // gzip less for a page with a Markdown bank. (Its "browser" build, which the default
      // resolution here avoids anyway, assigns innerHTML: a page enforcing Trusted Types refuses that.)
      alias({ entries: [{ find: 'decode-named-character-reference', replacement: path.resolve('src/data/formats/no-entities.ts') }] }),
      resolve(),
      // gift-pegjs is CommonJS (a generated PEG.js parser).
      commonjs(),
      json({ preferConst: true, namedExports: false, compact: true }),
      typescript({
        tsconfig: './tsconfig.json',
        outDir: 'dist/cdn',
        declaration: false,
        declarationMap: false,
      }),
      // Lit's maintained template minifier. Whitespace collapses to one space and is never removed:
      // a space at the edge of a nested template can be text (`<span>✓</span> ${feedback}`).
      minifyHTML({ failOnError: true, options: { minifyOptions: { conservativeCollapse: true } } }),
      terser({ ecma: 2022, module: true, compress: { passes: 3, unsafe_arrows: true, pure_getters: true }, format: { comments: false } }),
    ],
  },
];
