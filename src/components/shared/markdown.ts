// Renders parsed Markdown (core/markdown.ts) as Lit templates: bank text only ever becomes text nodes.

import { html, nothing, type TemplateResult } from 'lit';
import { parseInline, parseMarkdown, type Block, type Inline } from '../../core/markdown.js';

function inline(nodes: Inline[]): unknown[] {
  return nodes.map((n) => {
    switch (n.type) {
      case 'text':
        return n.text;
      case 'code':
        return html`<code>${n.text}</code>`;
      case 'strong':
        return html`<strong>${inline(n.children)}</strong>`;
      case 'em':
        return html`<em>${inline(n.children)}</em>`;
      case 'link':
        return html`<a href=${n.href} target="_blank" rel="noopener noreferrer">${inline(n.children)}</a>`;
    }
  });
}

function block(b: Block): TemplateResult {
  switch (b.type) {
    case 'paragraph':
      return html`<p>${inline(b.children)}</p>`;
    case 'code':
      // Focusable, so a keyboard can scroll code that is wider than the card.
      return html`<pre tabindex="0"><code>${b.text}</code></pre>`;
    case 'list': {
      const items = b.items.map((item) => html`<li>${inline(item)}</li>`);
      return b.ordered ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`;
    }
  }
}

/** How many parsed texts each cache keeps: a whole run's worth; the oldest go first. */
const CACHE_SIZE = 2000;

/** Bank strings do not change and elements re-render them often: each is parsed once. */
function cached<T>(cache: Map<string, T>, text: string, parse: (text: string) => T): T {
  let value = cache.get(text);
  if (value === undefined) {
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(text, (value = parse(text)));
  }
  return value;
}

const blocks = new Map<string, Block[]>();
const inlines = new Map<string, Inline[]>();

/** Block Markdown (paragraphs, lists, code) as a template; empty text renders nothing. */
export const markdown = (text: string | undefined): unknown => (text ? cached(blocks, text, parseMarkdown).map(block) : nothing);

/** Inline Markdown only, for short texts such as choices, feedback and key points. */
export const markdownInline = (text: string | undefined): unknown => (text ? inline(cached(inlines, text, parseInline)) : nothing);
