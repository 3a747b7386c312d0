// HTML text of a GIFT bank (`[html]`, what Moodle exports for every question written in its
// editor) to the bank's Markdown subset, so that a learner sees "What does **precision**
// measure?" rather than "<p>What does <b>precision</b> measure?</p>". The result is bank text
// like any other: the kit renders it as Markdown, never as HTML, and drops unsafe links.
//
// It reads the HTML that Moodle's editors write (paragraphs, line breaks, emphasis, code, lists,
// links, sub- and superscripts, images, tables) as tokens, not as a document: any other tag is
// dropped and its text kept, the text of <script> and <style> is dropped, and nothing can make
// it throw or loop.

/**
 * Named character references: those a browser writes when it serialises an editor's HTML (as
 * Moodle's editors do), and the typographic ones people type. Any other stays as written.
 */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  times: '×',
  minus: '−',
  le: '≤',
  ge: '≥',
};

/** Character references (`&amp;`, `&#233;`, `&#xe9;`) decoded; unknown or invalid ones kept as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z][a-z0-9]{1,31});/gi, (whole, name: string) => {
    if (name[0] !== '#') return NAMED[name] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    // No NUL, surrogate or out-of-range code point: the replacement character, as HTML does.
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  });
}

const SUPERSCRIPT: Readonly<Record<string, string>> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
  '+': '⁺', '-': '⁻', '−': '⁻', '=': '⁼', '(': '⁽', ')': '⁾', n: 'ⁿ', i: 'ⁱ', T: 'ᵀ',
}; // prettier-ignore
const SUBSCRIPT: Readonly<Record<string, string>> = {
  '0': '₀', '1': '₁', '2': '₂', '3': '₃', '4': '₄', '5': '₅', '6': '₆', '7': '₇', '8': '₈', '9': '₉',
  '+': '₊', '-': '₋', '−': '₋', '=': '₌', '(': '₍', ')': '₎', i: 'ᵢ', j: 'ⱼ', n: 'ₙ',
}; // prettier-ignore

/** `x<sup>2</sup>` as "x²" where Unicode has every character raised, else "x^(…)"; likewise subscripts. */
function script(text: string, table: Readonly<Record<string, string>>, marker: string): string {
  const chars = [...text];
  if (chars.length && chars.every((c) => table[c])) return chars.map((c) => table[c]).join('');
  return text ? `${marker}(${text})` : '';
}

/** Text that the Markdown subset would read as markup, escaped to stay text. */
export const escapeInline = (text: string): string => text.replace(/[\\`*[\]]/g, '\\$&');

/** Blocks: each starts a new paragraph (or list item); their text is the paragraph's. */
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'blockquote', 'figure', 'figcaption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'tr', 'ul', 'ol', 'hr', 'dl', 'dt', 'dd',
]); // prettier-ignore
/** Elements whose text is not text a learner reads. */
const HIDDEN = new Set(['script', 'style', 'head', 'title', 'template', 'noscript']);
const MARKERS: Readonly<Record<string, string>> = { b: '**', strong: '**', i: '*', em: '*' };

/** An inline element still open: its text is collected, then written whole when it closes. */
interface Inline {
  tag: string;
  /** What its text becomes: `**text**`, `[text](href)`, "x²"… */
  wrap: (text: string) => string;
  text: string;
}

/** How each inline element's text is written (none: the text as it is). */
function inline(tag: string, href: string | undefined): Inline['wrap'] | undefined {
  const marker = MARKERS[tag];
  if (marker) return (t) => `${marker}${t}${marker}`;
  // Spaces and parentheses would end the link's destination early: they are percent-encoded.
  if (tag === 'a')
    return (t) => (href ? `[${t}](${href.trim().replace(/[\s()]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`)})` : t);
  if (tag === 'sup') return (t) => script(t, SUPERSCRIPT, '^');
  if (tag === 'sub') return (t) => script(t, SUBSCRIPT, '_');
  return undefined;
}

/**
 * `html` (a bank field in HTML) as the bank's Markdown subset. Whitespace collapses as in HTML
 * (not inside <pre>, which becomes a fenced code block); characters the subset reads as markup
 * are escaped; images become their alt text.
 */
export function htmlToMarkdown(html: string): string {
  let out = '';
  /** Open inline elements, innermost last. */
  const open: Inline[] = [];
  /** Open lists, innermost last: the number of the next item, or 0 for a bulleted list. */
  const lists: number[] = [];
  let hidden = 0;
  let pre = false;
  let code = 0;

  /** Writes to the innermost open inline element, or to the output. */
  const write = (t: string): void => {
    const top = open.at(-1);
    if (top) top.text += t;
    else out += t;
  };
  const written = (): string => open.at(-1)?.text ?? out;
  const atLineStart = (): boolean => !open.length && (out === '' || out.endsWith('\n'));
  /** Closes the innermost inline element: its text, trimmed, wrapped; the spaces around it stay outside. */
  const close = (): void => {
    const { text, wrap } = open.pop()!;
    const inner = text.trim();
    if (text.startsWith(' ') && !atLineStart() && !written().endsWith(' ')) write(' ');
    if (inner) write(wrap(inner));
    if (inner && text.endsWith(' ')) write(' ');
  };
  /** Ends the paragraph: a blank line before what follows. Inline elements still open end here. */
  const block = (): void => {
    while (open.length) close();
    // A list item's first paragraph (`<li><p>`) starts on its marker's line.
    if (/(^|\n)(- |\d+\. )$/.test(out)) return;
    out = out.replace(/[ \t\u00a0]+$/, '');
    if (out && !out.endsWith('\n\n')) out += out.endsWith('\n') ? '\n' : '\n\n';
  };
  const text = (raw: string): void => {
    const decoded = decodeEntities(raw);
    if (pre) return void (out += decoded);
    // HTML's white space: every run is one space, and none at the start of a line or after a space.
    let t = decoded.replace(/[ \t\n\r\f]+/g, ' ');
    if (atLineStart() || written().endsWith(' ')) t = t.replace(/^ /, '');
    if (!t) return;
    if (code) return write(t.replaceAll('`', "'"));
    t = escapeInline(t);
    // At the start of a line, "- a" and "1. a" would be list items.
    if (atLineStart()) t = t.replace(/^-(?=\s)/, '\\-').replace(/^(\d+)\.(?=\s)/, '$1\\.');
    write(t);
  };

  const TOKEN = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-z][a-z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<|[^<]+/gi;
  for (const [token, closing, name, attributes = ''] of html.matchAll(TOKEN)) {
    if (name === undefined) {
      if (!hidden && !token.startsWith('<!--')) text(token);
      continue;
    }
    const tag = name.toLowerCase();
    const attribute = (key: string): string | undefined => {
      const found = new RegExp(`(?:^|\\s)${key}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(attributes);
      return found ? decodeEntities(found[1] ?? found[2] ?? found[3] ?? '') : undefined;
    };
    if (HIDDEN.has(tag)) {
      if (!attributes.trimEnd().endsWith('/')) hidden = Math.max(0, hidden + (closing ? -1 : 1));
    } else if (hidden) {
      continue;
    } else if (tag === 'pre') {
      if (closing && pre) out = `${out.replace(/\n*$/, '')}\n\`\`\``;
      block();
      if (!closing && !pre) out += '```\n';
      pre = !closing;
    } else if (pre) {
      // Inside <pre>, tags (<code>, a highlighter's spans) are not text; line breaks are.
      if (tag === 'br') out += '\n';
    } else if (tag === 'br') {
      block();
    } else if (tag === 'li') {
      if (closing) continue;
      // One item per line: a new line, not a new paragraph (which a list's start has made).
      while (open.length) close();
      out = out.replace(/[ \t\u00a0]+$/, '');
      if (out && !out.endsWith('\n')) out += '\n';
      const n = lists.at(-1) ?? 0;
      out += n ? `${n}. ` : '- ';
      if (n) lists[lists.length - 1] = n + 1;
    } else if (BLOCKS.has(tag)) {
      if (tag === 'ul' || tag === 'ol') {
        if (closing) lists.pop();
        else lists.push(tag === 'ol' ? Number(attribute('start')) || 1 : 0);
      }
      block();
    } else if (tag === 'td' || tag === 'th') {
      if (!closing && !atLineStart()) write(' | ');
    } else if (tag === 'code' || tag === 'tt' || tag === 'kbd' || tag === 'samp') {
      code = Math.max(0, code + (closing ? -1 : 1));
      if (closing ? code === 0 : code === 1) write('`');
    } else if (tag === 'img') {
      if (!closing) text(attribute('alt') ?? '');
    } else if (!code) {
      const wrap = inline(tag, attribute('href'));
      if (!wrap) continue;
      if (!closing) open.push({ tag, wrap, text: '' });
      else if (open.some((o) => o.tag === tag)) {
        // Elements closed out of order (`<b><i>x</b>`) close with it.
        while (open.at(-1)!.tag !== tag) close();
        close();
      }
    }
  }
  if (pre) out = `${out.replace(/\n*$/, '')}\n\`\`\``;
  else block();
  return out
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
