// Parses the bank's small Markdown subset into a tree of plain data; never produces HTML.
// Supported: paragraphs, `-`/`*` and `1.` lists, ``` fenced code, `inline code`, **bold**,
// *italics*, [links](https://…) and backslash escapes. Anything else stays text (so
// snake_case names are safe: `_` is not a marker).

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'code'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] };

export type Block =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] }
  | { type: 'code'; language: string; text: string };

/** Deeper nesting than this is kept as text: no input can make the parser recurse without bound. */
const MAX_DEPTH = 8;

const SAFE_SCHEMES = ['http:', 'https:', 'mailto:'];

/**
 * Returns `href` if a learner can follow it safely, else `undefined`: only http(s), mailto
 * and relative URLs pass; `javascript:`, `data:` and other schemes (however disguised with
 * case, whitespace or control characters) are dropped.
 */
export function safeHref(href: string): string | undefined {
  // Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:").
  // eslint-disable-next-line no-control-regex
  const compact = href.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  if (compact === '') return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*:)/.exec(compact)?.[1];
  if (scheme !== undefined) return SAFE_SCHEMES.includes(scheme) ? href.trim() : undefined;
  // No scheme: relative. A colon before the first slash would be read as a scheme by a browser.
  const beforeSlash = compact.split(/[/?#]/, 1)[0] ?? '';
  return beforeSlash.includes(':') ? undefined : href.trim();
}

/**
 * Where each marker closes, found in one pass over `text`, so that parsing stays linear on any
 * input: rescanning to the end for every unclosed `[`, `*` or `(` made hostile text quadratic.
 */
interface Closers {
  /** next[i]: the first unescaped `]` at or after i (-1: none). */
  bracket: Int32Array;
  /** The first unescaped `*` at or after i. */
  star: Int32Array;
  /** The first unescaped `**` at or after i. */
  double: Int32Array;
  /** The first backtick at or after i (code spans ignore escapes). */
  tick: Int32Array;
  /** paren[i]: for a `(` at i, the `)` that balances it (-1: none). */
  paren: Int32Array;
}

function closers(text: string): Closers {
  const n = text.length;
  // A character is escaped when an odd run of backslashes comes right before it.
  const escaped = new Uint8Array(n);
  for (let i = 0, run = 0; i < n; i++) {
    escaped[i] = run % 2;
    run = text[i] === '\\' ? run + 1 : 0;
  }
  const bracket = new Int32Array(n + 1).fill(-1);
  const star = new Int32Array(n + 2).fill(-1);
  const double = new Int32Array(n + 2).fill(-1);
  const tick = new Int32Array(n + 1).fill(-1);
  for (let i = n - 1; i >= 0; i--) {
    const ch = text[i];
    bracket[i] = ch === ']' && !escaped[i] ? i : bracket[i + 1]!;
    star[i] = ch === '*' && !escaped[i] ? i : star[i + 1]!;
    double[i] = ch === '*' && text[i + 1] === '*' && !escaped[i] ? i : double[i + 1]!;
    tick[i] = ch === '`' ? i : tick[i + 1]!;
  }
  const paren = new Int32Array(n).fill(-1);
  const open: number[] = [];
  for (let i = 0; i < n; i++) {
    if (text[i] === '(') open.push(i);
    else if (text[i] === ')' && open.length) paren[open.pop()!] = i;
  }
  return { bracket, star, double, tick, paren };
}

/** Characters a backslash turns into plain text. */
const ESCAPABLE = '\\`*_[]()#+-.!';

/** Parses inline Markdown (code, bold, italics, links) into a list of nodes, in linear time. */
export function parseInline(text: string): Inline[] {
  // Most bank text has no markers at all: skip building the closers.
  if (!/[`*[\\]/.test(text)) return text ? [{ type: 'text', text }] : [];
  return parseRange(text, closers(text), 0, text.length, 0);
}

/**
 * Parses `text` from `from` to `to`. Nested spans reuse the closers of the whole text: a span
 * starts right after a marker, never inside a run of backslashes, so escapes read the same.
 */
function parseRange(text: string, at: Closers, from: number, to: number, depth: number): Inline[] {
  const out: Inline[] = [];
  /** The first entry of `table` at or after `i` that lies inside this range; -1 when none. */
  const next = (table: Int32Array, i: number): number => {
    const found = i < to ? table[i]! : -1;
    return found < to ? found : -1;
  };
  let buffer = '';
  const flush = (): void => {
    if (buffer) out.push({ type: 'text', text: buffer });
    buffer = '';
  };
  let i = from;
  while (i < to) {
    const ch = text[i]!;
    if (ch === '\\' && i + 1 < to && ESCAPABLE.includes(text[i + 1]!)) {
      buffer += text[i + 1];
      i += 2;
      continue;
    }
    if (ch === '`') {
      const end = next(at.tick, i + 1);
      if (end > i + 1) {
        flush();
        out.push({ type: 'code', text: text.slice(i + 1, end) });
        i = end + 1;
        continue;
      }
    }
    if (depth < MAX_DEPTH && ch === '*' && text[i + 1] === '*' && i + 1 < to) {
      const end = next(at.double, i + 2);
      if (end > i + 2 && end + 1 < to) {
        flush();
        out.push({ type: 'strong', children: parseRange(text, at, i + 2, end, depth + 1) });
        i = end + 2;
        continue;
      }
    }
    if (depth < MAX_DEPTH && ch === '*' && (i + 1 >= to || text[i + 1] !== ' ')) {
      const end = next(at.star, i + 1);
      if (end > i + 1 && text[end - 1] !== ' ') {
        flush();
        out.push({ type: 'em', children: parseRange(text, at, i + 1, end, depth + 1) });
        i = end + 1;
        continue;
      }
    }
    if (depth < MAX_DEPTH && ch === '[') {
      const close = next(at.bracket, i + 1);
      const target = close === -1 || close + 1 >= to || text[close + 1] !== '(' ? -1 : at.paren[close + 1]!;
      const end = target < to ? target : -1;
      if (end !== -1) {
        flush();
        const children = parseRange(text, at, i + 1, close, depth + 1);
        const href = safeHref(text.slice(close + 2, end));
        if (href === undefined) out.push(...children);
        else out.push({ type: 'link', href, children });
        i = end + 1;
        continue;
      }
    }
    buffer += ch;
    i++;
  }
  flush();
  return out;
}

const BULLET = /^\s*[-*+]\s+(.*)$/;
const NUMBERED = /^\s*\d{1,9}[.)]\s+(.*)$/;
const FENCE = /^\s*```\s*([\w+-]*)\s*$/;

/** Parses block Markdown (paragraphs, lists, fenced code) into a list of blocks. */
export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  const endParagraph = (): void => {
    if (paragraph.length) blocks.push({ type: 'paragraph', children: parseInline(paragraph.join(' ')) });
    paragraph = [];
  };
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const fence = FENCE.exec(line);
    if (fence) {
      endParagraph();
      const body: string[] = [];
      i++;
      while (i < lines.length && !/^\s*```\s*$/.test(lines[i]!)) body.push(lines[i++]!);
      blocks.push({ type: 'code', language: fence[1] ?? '', text: body.join('\n') });
      i++;
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (bullet || numbered) {
      endParagraph();
      const ordered = !bullet;
      const pattern = ordered ? NUMBERED : BULLET;
      const items: string[] = [];
      while (i < lines.length) {
        const item = pattern.exec(lines[i]!);
        if (item) items.push(item[1]!);
        else if (items.length && /^\s+\S/.test(lines[i]!)) items[items.length - 1] += ` ${lines[i]!.trim()}`;
        else break;
        i++;
      }
      blocks.push({ type: 'list', ordered, items: items.map((item) => parseInline(item)) });
      continue;
    }
    if (line.trim() === '') endParagraph();
    else paragraph.push(line.trim());
    i++;
  }
  endParagraph();
  return blocks;
}
