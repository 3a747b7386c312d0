// The CDN build's source maps lead a developer from the minified file to the right source line.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';

const DIR = 'dist/cdn';

/** Where `needle` sits in a built file, traced back through its source map. */
function trace(file, needle) {
  const code = fs.readFileSync(path.join(DIR, file), 'utf8');
  const at = code.indexOf(needle);
  assert.ok(at >= 0, `${needle} is not in ${file}`);
  const before = code.slice(0, at).split('\n');
  const map = new TraceMap(fs.readFileSync(path.join(DIR, `${file}.map`), 'utf8'));
  return originalPositionFor(map, { line: before.length, column: before.at(-1).length });
}

/** The 1-based line of the first line of `source` that contains `needle`. */
const lineOf = (source, needle) =>
  fs
    .readFileSync(source, 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(needle)) + 1;

for (const [file, source, needle] of [
  // The English texts live with each element's English messages (src/i18n/locales/en/).
  ['quiz-runner.js', 'src/i18n/locales/en/runner.ts', 'You have an unfinished run: '],
  ['question-card.js', 'src/i18n/locales/en/card.ts', 'This was the right answer.'],
  ['run-summary.js', 'src/i18n/locales/en/summary.ts', 'Not passed yet'],
  ['topic-picker.js', 'src/components/topic-picker/topic-picker.ts', 'part="count"'],
]) {
  test(`${file} maps "${needle}" to its line in ${source}`, () => {
    const pos = trace(file, needle);
    assert.equal(pos.source && path.relative('.', path.resolve(DIR, pos.source)), source);
    assert.equal(pos.line, lineOf(source, needle));
  });
}
