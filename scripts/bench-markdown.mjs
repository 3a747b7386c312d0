// `npm run bench:markdown`: the bank's Markdown parser must stay linear on any input. Times
// 100 KB of each hostile shape (unclosed links, bracket runs, escaped closers, deep nesting)
// and fails when one takes 50 ms or more (best of 7 runs, so a busy machine does not fail it; a
// quadratic parser takes seconds however often it runs).

import { Buffer } from 'node:buffer';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';

const LIMIT_MS = 50;
const SIZE = 100_000;
const fill = (unit) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

const { outputFiles } = await build({
  entryPoints: ['src/core/markdown.ts'],
  bundle: true,
  format: 'esm',
  write: false,
  target: 'es2022',
});
const { parseMarkdown } = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);

const cases = {
  'unclosed link targets [a](': fill('[a]('),
  'bracket runs [[[': fill('['),
  'escaped closers [a\\]': fill('[a\\]'),
  'escaped stars \\*': fill('\\*'),
  'unbalanced parens [x]((((': `[x](${fill('(')}`,
  'star runs *a': fill('*a'),
  'nested bold **': fill('**'),
  'backticks `': fill('`'),
  'backslash runs \\\\': fill('\\'),
  'lines of bullets': fill('- [a](\n'),
  'ordinary prose': fill('Precision is **TP / (TP + FP)**; see [docs](https://e.org) and `code`. '),
};

let failed = 0;
console.log(`Markdown parser, ${SIZE.toLocaleString('en')} characters per case, best of 7 runs (limit ${LIMIT_MS} ms):`);
for (const [name, text] of Object.entries(cases)) {
  const times = [];
  for (let run = 0; run < 7; run++) {
    const start = performance.now();
    parseMarkdown(text);
    times.push(performance.now() - start);
  }
  const best = Math.min(...times);
  const ok = best < LIMIT_MS;
  if (!ok) failed++;
  console.log(`  ${ok ? 'ok  ' : 'SLOW'} ${name.padEnd(30)} ${best.toFixed(1).padStart(7)} ms`);
}
if (failed) {
  console.error(`${failed} case(s) at or over ${LIMIT_MS} ms: the parser is no longer linear.`);
  process.exit(1);
}
