// GIFT banks through convertBank (quizkit/data, built dist/): each supported feature maps to the
// bank format, each refused question type is reported with its line, and the parser stays lazy.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { convertBank, formatProblem, parseBank } from 'quizkit/data';

const root = path.resolve(import.meta.dirname, '../..');
const sample = fs.readFileSync(path.join(root, 'test/fixtures/sample.gift'), 'utf8');
const gift = async (text) => convertBank(text, 'gift', { title: 'Test' });
const byId = (bank, id) => bank.questions.find((q) => q.id === id);

describe('convertBank(text, "gift")', () => {
  it('shows [plain] text as written: what Markdown would read as markup is escaped', async () => {
    const { bank } = await gift('[plain]Is *this* [bold]?{=[plain]a `b` ~no}\n\n[markdown]Is *this* italic?{=yes ~no}\n');
    assert.deepEqual(
      bank.questions.map((q) => [q.prompt, q.check.choices[0].text]),
      [
        ['Is \\*this\\* \\[bold\\]?', 'a \\`b\\`'],
        ['Is *this* italic?', 'yes'],
      ],
    );
  });

  it("makes Moodle's [html] text the Markdown subset, warning once of an image it cannot show", async () => {
    const { bank, problems } =
      await gift(String.raw`::Roc::[html]<p>What does this <b>ROC</b> curve show?</p><p><img src\="@@PLUGINFILE@@/roc.png" alt\="ROC curve"></p>{
	=[html]<p>A good classifier</p>#[html]<p>Yes &amp; <i>well</i> above chance. <img src\="x.png"></p>
	~[html]<p>Chance</p>
}`);
    assert.deepEqual(problems.map(formatProblem), ['warning: line 1: an image is not shown: its alt text is, where it has one']);
    const [q] = bank.questions;
    assert.equal(q.prompt, 'What does this **ROC** curve show?\n\nROC curve');
    assert.deepEqual(q.check.choices, [
      { text: 'A good classifier', correct: true, feedback: 'Yes & *well* above chance.' },
      { text: 'Chance', correct: false },
    ]);
  });

  it('reads a file saved with a byte order mark as the same bank', async () => {
    // Before, the mark came before the first "::" and the first question was not valid GIFT.
    assert.deepEqual(await gift(`\uFEFF${sample}`), await gift(sample));
    const first = '::Bias::What is bias?{=Error from wrong assumptions ~Noise in the labels}\n';
    const { bank, problems } = await gift(`\uFEFF${first}`);
    assert.deepEqual(problems, []);
    assert.deepEqual(bank, (await gift(first)).bank);
  });

  it('makes a bank that loads, with $CATEGORY topics and ::title:: ids', async () => {
    const { bank } = await convertBank(sample, 'gift', { title: 'Sample' });
    assert.equal(parseBank(bank, 'sample.gift').ok, true);
    assert.equal(bank.title, 'Sample');
    assert.deepEqual(bank.topics, [
      { id: 'ml-model-evaluation', title: 'Model evaluation' },
      { id: 'ml-trees', title: 'Trees' },
    ]);
    assert.deepEqual(
      bank.questions.map((q) => [q.id, q.topic]),
      [
        ['precision-vs-recall', 'ml-model-evaluation'],
        ['good-splits', 'ml-model-evaluation'],
        ['accuracy-on-imbalance', 'ml-model-evaluation'],
        ['explain-bagging', 'ml-trees'],
      ],
    );
  });

  it('maps = and ~ choices, # feedback per choice and #### general feedback', async () => {
    const { bank } = await gift(sample);
    assert.deepEqual(byId(bank, 'precision-vs-recall'), {
      id: 'precision-vs-recall',
      topic: 'ml-model-evaluation',
      prompt: 'Which metric is hurt by false positives?',
      check: {
        choices: [
          { text: 'Precision', correct: true, feedback: 'right, it divides by everything predicted positive' },
          { text: 'Recall', correct: false, feedback: 'no, recall divides by the actual positives' },
        ],
        explanation: 'Precision is TP / (TP + FP).',
      },
    });
  });

  it('makes every choice with a positive % weight one of several right answers', async () => {
    const { bank } = await gift(sample);
    assert.deepEqual(
      byId(bank, 'good-splits').check.choices.map((c) => c.correct),
      [true, true, false],
    );
  });

  it("maps true/false with Moodle's feedback order (wrong answer first, right answer second)", async () => {
    const { bank } = await gift(sample);
    assert.deepEqual(byId(bank, 'accuracy-on-imbalance').check, {
      choices: [
        { text: 'True', correct: false, feedback: 'It says 99% for a model that predicts no positives.' },
        { text: 'False', correct: true, feedback: 'Right, it hides the minority class.' },
      ],
      explanation: 'Prefer precision, recall or PR AUC.',
    });
    const { bank: t } = await gift('Lit is a library.{T}');
    assert.deepEqual(
      t.questions[0].check.choices.map((c) => c.correct),
      [true, false],
    );
  });

  it('turns an essay into a practice question with its general feedback as the model answer', async () => {
    const { bank } = await gift(sample);
    const essay = byId(bank, 'explain-bagging');
    assert.equal(essay.check, undefined);
    assert.equal(essay.answer, 'Averaging many trees fit on bootstrap samples cancels their independent errors.');
  });

  it('reports each question type it cannot run as a warning with its line, and keeps the rest', async () => {
    const { bank, problems } = await gift(sample);
    assert.deepEqual(problems.map(formatProblem), [
      'warning: line 25: "Depth" is a question with numerical answers, which quizkit cannot run; skipped',
      'warning: line 27: "Pairs" is a question with matching pairs, which quizkit cannot run; skipped',
      'warning: line 32: "Name it" is a question with short typed answers, which quizkit cannot run; skipped',
    ]);
    assert.equal(bank.questions.length, 4);
  });

  it('names the line of a syntax error, and still reports the other questions', async () => {
    const text = '::Fine:: ok? {=yes ~no}\n\n// broken below\n::Broken:: where?\n{=here ~there\n\n::Num:: 1+1 {#2}\n';
    const { bank, problems } = await gift(text);
    assert.equal(bank, undefined);
    assert.deepEqual(
      problems.map((p) => [p.severity, p.path]),
      [
        ['error', 'line 5'],
        ['warning', 'line 7'],
      ],
    );
    assert.match(problems[0].message, /^not valid GIFT: Expected/);
  });

  it('refuses a question without a right answer, and a file without a question it can run', async () => {
    assert.deepEqual((await gift('\n::None:: pick {~a ~b}')).problems.map(formatProblem), [
      'line 2: "None" has no right answer (a choice with "=" or a positive "%" weight)',
    ]);
    assert.deepEqual((await gift('// only a comment\n')).problems.map(formatProblem), ['line 1: the file has no question quizkit can run']);
  });

  it('slugs ids from the prompt when there is no title, and keeps ids unique', async () => {
    const { bank, problems } = await gift('What is 1 + 1? {=2 ~3}\n\n::Sum:: a {=b ~c}\n\n::sum:: d {=e ~f}');
    assert.deepEqual(
      bank.questions.map((q) => q.id),
      ['what-is-1-1', 'sum', 'sum-2'],
    );
    assert.deepEqual(problems.map(formatProblem), ['warning: line 5: the id "sum" is taken by an earlier question; this one is "sum-2"']);
    assert.deepEqual(bank.topics, [{ id: 'general', title: 'General' }]);
  });

  it('reads GIFT escapes and refuses text that is not a string, without throwing', async () => {
    const { bank } = await gift('::Esc:: Is 1\\=1 a \\{set\\}\\: yes\\#? {=yes ~no}');
    assert.equal(bank.questions[0].prompt, 'Is 1=1 a {set}: yes#?');
    assert.deepEqual((await convertBank(undefined, 'gift')).problems.map(formatProblem), ['text: a gift bank must be text, not undefined']);
  });

  it('refuses a format it does not know, without throwing', async () => {
    assert.deepEqual((await convertBank('x', 'docx')).problems.map(formatProblem), [
      'format: "docx" is not a format quizkit converts (it knows: gift, markdown)',
    ]);
  });

  it('loads the GIFT parser lazily: quizkit/data does not import it up front, the CDN has it in its own chunk', () => {
    const convert = fs.readFileSync(path.join(root, 'dist/data/formats/convert.js'), 'utf8');
    assert.doesNotMatch(convert, /^import .*gift/m);
    const lazy = fs.readFileSync(path.join(root, 'dist/internal/lazy.js'), 'utf8');
    assert.match(lazy, /import\('\.\.\/data\/formats\/gift\.js'\)/);
    const cdn = fs.readdirSync(path.join(root, 'dist/cdn')).filter((f) => f.endsWith('.js'));
    // The grammar's own error text ("Expected …") and a rule of giftToBank: in that chunk alone.
    const holding = cdn.filter((file) =>
      /peg\$SyntaxError|matching pairs/.test(fs.readFileSync(path.join(root, 'dist/cdn', file), 'utf8')),
    );
    assert.deepEqual(holding, ['gift-parser.js']);
  });
});
