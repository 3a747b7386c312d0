import { expect } from '@open-wc/testing';
import { parseInline, parseMarkdown, safeHref } from '../../src/core/markdown.js';
import { markdownToText } from '../../src/core/plain-text.js';

describe('markdown subset', () => {
  it('parses inline code, bold, italics and links', () => {
    expect(parseInline('a `x = 1` **b** *c* [e](https://e.org)')).to.deep.equal([
      { type: 'text', text: 'a ' },
      { type: 'code', text: 'x = 1' },
      { type: 'text', text: ' ' },
      { type: 'strong', children: [{ type: 'text', text: 'b' }] },
      { type: 'text', text: ' ' },
      { type: 'em', children: [{ type: 'text', text: 'c' }] },
      { type: 'text', text: ' ' },
      { type: 'link', href: 'https://e.org', children: [{ type: 'text', text: 'e' }] },
    ]);
  });

  it('nests bold and italics inside links', () => {
    expect(parseInline('[**bold** link](/docs)')).to.deep.equal([
      {
        type: 'link',
        href: '/docs',
        children: [
          { type: 'strong', children: [{ type: 'text', text: 'bold' }] },
          { type: 'text', text: ' link' },
        ],
      },
    ]);
  });

  it('keeps snake_case names and lone markers as text', () => {
    expect(parseInline('use max_depth and _min_samples_leaf_')).to.deep.equal([
      { type: 'text', text: 'use max_depth and _min_samples_leaf_' },
    ]);
    expect(parseInline('2 * 3 * 4 and a ** b')).to.deep.equal([{ type: 'text', text: '2 * 3 * 4 and a ** b' }]);
    expect(parseInline('unclosed `code and [link')).to.deep.equal([{ type: 'text', text: 'unclosed `code and [link' }]);
  });

  it('does not treat markup inside inline code as markup', () => {
    expect(parseInline('`**not bold**`')).to.deep.equal([{ type: 'code', text: '**not bold**' }]);
  });

  it('honours backslash escapes', () => {
    expect(parseInline('\\*not italic\\*')).to.deep.equal([{ type: 'text', text: '*not italic*' }]);
  });

  it('does not match a link across a closing bracket', () => {
    expect(parseInline('[note] and [x](https://x.org)')).to.deep.equal([
      { type: 'text', text: '[note] and ' },
      { type: 'link', href: 'https://x.org', children: [{ type: 'text', text: 'x' }] },
    ]);
  });

  it('parses paragraphs, bullet and numbered lists and fenced code', () => {
    const blocks = parseMarkdown(
      'First line\nsame paragraph.\n\n- one\n- two\n  continued\n\n1. first\n2. second\n\n```python\nx = 1\n\ny = 2\n```\nAfter.',
    );
    expect(blocks.map((b) => b.type)).to.deep.equal(['paragraph', 'list', 'list', 'code', 'paragraph']);
    expect(blocks[0]).to.deep.equal({ type: 'paragraph', children: [{ type: 'text', text: 'First line same paragraph.' }] });
    expect(blocks[1]).to.deep.equal({
      type: 'list',
      ordered: false,
      items: [[{ type: 'text', text: 'one' }], [{ type: 'text', text: 'two continued' }]],
    });
    expect(blocks[2]).to.include({ ordered: true });
    expect(blocks[3]).to.deep.equal({ type: 'code', language: 'python', text: 'x = 1\n\ny = 2' });
  });

  it('keeps an unclosed fence as code to the end', () => {
    expect(parseMarkdown('```\nx')).to.deep.equal([{ type: 'code', language: '', text: 'x' }]);
  });

  it('renders text without markup for copying', () => {
    expect(markdownToText('**Bold** and `code`\n\n- a\n- [b](https://b.org)')).to.equal('Bold and code\n\n- a\n- b');
  });

  describe('hostile input', () => {
    const dropped = [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox',
      'file:///etc/passwd',
      'javascript&colon;alert(1):x',
    ];
    for (const href of dropped) {
      it(`drops the link ${JSON.stringify(href)} but keeps its text`, () => {
        expect(safeHref(href)).to.equal(undefined);
        expect(parseInline(`[click](${href})`)).to.deep.equal([{ type: 'text', text: 'click' }]);
      });
    }

    it('keeps http(s), mailto and relative links', () => {
      for (const href of [
        'https://a.org/x?y=1#z',
        'http://a.org',
        'mailto:a@b.org',
        '/path',
        './rel',
        '../up',
        '#frag',
        'page.html?a=b:c',
      ]) {
        expect(safeHref(href), href).to.equal(href);
      }
    });

    it('keeps HTML as literal text', () => {
      const nodes = parseMarkdown('<img src=x onerror=alert(1)> <script>alert(1)</script>');
      expect(nodes).to.deep.equal([
        { type: 'paragraph', children: [{ type: 'text', text: '<img src=x onerror=alert(1)> <script>alert(1)</script>' }] },
      ]);
    });

    it('keeps hostile runs (unclosed links, brackets, escaped closers, deep nesting) as their text', () => {
      // Speed on these inputs is measured by `npm run bench:markdown` (100 KB each, linear time).
      const inputs = [
        `${'**'.repeat(5000)}x${'**'.repeat(5000)}`,
        '['.repeat(20000),
        '*a'.repeat(20000),
        '`'.repeat(20001),
        '_'.repeat(20000),
        '[a]('.repeat(10000),
        '[a\\]('.repeat(5000),
        '\\*'.repeat(10000),
        `[x](${'('.repeat(10000)}`,
      ];
      for (const input of inputs) {
        const text = markdownToText(input);
        expect(text.length, input.slice(0, 12)).to.be.greaterThan(0);
      }
      expect(markdownToText('[a]('.repeat(3))).to.equal('[a]([a]([a](');
      expect(markdownToText('\\*'.repeat(3))).to.equal('***');
      expect(parseInline('[a](b(c)')).to.deep.equal([{ type: 'text', text: '[a](b(c)' }]);
      expect(parseInline('[a](b(c))')).to.deep.equal([{ type: 'link', href: 'b(c)', children: [{ type: 'text', text: 'a' }] }]);
    });
  });
});
