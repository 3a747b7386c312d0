// Dev server plugins shared by `npm start` and the test runner.

import { esbuildPlugin } from '@web/dev-server-esbuild';

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

export const plugins = () => [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), jsonModules()];
