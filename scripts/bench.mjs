// `npm run bench`: times the CDN build on a 10,000-question bank in headless Chromium.
// Serves the repository with @web/dev-server, opens bench/bench.html (which does the measuring,
// see bench/bench.js) and prints its results. Exits non-zero if the page throws, a request
// fails or the page does not finish within 60 s. CHROME_PATH overrides /usr/bin/chromium.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHROME = chromiumLaunchOptions.executablePath;
const TIMEOUT_MS = 60_000;

if (!fs.existsSync(path.join(ROOT, 'dist/cdn/quizkit.js'))) {
  console.error('dist/cdn/quizkit.js is missing: run "npm run build" first (or use "npm run bench").');
  process.exit(1);
}
if (!fs.existsSync(CHROME)) {
  console.error(`Chromium not found at ${CHROME}: install it (apt-get install chromium) or set CHROME_PATH.`);
  process.exit(1);
}

const began = Date.now();
const problems = [];
let server;
let browser;
let results;

try {
  server = await startDevServer({
    config: { rootDir: ROOT, port: 0, hostname: '127.0.0.1' },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    autoExitProcess: false, // otherwise it installs a handler that swallows uncaught exceptions
  });
  const { port } = server.server.address();

  browser = await chromium.launch(chromiumLaunchOptions);
  const page = await browser.newPage();

  // Fails fast on the first page error or failed request, instead of waiting for the timeout.
  let fail;
  const failed = new Promise((_, reject) => (fail = reject));
  failed.catch(() => {});
  page.on('pageerror', (e) => {
    problems.push(`the page threw: ${e.message}`); // every one, not only the first
    fail(new Error(`the page threw: ${e.message}`));
  });
  page.on('requestfailed', (r) => fail(new Error(`request failed: ${r.url()} (${r.failure()?.errorText})`)));
  page.on('response', (r) => {
    if (r.status() >= 400) fail(new Error(`the server answered ${r.status()} for ${r.url()}`));
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') console.log(`  [console ${m.type()}] ${m.text()}`);
  });

  await page.goto(`http://127.0.0.1:${port}/bench/bench.html`);
  await Promise.race([page.waitForFunction(() => window.benchDone === true, null, { timeout: TIMEOUT_MS, polling: 100 }), failed]);
  const { error, data } = await page.evaluate(() => ({ error: window.benchError, data: window.benchResults }));
  if (error) throw new Error(`the benchmark failed in the page: ${error}`);
  results = data;
  results.chromium = browser.version();
} catch (e) {
  problems.push(e instanceof Error ? e.message : String(e));
} finally {
  await browser?.close().catch(() => {});
  await server?.stop().catch(() => {});
}

if (problems.length || !results) {
  console.error(`\nbenchmark failed:\n  ${[...new Set(problems)].join('\n  ')}`);
  process.exit(1);
}

const ms = (n) => `${n < 10 ? n.toFixed(1) : Math.round(n)} ms`;
const line = (label, s) => `  ${label.padEnd(52)} median ${ms(s.median).padStart(8)}, max ${ms(s.max).padStart(8)}`;
const { questions, topics, jsonBytes } = results.bank;
const size = `${questions.toLocaleString('en')} questions, ${topics} topics`;

console.log(`\nquizkit benchmark: dist/cdn/quizkit.js, Chromium ${results.chromium}, bank JSON ${(jsonBytes / 1024 / 1024).toFixed(1)} MB`);
console.log(`(5 fresh elements each, 9 steps for "next"; times include style and layout)\n`);
console.log(line(`picker render (${size})`, results.pickerRender));
console.log(line('runner ready (append → start screen)', results.runnerReady));
console.log(line('run start (Start → first question)', results.runStart));
console.log(line('next (Skip → next question)', results.next));
console.log(`  ${'finish (Skip and finish → summary)'.padEnd(52)} ${ms(results.finish.ms)}`);
console.log('\n  bank layer alone, no elements:');
console.log(line('  JSON.parse', results.jsonParse));
console.log(line('  validateBank', results.validate));
console.log(line('  indexBank', results.index));
console.log(line('  parseBankText (all three)', results.parseBankText));
console.log(`\ndone in ${((Date.now() - began) / 1000).toFixed(1)} s`);
process.exit(0);
