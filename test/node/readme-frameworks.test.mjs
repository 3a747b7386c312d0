// The README's "Frameworks" snippets are quotes of the fixtures that CI type-checks or runs: each
// code block after a `<!-- from FILE -->` comment must appear in FILE, line by line and in order.
// Also compiles the Vue fixture with the README's isCustomElement option, so the tags stay elements.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { compileTemplate, parse } from 'vue/compiler-sfc';

const root = path.resolve(import.meta.dirname, '../..');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('### Frameworks'), readme.indexOf('\n## ', readme.indexOf('### Frameworks')));
const quotes = [...section.matchAll(/<!-- from (\S+) -->\n```\w*\n([\s\S]*?)```/g)].map(([, file, code]) => ({ file, code }));
const lines = (text) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

describe('README Frameworks section', () => {
  it('quotes a fixture for every code block', () => {
    assert.ok(quotes.length >= 6, `${quotes.length} quoted blocks`);
    const blocks = section.match(/```/g).length / 2;
    assert.equal(quotes.length, blocks, 'every code block names the fixture it quotes');
  });

  for (const { file, code } of quotes) {
    it(`quotes ${file} exactly`, () => {
      const fixture = lines(fs.readFileSync(path.join(root, file), 'utf8'));
      let at = 0;
      for (const line of lines(code)) {
        const found = fixture.indexOf(line, at);
        assert.ok(found >= 0, `${file} has no line (after line ${at}) reading: ${line}`);
        at = found + 1;
      }
    });
  }

  it("keeps quizkit's tags custom elements in Vue with the README's compiler option", () => {
    const file = path.join(root, 'test/types/vue/App.vue');
    const { descriptor } = parse(fs.readFileSync(file, 'utf8'), { filename: file });
    const compile = (compilerOptions) =>
      compileTemplate({ source: descriptor.template.content, filename: file, id: 'app', compilerOptions }).code;
    assert.match(compile({}), /resolveComponent\("quiz-runner"\)/, 'without the option Vue looks for a component');
    const isCustomElement = (tag) => tag.startsWith('quiz-');
    assert.match(section, /isCustomElement: \(tag\) => tag\.startsWith\('quiz-'\)/);
    const code = compile({ isCustomElement });
    assert.doesNotMatch(code, /resolveComponent/);
    // camelCase reaches the element as the property (Vue sets a prop when `key in el`); kebab-case would not.
    assert.match(code, /feedbackProvider: \$setup\.grader|feedbackProvider: _ctx\.grader|feedbackProvider: grader/);
  });
});
