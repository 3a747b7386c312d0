// Dev server plugins shared by `npm start` and the test runner.

import path from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { build } from 'esbuild';

/**
 * Serves a .json file as an ES module when the browser imports it (as the builds do with
 * `import('./banks/ml-interview.json')`), and as plain JSON when it is fetched.
 */
export const jsonModules = () => ({
  name: 'json-modules',
  resolveMimeType(context) {
    if (context.path.endsWith('.json') && context.get('sec-fetch-dest') === 'script') return 'js';
  },
  transform(context) {
    if (context.path.endsWith('.json') && context.get('sec-fetch-dest') === 'script') {
      return { body: `export default ${context.body};`, transformCache: false };
    }
  },
});

/** CommonJS packages the parsers of authoring formats import: gift-pegjs, and debug (see below). */
const COMMONJS = /^\/node_modules\/(gift-pegjs|debug)\//;

/**
 * Serves CommonJS packages as ES modules, bundled by esbuild (their `module.exports` is the
 * default export): gift-pegjs, and `debug`, which the development build of micromark imports for
 * its logging. The dev server does not use "browser" builds, so `debug` is pointed at its own.
 */
export const commonjsModules = () => ({
  name: 'commonjs-modules',
  resolveImport: ({ source }) => (source === 'debug' ? '/node_modules/debug/src/browser.js' : undefined),
  async transform(context) {
    if (!COMMONJS.test(context.path)) return undefined;
    const file = path.join(process.cwd(), context.path);
    const { outputFiles } = await build({ entryPoints: [file], bundle: true, format: 'esm', write: false, logLevel: 'silent' });
    return { body: outputFiles[0].text };
  },
});

export const plugins = () => [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), jsonModules(), commonjsModules()];
