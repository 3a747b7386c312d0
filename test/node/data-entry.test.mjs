// quizkit/data in plain Node, through the package's own name and the built dist/: no elements,
// no DOM, and the bank and grading API an author's script or an SSR page uses.

import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, describe, it, mock } from 'node:test';
import { bareCheckBank, brokenBank, goodBank, newerBank } from './banks.mjs';

const data = await import('quizkit/data');

describe("import('quizkit/data') in Node", () => {
  it('parses bank JSON text read with its byte order mark (fs.readFileSync of a Windows file)', () => {
    const result = data.parseBankText(`\uFEFF${JSON.stringify(goodBank())}`, 'bank.json');
    assert.equal(result.ok, true, result.error?.message);
    assert.deepEqual(result.bank, data.parseBankText(JSON.stringify(goodBank()), 'bank.json').bank);
  });

  it('defines no element and needs no DOM shim', () => {
    // Lit's Node build would install a customElements shim; the data entry must not load Lit.
    assert.equal(typeof globalThis.customElements, 'undefined');
    assert.equal(typeof globalThis.HTMLElement, 'undefined');
    assert.equal(data.QuizRunner, undefined);
  });

  it('exports exactly the data API', () => {
    assert.deepEqual(Object.keys(data).sort(), [
      'bankToMarkdown',
      'convertBank',
      'formatProblem',
      'gradeAnswer',
      'loadBank',
      'parseBank',
      'parseBankText',
      'validateBank',
    ]);
  });

  it('accepts a good bank and refuses a broken one, naming the path', () => {
    assert.deepEqual(data.validateBank(goodBank()), []);
    assert.deepEqual(data.validateBank(brokenBank()).map(data.formatProblem), ['questions[0].topic: "nope" is not a topic of this bank']);
    const result = data.parseBank(brokenBank(), 'broken.json');
    assert.equal(result.ok, false);
    assert.equal(
      result.error.message,
      'The question bank from broken.json is not valid: questions[0].topic: "nope" is not a topic of this bank',
    );
  });

  it('accepts a bank with unknown fields, with a warning per field', () => {
    const warn = mock.method(console, 'warn', () => {});
    try {
      const problems = data.validateBank(newerBank());
      assert.deepEqual(
        problems.map((p) => [p.severity, data.formatProblem(p)]),
        [
          ['warning', 'warning: license: is not a field this version of quizkit knows; it is ignored'],
          ['warning', 'warning: questions[0].hint: is not a field this version of quizkit knows; it is ignored'],
        ],
      );
      const result = data.parseBankText(JSON.stringify(newerBank()), 'newer.json');
      assert.equal(result.ok, true);
      assert.deepEqual(
        result.warnings.map((p) => p.path),
        ['license', 'questions[0].hint'],
      );
      assert.equal(warn.mock.callCount(), 1);
      assert.match(
        warn.mock.calls[0].arguments[0],
        /^quizkit: the question bank from newer\.json loaded with warnings:\nwarning: license: /,
      );
    } finally {
      warn.mock.restore();
    }
  });

  it('accepts a check without its own prompt', () => {
    assert.deepEqual(data.validateBank(bareCheckBank()), []);
    assert.equal(data.parseBank(bareCheckBank(), 'bare.json').ok, true);
  });

  it('grades a typed answer against a question', () => {
    const feedback = data.gradeAnswer('Precision counts the false positives among the predicted positives.', goodBank().questions[0]);
    assert.deepEqual(
      feedback.points.map((p) => p.covered),
      [true, false],
    );
    assert.equal(feedback.score, 1);
    assert.equal(feedback.maxScore, 2);
    assert.equal(feedback.verdict, 'Partial answer: it covers 1 of 2 key ideas.');
    assert.equal(data.gradeAnswer('anything', { prompt: 'No key points?' }).maxScore, 0);
  });

  it('loads the bundled bank with no argument', async () => {
    const result = await data.loadBank();
    assert.equal(result.ok, true);
    assert.equal(result.bank.bank.id, 'ml-interview');
    assert.equal(result.bank.source, 'the bundled bank');
    assert.ok(result.bank.questionsById.has('precision-vs-recall'));
  });
});

describe('loadBank(url) in Node', () => {
  let server;
  let origin;
  before(async () => {
    server = createServer((req, res) => {
      if (req.url !== '/bank.json') return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(goodBank()));
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => server.close());

  it('fetches a bank from an absolute URL', async () => {
    const result = await data.loadBank(`${origin}/bank.json`);
    assert.equal(result.ok, true);
    assert.equal(result.bank.source, `${origin}/bank.json`);
    assert.equal(result.bank.bank.title, 'Node sample');
  });

  it('reports a missing bank with the status', async () => {
    const result = await data.loadBank(`${origin}/missing.json`);
    assert.equal(result.ok, false);
    assert.equal(result.error.message, `Could not load the question bank from ${origin}/missing.json: the server answered 404 Not Found`);
  });

  it('reports a server that does not answer, without a word of CORS (there is no page in Node)', async () => {
    const result = await data.loadBank('http://127.0.0.1:9/bank.json');
    assert.equal(result.ok, false);
    assert.match(
      result.error.message,
      /^Could not load the question bank from http:\/\/127\.0\.0\.1:9\/bank\.json: network error \([^)]+\)$/,
    );
  });

  it('refuses a relative URL (no page to resolve it against) without touching document', async () => {
    const result = await data.loadBank('banks/mine.json');
    assert.deepEqual(result, {
      ok: false,
      error: { message: '"banks/mine.json" is not a valid URL for a question bank', source: 'banks/mine.json' },
    });
  });
});
