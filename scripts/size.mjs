// Prints the gzip size of the CDN code and of the lazily loaded bank; fails above the code budget.

import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const DIR = 'dist/cdn';
const BUDGET = 20 * 1024;
const BANK = 'ml-interview-bank.js';

if (!fs.existsSync(path.join(DIR, 'quizkit.js'))) {
  console.error(`${DIR}/quizkit.js is missing: run "npm run build" first.`);
  process.exit(1);
}
const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.js'));
const gz = (f) => gzipSync(fs.readFileSync(path.join(DIR, f)), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const code = files.filter((f) => f !== BANK);
const codeSize = code.reduce((sum, f) => sum + gz(f), 0);
for (const f of code) console.log(`code  ${f.padEnd(24)} ${kb(gz(f)).padStart(9)} gzip`);
console.log(`bank  ${BANK.padEnd(24)} ${kb(gz(BANK)).padStart(9)} gzip (loaded only when a page uses the bundled bank)`);
console.log(`code total ${kb(codeSize)} of ${kb(BUDGET)} budget`);
if (codeSize > BUDGET) {
  console.error(`The CDN code is ${kb(codeSize - BUDGET)} over budget.`);
  process.exit(1);
}
