// `npm run test:types`: type-checks framework apps (test/types/) against the package as npm would
// install it. Packs the built package, unpacks it into test/types/node_modules/quizkit, then runs
// tsc (React 19, Preact), vue-tsc (strict templates) and svelte-check. Wrong attribute values and
// unknown event-detail fields must fail: `@ts-expect-error` / `@vue-expect-error` lines in TSX and
// Vue, and `<!-- expect-error: text -->` lines in Svelte (svelte-check has no directive for markup).

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { installPacked, root } from './install-packed.mjs';

const fixtures = path.join(root, 'test/types');
const bin = (name) => path.join(root, 'node_modules/.bin', name);

try {
  installPacked(fixtures);
} catch (e) {
  console.error(e.message);
  process.exit(1);
}

let failed = 0;
const run = (label, cmd, args) => {
  const result = spawnSync(cmd, args, { cwd: fixtures, encoding: 'utf8' });
  const ok = result.status === 0;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${label}`);
  if (!ok) {
    failed++;
    process.stdout.write(result.stdout + result.stderr);
  }
  return result;
};

run('React 19 + TypeScript: quizkit/react wrappers and plain tags (tsc)', bin('tsc'), ['-p', 'react/tsconfig.json']);
run('Preact + TypeScript: plain tags (tsc)', bin('tsc'), ['-p', 'preact/tsconfig.json']);
run('Vue 3 SFC, strict templates (vue-tsc)', bin('vue-tsc'), ['-p', 'vue/tsconfig.json']);

// Svelte: every error must be one that an expect-error comment announces, on the line after it.
const svelteDir = path.join(fixtures, 'svelte');
const expected = [];
for (const file of fs.readdirSync(svelteDir).filter((f) => f.endsWith('.svelte'))) {
  fs.readFileSync(path.join(svelteDir, file), 'utf8')
    .split('\n')
    .forEach((line, i) => {
      const text = /<!-- expect-error: (.+?) -->/.exec(line)?.[1];
      if (text) expected.push({ file, line: i + 1, text });
    });
}
const check = spawnSync(bin('svelte-check'), ['--workspace', 'svelte', '--tsconfig', './tsconfig.json', '--output', 'machine-verbose'], {
  cwd: fixtures,
  encoding: 'utf8',
});
const diagnostics = check.stdout
  .split('\n')
  .map((line) => line.slice(line.indexOf(' ') + 1))
  .filter((line) => line.startsWith('{'))
  .map((line) => JSON.parse(line))
  .filter((d) => d.type === 'ERROR' || d.type === 'WARNING');
const unexpected = diagnostics.filter(
  (d) => !expected.some((e) => e.file === d.filename && e.line === d.start.line && d.type === 'ERROR' && d.message.includes(e.text)),
);
const missing = expected.filter(
  (e) => !diagnostics.some((d) => d.filename === e.file && d.start.line === e.line && d.message.includes(e.text)),
);
const svelteOk = check.status !== null && check.stdout.includes('COMPLETED') && unexpected.length === 0 && missing.length === 0;
console.log(`${svelteOk ? 'ok  ' : 'FAIL'} Svelte 5 component (svelte-check): ${expected.length} expected errors`);
if (!svelteOk) {
  failed++;
  for (const d of unexpected) console.log(`  unexpected: ${d.filename}:${d.start.line + 1}: ${d.message}`);
  for (const e of missing) console.log(`  no error at ${e.file}:${e.line + 1}, expected one containing: ${e.text}`);
  if (!check.stdout.includes('COMPLETED')) process.stdout.write(check.stdout + check.stderr);
}

if (failed) {
  console.error(`\n${failed} type check(s) failed.`);
  process.exit(1);
}
console.log('\nAll framework type checks passed.');
