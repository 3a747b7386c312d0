// Right-to-left pages mirror the elements only if their styles name sides by flow (inline-start,
// inline-end), not by the screen (left, right): this finds physical sides in every style module.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

const root = path.resolve(import.meta.dirname, '../..');
const files = fs
  .readdirSync(path.join(root, 'src/components'), { recursive: true })
  .filter((f) => f.endsWith('.styles.ts'))
  .map((f) => path.join('src/components', f));

/** Declarations in `css` that put something on the left or right side rather than the start or end. */
function physicalSides(css) {
  const found = [];
  // Comments may say "left" and "right" freely.
  const code = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const [decl] of code.matchAll(/[\w-]+\s*:[^;{}]+;/g)) {
    const [prop, value] = decl
      .slice(0, -1)
      .split(/:(.*)/s)
      .map((s) => s.trim());
    // margin-left, padding-right, border-left-color, inset: …, left: 0, right: 0 …
    if (/(^|-)(left|right)(-|$)/.test(prop)) found.push(decl);
    // text-align: left, float: right, clear: left …
    else if (/^(text-align|float|clear|text-align-last)$/.test(prop) && /\b(left|right)\b/.test(value)) found.push(decl);
    // A four-value margin, padding, inset or border-width with different left and right sides.
    else if (/^(margin|padding|inset|border-width|border-style|border-color|scroll-margin|scroll-padding)$/.test(prop)) {
      const parts = value.split(/\s+(?![^(]*\))/);
      if (parts.length === 4 && parts[1] !== parts[3]) found.push(decl);
    }
  }
  return found;
}

describe('styles name sides by flow, not by the screen', () => {
  it('finds the style modules', () => {
    assert.ok(files.length >= 5, files.join(', '));
    assert.ok(files.includes(path.join('src/components', 'shared', 'base.styles.ts')));
  });

  it('catches what it should (so that a pass means something)', () => {
    assert.deepEqual(physicalSides('a { padding: 0 0.75rem 0.6rem 2.4rem; margin-left: 1px; text-align: right; }'), [
      'padding: 0 0.75rem 0.6rem 2.4rem;',
      'margin-left: 1px;',
      'text-align: right;',
    ]);
    assert.deepEqual(physicalSides('/* left */ a { padding: 0 1rem 0.5rem; margin-inline-start: auto; text-align: start; }'), []);
  });

  for (const file of files) {
    it(file, () => {
      assert.deepEqual(physicalSides(fs.readFileSync(path.join(root, file), 'utf8')), []);
    });
  }
});
