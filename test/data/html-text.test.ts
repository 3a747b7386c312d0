// Moodle's HTML ([html] in a GIFT bank) to the bank's Markdown subset: what a learner sees.

import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { decodeEntities, htmlToMarkdown } from '../../src/data/formats/html-text.js';
import { parseMarkdown } from '../../src/core/markdown.js';
import { markdownToText } from '../../src/core/plain-text.js';

describe('htmlToMarkdown', () => {
  it("reads what Moodle's editor writes: paragraphs with attributes, a trailing <br>, strong and em", () => {
    expect(htmlToMarkdown('<p dir="ltr" style="text-align: left;">What does <strong>precision</strong> measure?<br></p>')).to.equal(
      'What does **precision** measure?',
    );
    expect(htmlToMarkdown('<p>One <b>bold </b>and<i> italic</i> word.</p><p>Two</p>')).to.equal('One **bold** and *italic* word.\n\nTwo');
    expect(htmlToMarkdown('line one<br>line two<br/>three')).to.equal('line one\n\nline two\n\nthree');
  });

  it('collapses white space as HTML does, and keeps <pre> as a fenced code block', () => {
    expect(htmlToMarkdown('  a\n\t  b   <p>\n c </p>  ')).to.equal('a b\n\nc');
    expect(htmlToMarkdown('<pre><code class="python">for i in range(3):\n    print(i &lt; 3)</code></pre><p>after</p>')).to.equal(
      '```\nfor i in range(3):\n    print(i < 3)\n```\n\nafter',
    );
    expect(htmlToMarkdown('<pre>a<br>b')).to.equal('```\na\nb\n```');
  });

  it('writes code, lists and links in the subset', () => {
    expect(htmlToMarkdown('Use <code>model.eval()</code> or <tt>x*y</tt>')).to.equal('Use `model.eval()` or `x*y`');
    expect(htmlToMarkdown('<ul><li>one</li><li>two</li></ul><ol start="3"><li>three</li><li>four</li></ol>')).to.equal(
      '- one\n- two\n\n3. three\n4. four',
    );
    expect(htmlToMarkdown('<a href="https://example.org/a b (c)">the docs</a> and <a>no link</a>')).to.equal(
      '[the docs](https://example.org/a%20b%20%28c%29) and no link',
    );
  });

  it('raises and lowers with Unicode where it can, and says ^( ) or _( ) where it cannot', () => {
    expect(htmlToMarkdown('x<sup>2</sup> + w<sub>i</sub>, X<sup>T</sup>, e<sup>-x/2</sup>, a<sub>k+1</sub>')).to.equal(
      'x² + wᵢ, Xᵀ, e^(-x/2), a_(k+1)',
    );
  });

  it('decodes character references, and leaves unknown ones as written', () => {
    expect(decodeEntities('&amp; &lt;p&gt; &nbsp;&eacute;x &#233; &#xE9; &#128512; &le; &bogus; &#0; &#xD800;')).to.equal(
      '& <p> \u00a0&eacute;x é é 😀 ≤ &bogus; \ufffd \ufffd',
    );
    // Decoded markup is text, not a tag.
    expect(htmlToMarkdown('&lt;b&gt;not bold&lt;/b&gt;')).to.equal('<b>not bold</b>');
  });

  it('escapes what the subset would read as markup, so that text stays text', () => {
    const md = htmlToMarkdown('<p>*not* [a](link) `tick` \\ back</p><p>- not a list</p><p>1. nor this</p>');
    expect(md).to.equal('\\*not\\* \\[a\\](link) \\`tick\\` \\\\ back\n\n\\- not a list\n\n1\\. nor this');
    expect(markdownToText(md)).to.equal('*not* [a](link) `tick` \\ back\n\n- not a list\n\n1. nor this');
  });

  it('drops scripts, styles and comments; an image becomes its alt text; other tags their text', () => {
    expect(
      htmlToMarkdown(
        '<style>p{}</style><script>alert(1)</script><!-- note -->See <img src="@@PLUGINFILE@@/a.png" alt="the ROC curve"> <span class="x">here</span>.',
      ),
    ).to.equal('See the ROC curve here.');
    expect(htmlToMarkdown('<table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></table>')).to.equal('a | b\n\n1 | 2');
  });

  it('closes what the HTML left open, and reads a lone "<" as text', () => {
    expect(htmlToMarkdown('<b>bold <i>both</b> after')).to.equal('**bold *both*** after');
    expect(htmlToMarkdown('if a < b and <b>c')).to.equal('if a < b and **c**');
    expect(htmlToMarkdown('<b></b><i> </i>x')).to.equal('x');
  });

  it('never throws on any text, and what it makes is text in the subset (no tag survives as markup)', () => {
    const tags = fc.constantFrom(
      '<p>',
      '</p>',
      '<b>',
      '</b>',
      '<i>',
      '</i>',
      '<br>',
      '<pre>',
      '</pre>',
      '<code>',
      '</code>',
      '<ul>',
      '<li>',
      '</ul>',
      '<ol>',
      '<a href="x">',
      '</a>',
      '<sup>',
      '</sup>',
      '<script>',
      '</script>',
      '<!--',
      '-->',
      '<',
      '>',
      '&amp;',
      '&#60;',
      '*',
      '`',
      '[',
      '-',
      '1.',
      ' ',
      '\n',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(tags, fc.string({ maxLength: 4 })), { maxLength: 40 }), (parts) => {
        const md = htmlToMarkdown(parts.join(''));
        expect(md).to.be.a('string');
        expect(() => parseMarkdown(md)).not.to.throw();
      }),
      { numRuns: 500 },
    );
  });
});
