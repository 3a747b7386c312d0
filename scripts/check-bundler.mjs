// Part of `npm run check:package`: builds two tiny apps with Vite against the packed package and
// runs them in Chromium. `import 'quizkit'` must still define every element after tree-shaking
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
installPacked(app);

const page = (script) => `<!doctype html><html lang="en"><body><div id="root"></div><script type="module" src="./${script}"></script></body></html>`;
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
const failures = [];
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
