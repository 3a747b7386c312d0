// The Astro page of the README (test/types/astro/Page.astro): its frontmatter runs in plain Node,
// as Astro runs it at build time, and its client script imports only 'quizkit'.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

const page = fs.readFileSync(path.resolve(import.meta.dirname, '../types/astro/Page.astro'), 'utf8');
const [, frontmatter, markup] = page.split(/^---$/m);

describe('the README Astro page', () => {
  it('runs its frontmatter in Node and lists the bundled topics', async () => {
    // A data: module cannot resolve 'quizkit/data' by the package's own name, so point it at the file.
    const source = frontmatter.replace("'quizkit/data'", JSON.stringify(import.meta.resolve('quizkit/data'))) + '\nexport { topics };';
    const { topics } = await import(`data:text/javascript,${encodeURIComponent(source)}`);
    assert.ok(topics.length > 3);
    assert.ok(topics.some((t) => t.id === 'evaluation' && t.title));
    assert.equal(typeof globalThis.customElements, 'undefined', 'the frontmatter must not load the elements');
  });

  it('defines the elements only in the client script', () => {
    assert.match(markup, /<script>\s*import 'quizkit';\s*<\/script>/);
    assert.doesNotMatch(frontmatter, /from 'quizkit'/);
  });
});
