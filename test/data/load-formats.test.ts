// loadBank with Markdown and GIFT banks: the format comes from the file's extension, else from
// its Content-Type, and inline scripts say theirs with `type`.

import { expect } from '@open-wc/testing';
import { formatOf, loadBank } from '../../src/data/load.js';

const MARKDOWN = '# Served\n\n### Two plus two?\n\n- [x] 4\n- [ ] 5\n';
const GIFT = '::Sum:: Two plus two? {=4 ~5}\n';

/** Answers requests under /served/ with `body` and the Content-Type named in the path's query. */
const realFetch = window.fetch;
before(() => {
  window.fetch = async (input, init) => {
    const url = new URL(String(input instanceof Request ? input.url : input));
    if (!url.pathname.startsWith('/served/')) return realFetch(input, init);
    const type = url.searchParams.get('type') ?? 'text/plain';
    return new Response(type.includes('gift') ? GIFT : type === 'application/json' ? '{' : MARKDOWN, { headers: { 'content-type': type } });
  };
});
after(() => {
  window.fetch = realFetch;
});

describe('formatOf', () => {
  it('goes by the extension of the URL, before any query or hash', () => {
    expect(formatOf('bank.md')).to.equal('markdown');
    expect(formatOf('https://x.test/quizzes/Bank.MARKDOWN?v=2#top')).to.equal('markdown');
    expect(formatOf('/moodle/export.gift')).to.equal('gift');
    expect(formatOf('bank.json', 'text/markdown')).to.equal('json');
    expect(formatOf('bank.md', 'application/json')).to.equal('markdown');
  });

  it('goes by the Content-Type when the extension says nothing, and falls back to JSON', () => {
    expect(formatOf('/api/bank', 'text/markdown; charset=utf-8')).to.equal('markdown');
    expect(formatOf('/api/bank', 'text/x-markdown')).to.equal('markdown');
    expect(formatOf('/api/bank.txt', 'text/gift')).to.equal('gift');
    expect(formatOf('/api/bank', 'application/x-gift')).to.equal('gift');
    expect(formatOf('/api/bank', 'application/json')).to.equal('json');
    expect(formatOf('/api/bank', null)).to.equal('json');
  });
});

describe('loadBank of Markdown and GIFT', () => {
  it('loads a URL without an extension by its Content-Type', async () => {
    const markdown = await loadBank(`${location.origin}/served/bank?type=text/markdown`);
    expect(markdown.ok && markdown.bank.bank.title).to.equal('Served');
    const gift = await loadBank(`${location.origin}/served/bank?type=text/gift`);
    expect(gift.ok && gift.bank.questionsById.get('sum')?.prompt).to.equal('Two plus two?');
    const json = await loadBank(`${location.origin}/served/bank?type=application/json`);
    expect(json.ok).to.equal(false);
    if (!json.ok) expect(json.error.message).to.match(/is not valid JSON/);
  });

  it('reads an inline script by its type, and keeps every problem with its line', async () => {
    const script = document.createElement('script');
    script.type = 'text/markdown';
    script.textContent = '### Q?\n\n- [ ] a\n- [ ] b\n\n### R?\n\nNo choices here.\n';
    const result = await loadBank(script);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.error.message).to.equal(
      'The question bank from an inline <script type="text/markdown"> is not valid: line 3: a choice list needs at least one `- [x]` (a right answer) (and 1 more problem)',
    );
    expect(result.error.problems?.map((p) => p.path)).to.deep.equal(['line 3', 'line 8']);
  });
});
