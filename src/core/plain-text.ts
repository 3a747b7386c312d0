// Bank Markdown as plain text (for copying a report): the markup removed, lists kept as lines.
// Apart from markdown.ts so that pages which never copy a report do not download it.

import { parseMarkdown, type Inline } from './markdown.js';

/** The plain text of inline nodes, e.g. for a heading's accessible name or copying a report. */
function inlineText(nodes: Inline[]): string {
  return nodes.map((n) => ('text' in n ? n.text : inlineText(n.children))).join('');
}

/** Plain text of Markdown source, with the markup removed. */
export function markdownToText(source: string): string {
  return parseMarkdown(source)
    .map((b) =>
      b.type === 'code'
        ? b.text
        : b.type === 'paragraph'
          ? inlineText(b.children)
          : b.items.map((item, k) => `${b.ordered ? `${k + 1}.` : '-'} ${inlineText(item)}`).join('\n'),
    )
    .join('\n\n');
}
