// Part of `npm run check:package`: checks the packed package's source maps, then builds two tiny
// apps with Vite against it and runs them in Chromium. Every source map must carry the sources
// it names (src/ is not published) and there is no .d.ts.map. `import 'quizkit'` must still define every element after tree-shaking
// (a too-narrow package.json `sideEffects` once let Vite drop the definitions), and quizkit/react's
// wrappers must render and call their typed `on…` props. Usage: node scripts/check-bundler.mjs [PORT]

import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { chromiumLaunchOptions } from './chromium.mjs';
import { installPacked, root } from './install-packed.mjs';

const port = Number(process.argv[2] ?? 4173);
const app = path.join(root, '.tmp/bundler-app');
fs.rmSync(app, { recursive: true, force: true });
fs.mkdirSync(app, { recursive: true });
// An app of its own: without this package.json, `quizkit` would resolve to this repository itself.
fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'bundler-app', private: true, type: 'module' }));
const installed = installPacked(app);
const failures = [];

const maps = fs.readdirSync(installed, { recursive: true }).filter((f) => f.endsWith('.map'));
for (const file of maps) {
  const map = JSON.parse(fs.readFileSync(path.join(installed, file), 'utf8'));
  if (file.endsWith('.d.ts.map')) failures.push(`${file}: a declaration map into unpublished sources`);
  else if (map.sources.some((_, i) => typeof map.sourcesContent?.[i] !== 'string'))
    failures.push(`${file}: names sources it does not carry`);
}
if (!failures.length) console.log(`ok   ${maps.length} source maps carry their sources; no .d.ts.map`);

const page = (script) =>
  `<!doctype html><html lang="en"><body><div id="root"></div><script type="module" src="./${script}"></script></body></html>`;
fs.writeFileSync(path.join(app, 'index.html'), page('plain.js'));
fs.writeFileSync(path.join(app, 'plain.js'), "import 'quizkit';\n");
fs.writeFileSync(path.join(app, 'react.html'), page('react.js'));
fs.writeFileSync(
  path.join(app, 'react.js'),
  `import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { QuizQuestionCard } from 'quizkit/react';
window.quizErrors = [];
createRoot(document.getElementById('root')).render(
  createElement(QuizQuestionCard, { question: 'no-such-question', onQuizError: (e) => window.quizErrors.push(e.detail.message) }),
);
`,
);

const config = {
  root: app,
  logLevel: 'warn',
  configFile: false,
  build: { outDir: 'dist', rollupOptions: { input: { plain: path.join(app, 'index.html'), react: path.join(app, 'react.html') } } },
};
await build(config);
const server = await preview({ ...config, preview: { port, strictPort: true } });
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  const tab = await browser.newPage();
  await tab.goto(`http://localhost:${port}/index.html`);
  const tags = ['quiz-question-card', 'quiz-topic-picker', 'quiz-runner', 'quiz-bank'];
  const undefinedTags = await tab.evaluate((list) => list.filter((tag) => !window.customElements.get(tag)), tags);
  if (undefinedTags.length) failures.push(`import 'quizkit' through Vite left ${undefinedTags.join(', ')} undefined`);
  else console.log(`ok   import 'quizkit' through Vite defines ${tags.join(', ')}`);

  await tab.goto(`http://localhost:${port}/react.html`);
  try {
    await tab.waitForFunction(() => window.quizErrors.length > 0, null, { timeout: 20_000 });
    const [message] = await tab.evaluate(() => window.quizErrors);
    console.log(`ok   quizkit/react: <QuizQuestionCard onQuizError> got "${message.slice(0, 60)}…"`);
  } catch {
    failures.push('quizkit/react: onQuizError was not called for an unknown question');
  }
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}
for (const failure of failures) console.error(`FAIL ${failure}`);
process.exit(failures.length ? 1 : 0);
