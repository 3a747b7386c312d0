// Markdown banks through convertBank (quizkit/data, built dist/): each part of the format maps to
// the bank format with its Markdown kept as source, each mistake is reported with its line (and
// column), bankToMarkdown writes what reads back the same, and the parser stays lazy.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { bankToMarkdown, convertBank, formatProblem, parseBank } from 'quizkit/data';

const root = path.resolve(import.meta.dirname, '../..');
const sample = fs.readFileSync(path.join(root, 'test/fixtures/sample.md'), 'utf8');
const md = (text, options) => convertBank(text, 'markdown', options);
const byId = (bank, id) => bank.questions.find((q) => q.id === id);
/** The problems of a text, one formatted line each. */
const problems = async (text) => (await md(text)).problems.map(formatProblem);
/** Lines joined, so that tests can write a document one line per string. */
const lines = (...rows) => `${rows.join('\n')}\n`;

describe('convertBank(text, "markdown")', () => {
  it('reads a file saved with a byte order mark and Windows line ends as the same bank', async () => {
    // micromark drops the mark: text sliced by its offsets was one character off ("L1" became "L").
    const windows = `\uFEFF${sample.replaceAll('\n', '\r\n')}`;
    assert.deepEqual(await md(windows, { title: 'T' }), await md(sample, { title: 'T' }));
    const { bank, problems } = await md(
      '\uFEFF# Quiz\n\n## Regularisation ##\n\n### Which are penalties?\n\n1. [x] L1\n2. [x] L2\n3. [ ] More layers\n',
    );
    assert.deepEqual(problems, []);
    assert.deepEqual([bank.title, bank.topics[0].title], ['Quiz', 'Regularisation']);
    assert.deepEqual(
      bank.questions[0].check.choices.map((c) => c.text),
      ['L1', 'L2', 'More layers'],
    );
  });

  it('makes a bank that loads: # title, ## topics with descriptions, ### questions', async () => {
    const { bank, problems: found } = await md(sample);
    assert.deepEqual(found, []);
    assert.equal(parseBank(bank, 'sample.md').ok, true);
    assert.equal(bank.title, 'Sample Markdown bank');
    assert.deepEqual(bank.topics, [
      { id: 'evaluation', title: 'Model evaluation', description: 'Measuring classifiers: *precision*, recall and friends.' },
      { id: 'trees', title: 'Trees' },
    ]);
    assert.deepEqual(
      bank.questions.map((q) => [q.id, q.topic]),
      [
        ['precision-vs-recall', 'evaluation'],
        ['good-splits', 'evaluation'],
        ['explain-bagging', 'trees'],
      ],
    );
  });

  it('reads {#id} and the fields a heading sets: language, version, difficulty', async () => {
    const { bank } = await md(sample);
    assert.equal(bank.id, 'sample-md');
    assert.equal(bank.language, 'en');
    assert.equal(bank.version, '1.2');
    assert.equal(byId(bank, 'precision-vs-recall').difficulty, 'easy');
    assert.equal(byId(bank, 'explain-bagging').difficulty, undefined);
    const { bank: quoted } = await md('# T {version="2 beta"}\n\n### Q?\n\n#### Answer\n\nA.\n');
    assert.equal(quoted.version, '2 beta');
  });

  it('makes ids from the heading text when there is no {#id}, keeping them unique', async () => {
    const { bank, problems: found } = await md(
      lines('## Évaluation & tests', '', '### What is `F1`?', '#### Answer', 'A.', '### What is `F1`?', '#### Answer', 'B.'),
    );
    assert.equal(bank.topics[0].id, 'evaluation-tests');
    assert.deepEqual(
      bank.questions.map((q) => q.id),
      ['what-is-f1', 'what-is-f1-2'],
    );
    assert.deepEqual(found.map(formatProblem), [
      'warning: line 6: the question id "what-is-f1" is taken by the question on line 3; this one is "what-is-f1-2" (set one with {#id})',
    ]);
  });

  it('maps - [x] and - [ ] to right and wrong choices, with a > quote under a choice as its feedback', async () => {
    const { bank } = await md(sample);
    assert.deepEqual(byId(bank, 'precision-vs-recall').check.choices, [
      { text: 'Precision', correct: true, feedback: 'Right: it divides by everything predicted positive, `TP + FP`.' },
      { text: 'Recall', correct: false, feedback: 'No, recall divides by the *actual* positives.' },
    ]);
    assert.deepEqual(
      byId(bank, 'good-splits').check.choices.map((c) => [c.correct, c.feedback]),
      [
        [true, 'Yes: no future rows leak into training.'],
        [true, undefined],
        [false, 'No: that test set is then spent.'],
      ],
    );
  });

  it('takes the explanation from a #### Explanation section too, once', async () => {
    const read = await md(lines('### Q?', '- [x] a', '- [ ] b', '', '#### Explanation', '', 'Because *a*.'));
    assert.deepEqual(read.problems, []);
    assert.equal(read.bank.questions[0].check.explanation, 'Because *a*.');
    assert.deepEqual(await problems(lines('### Q?', '- [x] a', '- [ ] b', '', 'Why.', '', '#### Explanation', '', 'Again.')), [
      'line 7: the explanation is written twice: after the choices and under `#### Explanation`',
    ]);
    assert.deepEqual(await problems(lines('### Q?', '', '#### Explanation', '', 'Because.')), [
      'line 3: an explanation explains the choices (`- [x]`), and this question has none; a model answer goes under `#### Answer`',
    ]);
  });

  it('reads a choice whose text starts with code, emphasis or a link without its [x] marker', async () => {
    // Before, "[x] `tuple`" was the choice's text: the learner saw which choices were right.
    const { bank, problems } = await md(
      '# Q\n\n## T\n\n### Which are immutable?\n\n- [x] `tuple`\n- [x] *str* type\n- [ ] **list**\n- [ ] [dict](https://docs.python.org)\n',
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(
      bank.questions[0].check.choices.map((c) => [c.text, c.correct]),
      [
        ['`tuple`', true],
        ['*str* type', true],
        ['**list**', false],
        ['[dict](https://docs.python.org)', false],
      ],
    );
    // And bankToMarkdown's output, which writes such choices, reads back the same.
    assert.deepEqual((await md(bankToMarkdown(bank))).bank.questions, bank.questions);
  });

  it('takes paragraphs before the choices as the check prompt, and after them as the explanation', async () => {
    const { bank } = await md(sample);
    assert.deepEqual(byId(bank, 'good-splits').check.prompt, 'Choose every practice that keeps the validation score honest.');
    assert.equal(byId(bank, 'good-splits').check.explanation, 'Leaks make validation scores look better than the model is.');
    // Without paragraphs before the choices, the check asks the question's prompt.
    assert.equal(byId(bank, 'precision-vs-recall').check.prompt, undefined);
  });

  it('keeps Markdown as source: code, emphasis, links, lists and escapes, for the kit to render safely', async () => {
    const { bank } = await md(sample);
    const q = byId(bank, 'precision-vs-recall');
    assert.equal(q.prompt, 'Which metric is hurt by **false positives**?');
    assert.equal(q.check.explanation, 'Precision is `TP / (TP + FP)`. See [the glossary](https://example.com/glossary).');
    assert.equal(
      q.answer,
      'Precision is the share of predicted positives that are right; recall the share of actual\npositives that are found.\n\n- Spam filters favour precision.\n- Cancer screening favours recall.',
    );
    const { bank: escaped } = await md(lines('### Is 2 \\* 3 = `6`? <b>bold</b> &amp; {#esc}', '', '- [x] \\[yes\\] &lt;', '- [ ] no'));
    assert.equal(escaped.questions[0].prompt, 'Is 2 \\* 3 = `6`? <b>bold</b> &amp;');
    assert.equal(escaped.questions[0].check.choices[0].text, '\\[yes\\] &lt;');
  });

  it('leaves character references as written, in text and in ids alike', async () => {
    const { bank } = await md(lines('### Q&amp;A &#35;1', '', '- [x] &lt;b&gt;', '- [ ] b'));
    assert.equal(bank.questions[0].prompt, 'Q&amp;A &#35;1');
    assert.equal(bank.questions[0].id, 'q-amp-a-35-1');
    assert.equal(bank.questions[0].check.choices[0].text, '&lt;b&gt;');
  });

  it('takes a choice and its feedback over several lines, without the list and quote markers', async () => {
    const { bank } = await md(
      lines(
        '### Q? {#q}',
        '',
        '- [x] a choice *that*',
        '  goes on',
        '  > feedback that',
        '  > goes on',
        '  >',
        '  > ```',
        '  >   indented code',
        '  > ```',
        '- [ ] b',
      ),
    );
    const [a] = bank.questions[0].check.choices;
    assert.equal(a.text, 'a choice *that*\ngoes on');
    assert.equal(a.feedback, 'feedback that\ngoes on\n\n```\n  indented code\n```');
  });

  it('reads the sections: Why interviewers ask, Answer, Key points with keywords, Misconceptions, Also asked as', async () => {
    const { bank } = await md(sample);
    const q = byId(bank, 'precision-vs-recall');
    assert.equal(q.why, 'They check that you know which error each metric counts.');
    assert.deepEqual(q.keyPoints, [
      { point: 'Precision: of the predicted positives, how many are right', keywords: ['predicted positive', 'false positive'] },
      { point: 'Recall: of the actual positives, how many are found', keywords: ['actual positives', 'false negative'] },
    ]);
    assert.deepEqual(q.misconceptions, [
      {
        claim: 'Precision and recall are the same number',
        keywords: ['same number'],
        feedback: 'They divide by different counts: predicted positives and actual positives.',
        point: 1,
      },
    ]);
    assert.deepEqual(q.variants, ['What is the difference between precision and recall?']);
    // A question with only sections is a practice and interview question, with no check.
    assert.deepEqual(byId(bank, 'explain-bagging'), {
      id: 'explain-bagging',
      topic: 'trees',
      prompt: 'Explain bagging',
      answer: 'Averaging many trees fit on bootstrap samples cancels their independent errors.',
    });
  });

  it('accepts other names for the sections, in any case, and keywords with commas inside code spans', async () => {
    const { bank } = await md(
      lines(
        '### Q? {#q}',
        '#### model answer:',
        'A.',
        '#### WHY',
        'W.',
        '#### Variants',
        '1. Q again?',
        '#### Key points',
        '- P',
        '  Keywords: `a, b`, `c`',
        '- Q',
      ),
    );
    assert.deepEqual(bank.questions[0], {
      id: 'q',
      topic: 'general',
      prompt: 'Q?',
      variants: ['Q again?'],
      why: 'W.',
      answer: 'A.',
      keyPoints: [{ point: 'P', keywords: ['a, b', 'c'] }, { point: 'Q' }],
    });
  });

  it('puts questions before any ## into a "General" topic and titles a bank without # from the options', async () => {
    const { bank } = await md('### Quick one?\n\n- [x] yes\n- [ ] no\n', { title: 'From the page' });
    assert.equal(bank.title, 'From the page');
    assert.deepEqual(bank.topics, [{ id: 'general', title: 'General' }]);
    assert.equal((await md('### Quick one?\n\n- [x] yes\n- [ ] no\n')).bank.title, 'Questions');
  });

  it('reads text indented as a whole (inline in HTML), and counts columns as written', async () => {
    const indented = sample
      .split('\n')
      .map((l) => (l ? `      ${l}` : l))
      .join('\n');
    assert.deepEqual((await md(indented)).bank, (await md(sample)).bank);
    assert.deepEqual(await problems('    ### Q?\n\n    - [x] a\n    - b\n'), [
      'line 4, column 5: each choice starts with `[x]` (right) or `[ ]` (wrong)',
    ]);
  });

  it('converts the complete example of src/data/README.md without a problem', async () => {
    const readme = fs.readFileSync(path.join(root, 'src/data/README.md'), 'utf8');
    const example = readme.slice(readme.indexOf('````markdown\n') + 12, readme.lastIndexOf('````'));
    const { bank, problems: found } = await md(example);
    assert.deepEqual(found, []);
    assert.deepEqual(
      bank.questions.map((q) => [q.id, q.difficulty, Object.keys(q).length]),
      [
        ['precision-vs-recall', 'easy', 10],
        ['model-shipped', 'hard', 5],
      ],
    );
  });

  it('skips --- between questions and HTML comments, and warns of text that belongs to nothing', async () => {
    const { bank, problems: found } = await md(
      lines(
        '# T',
        '',
        'An intro.',
        '',
        '<!-- a note -->',
        '### Q? {#q}',
        '- [x] a',
        '- [ ] b',
        '',
        '---',
        '',
        '### R? {#r}',
        '#### Answer',
        'A.',
      ),
    );
    assert.equal(bank.questions[0].check.explanation, undefined);
    assert.equal(bank.questions.length, 2);
    assert.deepEqual(found.map(formatProblem), [
      'warning: line 3: text before the first topic (`##`) or question (`###`) belongs to nothing and is ignored',
    ]);
  });
});

describe('Markdown bank problems, each with its line', () => {
  it('a choice list without - [x], or with one choice', async () => {
    assert.deepEqual(await problems(lines('# T', '', '### Q?', '', '- [ ] a', '- [ ] b')), [
      'line 5: a choice list needs at least one `- [x]` (a right answer)',
    ]);
    assert.deepEqual(await problems(lines('### Q?', '- [x] a')), ['line 2: a choice list needs at least two choices']);
  });

  it('a list item without a checkbox among the choices, and extra blocks in a choice', async () => {
    assert.deepEqual(await problems(lines('### Q?', '- [x] a', '- b')), ['line 3: each choice starts with `[x]` (right) or `[ ]` (wrong)']);
    assert.deepEqual(await problems(lines('### Q?', '- [x] a', '', '  more', '- [ ] b')), [
      'line 4, column 3: a choice holds its text and, indented under it, one `>` quote with its feedback',
    ]);
  });

  it('feedback written at the margin under a choice, rather than indented', async () => {
    // Before: "a question has one list of choices; this is a second one" and "needs at least two choices".
    assert.deepEqual(await problems(lines('### Q?', '- [x] 4', '> right', '- [ ] 5')), [
      "line 3: a choice's feedback (`>`) goes indented under the choice, by two spaces; at the margin it ends the list of choices",
    ]);
    // After a blank line, a quote is the explanation.
    const { bank } = await md(lines('### Q?', '- [x] 4', '- [ ] 5', '', '> Because.'));
    assert.equal(bank.questions[0].check.explanation, '> Because.');
  });

  it('text under a question without choices, and a second list of choices', async () => {
    assert.deepEqual(await problems(lines('### Q?', '', 'An answer.')), [
      'line 3: text right under a question goes with its choices (`- [x]`, `- [ ]`); put a model answer under `#### Answer`',
    ]);
    assert.deepEqual(await problems(lines('### Q?', '- [x] a', '- [ ] b', '', 'Why.', '', '* [x] c', '* [ ] d')), [
      'line 7: a question has one list of choices; this is a second one',
    ]);
  });

  it('a section quizkit does not know, a section twice, a section outside a question, choices inside a section', async () => {
    assert.deepEqual(await problems(lines('### Q?', '#### Hints', 'H.')), [
      'line 2: "Hints" is not a section quizkit knows (it knows: Answer, Why interviewers ask, Key points, Also asked as, Misconceptions, Explanation)',
    ]);
    assert.deepEqual(await problems(lines('### Q?', '#### Answer', 'A.', '#### Answer', 'B.')), [
      'line 4: the question has a second "Answer" section',
    ]);
    assert.deepEqual(await problems(lines('## Topic', '#### Answer', 'A.', '### Q?', '#### Answer', 'B.')), [
      'line 2: a `####` section belongs to a question: put a `###` heading with the question before it',
    ]);
    assert.deepEqual(await problems(lines('### Q?', '#### Key points', '- [x] P')), [
      'line 3: choices (`- [x]`, `- [ ]`) go right under the question heading, before its `####` sections',
    ]);
    assert.deepEqual(await problems(lines('### Q?', '#### Key points', 'P.')), [
      'line 3: the "Key points" section holds one list, an item per entry',
    ]);
  });

  it('a second # title, or one after the questions', async () => {
    assert.deepEqual(await problems(lines('# A', '# B', '### Q?', '#### Answer', 'A.')), [
      'line 2: a bank has one `#` title; this is a second one (topics are `##` headings, questions `###`)',
    ]);
    assert.deepEqual(await problems(lines('## T', '# A', '### Q?', '#### Answer', 'A.')), [
      'line 2: the bank title (`#`) comes before its topics and questions (topics are `##` headings, questions `###`)',
    ]);
  });

  it('attributes a heading cannot set, a wrong difficulty, broken braces', async () => {
    assert.deepEqual(await problems(lines('### Q? {#q level=3}', '#### Answer', 'A.')), [
      'line 1: "level" is not something a ### heading sets (it sets: difficulty)',
    ]);
    assert.deepEqual(await problems(lines('### Q? {difficulty=trivial}', '#### Answer', 'A.')), [
      'line 1: difficulty must be easy, medium or hard, not "trivial"',
    ]);
    assert.deepEqual(await problems(lines('### Q? {.big}', '#### Answer', 'A.')), [
      'line 1: ".big" is not an attribute: write {#id} or {#id name=value}',
    ]);
    // Braces inside code, escaped, or not at the end are text.
    const { bank } = await md(lines('### Is `{#x}` an id? \\{#y} {a} b', '#### Answer', 'A.'));
    assert.equal(bank.questions[0].prompt, 'Is `{#x}` an id? \\{#y} {a} b');
  });

  it('an id used twice, a reserved id, an empty heading', async () => {
    assert.deepEqual(await problems(lines('### A {#q}', '#### Answer', 'A.', '### B {#q}', '#### Answer', 'B.')), [
      'line 4: the question id "q" is taken by the question on line 1',
    ]);
    assert.deepEqual(await problems(lines('## T {#constructor}', '### A', '#### Answer', 'A.')), [
      'line 1: id: "constructor" is a reserved name; choose another id',
    ]);
    assert.deepEqual(await problems(lines('### {#q}', '#### Answer', 'A.')), [
      'line 1: a question (`###`) needs its prompt as the heading text',
    ]);
  });

  it('the rules of the bank format, on the line that breaks them', async () => {
    assert.deepEqual(await problems(lines('### Q?', '', '- [x] same', '- [ ] Same ', '- [ ] same')), [
      'line 5: text: "same" is the text of another choice',
    ]);
    assert.deepEqual(await problems(lines('### Q?', '#### Key points', '- P', '#### Misconceptions', '- C', '  Key point: 4', '  > F.')), [
      'line 5: point: 3 is not a key point of this question (it has 1)',
    ]);
  });

  it('a misconception without its > feedback, or with a key point that is not a number', async () => {
    assert.deepEqual(await problems(lines('### Q?', '#### Misconceptions', '- C')), [
      'line 3: a misconception needs its feedback as a `>` quote under it',
    ]);
    assert.deepEqual(
      await problems(lines('### Q?', '#### Key points', '- P', '#### Misconceptions', '- C', '  Key point: first', '  > F.')),
      ['line 5: "Key point:" takes the number of a key point (1 for the first), not "first"'],
    );
  });

  it('a text without any question', async () => {
    assert.deepEqual(await problems('# Only a title\n'), ['line 1: the text has no question: write each one under a `###` heading']);
    assert.deepEqual(await problems(''), ['line 1: the text has no question: write each one under a `###` heading']);
  });

  it('never throws, and every problem names a line, whatever the text', async () => {
    const pieces = [
      '# T',
      '## A',
      '### Q?',
      '#### Answer',
      '#### Key points',
      '#### Misconceptions',
      '- [x] a',
      '- [ ] b',
      '  > f',
      '> q',
      '- p',
      '  Keywords: `k`',
      '  Key point: 1',
      '{#x}',
      '```',
      '',
      '    code',
      '* ',
      '1. n',
      '\\',
      '<!--',
      '---',
      '\t- [x]',
    ];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 8 })), { maxLength: 30 }), async (parts) => {
        const { bank, problems: found } = await md(parts.join('\n'));
        for (const p of found) assert.match(p.path, /^line \d+(, column \d+)?$/);
        if (bank) assert.equal(parseBank(bank, 'fuzz').ok, true);
        else assert.ok(found.some((p) => p.severity === 'error'));
      }),
      { numRuns: 300, seed: 20261126 },
    );
  });
});

describe('bankToMarkdown', () => {
  it('writes the bundled bank as Markdown that converts back to the same bank', async () => {
    const bank = JSON.parse(fs.readFileSync(path.join(root, 'src/data/banks/ml-interview.json'), 'utf8'));
    const markdown = bankToMarkdown(bank);
    assert.match(
      markdown,
      /^# Machine learning interview questions \{#ml-interview language=en version=1\.0\.0 \$schema=\.\.\/bank\.schema\.json\}\n/,
    );
    const back = await md(markdown);
    assert.deepEqual(back.problems, []);
    assert.deepEqual(back.bank, bank);
  });

  it('writes the sample Markdown bank back as the same bank, with every id explicit', async () => {
    const { bank } = await md(sample);
    const markdown = bankToMarkdown(bank);
    assert.match(markdown, /^### Explain bagging \{#explain-bagging\}$/m);
    assert.deepEqual((await md(markdown)).bank, bank);
  });

  it('writes keywords that hold backticks, commas and spaces as code spans that read back exactly', async () => {
    const keywords = ['a, b', '`tick`', 'x `` y', ' padded ', 'plain'];
    const bank = {
      title: 'T',
      topics: [{ id: 't', title: 'T' }],
      questions: [{ id: 'q', topic: 't', prompt: 'Q?', keyPoints: [{ point: 'P', keywords }] }],
    };
    assert.deepEqual((await md(bankToMarkdown(bank))).bank.questions[0].keyPoints[0].keywords, keywords);
  });
});

describe('the Markdown parser is lazy', () => {
  it('quizkit/data does not import it up front; the CDN build has it in its own chunk', () => {
    for (const file of ['data.js', 'data/formats/convert.js', 'data/load.js']) {
      assert.doesNotMatch(fs.readFileSync(path.join(root, 'dist', file), 'utf8'), /micromark|mdast|formats\/markdown/, file);
    }
    assert.match(fs.readFileSync(path.join(root, 'dist/internal/lazy.js'), 'utf8'), /import\('\.\.\/data\/formats\/markdown\.js'\)/);
    const cdn = fs.readdirSync(path.join(root, 'dist/cdn')).filter((f) => f.endsWith('.js'));
    // micromark's token names and a rule of markdownToBank: in that chunk alone.
    const holding = cdn.filter((file) =>
      /codeFencedFence|a choice list needs/.test(fs.readFileSync(path.join(root, 'dist/cdn', file), 'utf8')),
    );
    assert.deepEqual(holding, ['markdown-parser.js']);
    // Nor micromark's table of HTML entities, which quizkit never uses (see no-entities.ts).
    assert.doesNotMatch(fs.readFileSync(path.join(root, 'dist/cdn/markdown-parser.js'), 'utf8'), /AElig/);
  });
});
