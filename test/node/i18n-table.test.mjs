// The table of message ids in src/i18n/README.md lists every id of the English catalogue, with
// its parameters and text, as `npm run i18n:table` writes it.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';

const root = path.resolve(import.meta.dirname, '../..');

describe('src/i18n/README.md', () => {
  it('lists every message id as the English catalogue defines it', () => {
    const out = execFileSync(process.execPath, ['scripts/i18n-table.mjs', '--check'], { cwd: root, encoding: 'utf8' });
    assert.match(out, /the table lists all \d+ message ids/);
  });
});
