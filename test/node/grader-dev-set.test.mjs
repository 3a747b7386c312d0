// The offline grader keeps meeting its targets on the hand-labelled development set.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';

test('npm run eval:grader meets every target on test/fixtures/grader-dev', () => {
  const out = JSON.parse(execFileSync(process.execPath, ['scripts/eval-grader.mjs', '--json'], { encoding: 'utf8' }));
  assert.ok(out.answers >= 150 && out.questions >= 20, `${out.answers} answers to ${out.questions} questions`);
  assert.deepEqual(out.met, { precision: true, recall: true, pearson: true, wrongAtHalf: true }, JSON.stringify(out, null, 2));
  assert.equal(out.wrongGoodVerdict, 0, 'no wrong or negated answer is called good or strong');
});
