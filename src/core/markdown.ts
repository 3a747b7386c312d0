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

/** Finds the closing `marker` after `from` that is not escaped; -1 when there is none. */
function findClosing(text: string, marker: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const at = text.indexOf(marker, i);
    if (at === -1) return -1;
    if (!isEscaped(text, at)) return at;
    i = at + 1;
  }
  return -1;
}

function isEscaped(text: string, at: number): boolean {
  let slashes = 0;
  for (let i = at - 1; i >= 0 && text[i] === '\\'; i--) slashes++;
  return slashes % 2 === 1;
}

/** The `)` that closes a link target, allowing balanced parentheses inside it; -1 when none. */
function closingParen(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && depth-- === 0) return i;
  }
  return -1;
}

/** Parses inline Markdown (code, bold, italics, links) into a list of nodes. */
export function parseInline(text: string, depth = 0): Inline[] {
  const out: Inline[] = [];
  let buffer = '';
  const flush = (): void => {
    if (buffer) out.push({ type: 'text', text: buffer });
    buffer = '';
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '\\' && i + 1 < text.length && /[\\`*_[\]()#+\-.!]/.test(text[i + 1]!)) {
      buffer += text[i + 1];
      i += 2;
      continue;
    }
    if (ch === '`') {
      const end = text.indexOf('`', i + 1);
      if (end > i + 1) {
        flush();
        out.push({ type: 'code', text: text.slice(i + 1, end) });
        i = end + 1;
        continue;
      }
    }
    if (depth < MAX_DEPTH && ch === '*' && text[i + 1] === '*') {
      const end = findClosing(text, '**', i + 2);
      if (end > i + 2) {
        flush();
        out.push({ type: 'strong', children: parseInline(text.slice(i + 2, end), depth + 1) });
        i = end + 2;
        continue;
      }
    }
    if (depth < MAX_DEPTH && ch === '*' && text[i + 1] !== ' ') {
      const end = findClosing(text, '*', i + 1);
      if (end > i + 1 && text[end - 1] !== ' ') {
        flush();
        out.push({ type: 'em', children: parseInline(text.slice(i + 1, end), depth + 1) });
        i = end + 1;
        continue;
      }
    }
    if (depth < MAX_DEPTH && ch === '[') {
      const close = findClosing(text, ']', i + 1);
      const end = close === -1 || text[close + 1] !== '(' ? -1 : closingParen(text, close + 2);
      if (end !== -1) {
        flush();
        const children = parseInline(text.slice(i + 1, close), depth + 1);
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
