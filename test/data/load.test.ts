import { expect } from '@open-wc/testing';
import { loadBank } from '../../src/data/load.js';
import { parseBankText } from '../../src/data/parse.js';

const fixture = (name: string): string => new URL(`../fixtures/${name}`, import.meta.url).href;

/** Counts the requests made for each URL while a test runs. */
const requests = new Map<string, number>();
const realFetch = window.fetch;
before(() => {
  window.fetch = (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    requests.set(url, (requests.get(url) ?? 0) + 1);
    return realFetch(input, init);
  };
});
after(() => {
  window.fetch = realFetch;
});

describe('loadBank', () => {
  it('loads and indexes a bank from a URL', async () => {
    const result = await loadBank(fixture('sample-bank.json'));
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.bank.source).to.equal(fixture('sample-bank.json'));
    expect(result.bank.questionsById.get('precision-vs-recall')?.topic).to.equal('metrics');
    expect(result.bank.questionsByTopic.get('models')?.map((q) => q.id)).to.deep.equal(['regularisation', 'no-check']);
  });

  it('shares one request between elements asking for the same URL', async () => {
    const url = `${fixture('sample-bank.json')}?shared`;
    const [a, b] = await Promise.all([loadBank(url), loadBank(url)]);
    expect(a).to.equal(b);
    expect(requests.get(url)).to.equal(1);
  });

  it('reports a 404 with the URL and status', async () => {
    const result = await loadBank(fixture('missing.json'));
    expect(result).to.deep.equal({
      ok: false,
      error: {
        message: `Could not load the question bank from ${fixture('missing.json')}: the server answered 404 Not Found`,
        source: fixture('missing.json'),
      },
    });
  });

  it('reports a network error, naming CORS for a bank on another site', async () => {
    const url = 'http://127.0.0.1:9/bank.json';
    const result = await loadBank(url);
    expect(result.ok).to.equal(false);
    if (!result.ok)
      expect(result.error.message).to.match(
        /^Could not load the question bank from http:\/\/127\.0\.0\.1:9\/bank\.json: network error \(.+\); its server is down, or does not let other sites read it: it must send Access-Control-Allow-Origin \(CORS\) for this page's origin$/,
      );
  });

  it('says when a file read as JSON (its name and type say nothing else) looks like Markdown or GIFT', async () => {
    for (const [file, looks, name] of [
      ['markdown-bank.txt', 'Markdown', 'md'],
      ['gift-bank.txt', 'GIFT', 'gift'],
    ]) {
      const result = await loadBank(fixture(file!));
      expect(result.ok).to.equal(false);
      if (!result.ok)
        expect(result.error.message).to.match(
          new RegExp(
            `is not valid JSON: .+ It looks like ${looks}: name the file \\.${name}, or serve it as text/${looks!.toLowerCase()}\\.$`,
          ),
        );
    }
    const json = await loadBank(fixture('not-json.json'));
    if (!json.ok) expect(json.error.message).not.to.contain('It looks like');
  });

  it('reports text that is not JSON', async () => {
    const result = await loadBank(fixture('not-json.json'));
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.error.message).to.match(/^The question bank from .*not-json\.json is not valid JSON: /);
  });

  it('reports the first problem of an invalid bank with its path, and keeps them all', async () => {
    const result = await loadBank(fixture('invalid-bank.json'));
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.error.message).to.equal(
      `The question bank from ${fixture('invalid-bank.json')} is not valid: questions[0].topic: "nope" is not a topic of this bank`,
    );
    expect(result.error.problems).to.have.length(1);
  });

  it('tries again after a failure instead of caching it', async () => {
    const url = fixture('missing.json');
    const earlier = requests.get(url) ?? 0;
    await loadBank(url);
    await loadBank(url);
    expect(requests.get(url)).to.equal(earlier + 2);
  });

  it('reads an inline <script type="application/json">', async () => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({
      title: 'Inline',
      topics: [{ id: 't', title: 'T' }],
      questions: [{ id: 'q', topic: 't', prompt: 'Q?' }],
    });
    const result = await loadBank(script);
    expect(result.ok && result.bank.bank.title).to.equal('Inline');
  });

  it('reports a broken inline bank as such', async () => {
    const script = document.createElement('script');
    script.textContent = '{ nope';
    const result = await loadBank(script);
    expect(!result.ok && result.error.message).to.match(
      /^The question bank from an inline <script type="application\/json"> is not valid JSON/,
    );
  });

  it('loads the bundled bank lazily, once', async () => {
    const [a, b] = await Promise.all([loadBank(), loadBank()]);
    expect(a).to.equal(b);
    expect(a.ok && a.bank.bank.id).to.equal('ml-interview');
    expect(a.ok && a.bank.source).to.equal('the bundled bank');
  });

  it('loads a bank with unknown fields, listing them as warnings and logging them once', async () => {
    const logged: unknown[][] = [];
    const realWarn = console.warn;
    console.warn = (...args: unknown[]) => void logged.push(args);
    try {
      const url = fixture('newer-bank.json');
      const [first, again] = await Promise.all([loadBank(url), loadBank(url)]);
      expect(first.ok && first.bank.questionsById.get('q')?.prompt).to.equal('Still loads?');
      expect(first.ok && first.warnings?.map((p) => p.path)).to.deep.equal([
        'license',
        'topics[0].icon',
        'questions[0].hint',
        'questions[0].check.shuffle',
      ]);
      expect(again).to.equal(first);
      expect(logged).to.deep.equal([
        [
          `quizkit: the question bank from ${url} loaded with warnings:\n` +
            'warning: license: is not a field this version of quizkit knows; it is ignored\n' +
            'warning: topics[0].icon: is not a field this version of quizkit knows; it is ignored\n' +
            'warning: questions[0].hint: is not a field this version of quizkit knows; it is ignored\n' +
            'warning: questions[0].check.shuffle: is not a field this version of quizkit knows; it is ignored',
        ],
      ]);
    } finally {
      console.warn = realWarn;
    }
  });

  it('names the first error, not a warning, when it refuses a bank', () => {
    const text = JSON.stringify({
      title: 'T',
      hint: 'x',
      topics: [{ id: 't', title: 'T' }],
      questions: [{ id: 'q', topic: 'u', prompt: 'Q?' }],
    });
    const result = parseBankText(text, 'mixed.json');
    expect(!result.ok && result.error.message).to.equal(
      'The question bank from mixed.json is not valid: questions[0].topic: "u" is not a topic of this bank',
    );
    expect(!result.ok && result.error.problems?.map((p) => p.severity)).to.deep.equal(['warning', 'error']);
  });

  it('parses and indexes bank text directly, naming its source in problems', () => {
    const text = JSON.stringify({ title: 'Direct', topics: [{ id: 't', title: 'T' }], questions: [{ id: 'q', topic: 't', prompt: 'Q?' }] });
    const result = parseBankText(text, 'my text');
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.bank.source).to.equal('my text');
    expect(result.bank.bank.title).to.equal('Direct');
    expect(result.bank.questionsById.get('q')?.prompt).to.equal('Q?');
    expect(result.bank.questionsByTopic.get('t')?.map((q) => q.id)).to.deep.equal(['q']);
    const broken = parseBankText('{"title": ', 'my text');
    expect(broken.ok).to.equal(false);
    if (broken.ok) return;
    expect(broken.error.source).to.equal('my text');
    expect(broken.error.message).to.match(/^The question bank from my text is not valid JSON: /);
  });
});
