// A heading that fits the page's outline (role="heading" with a level) and that script can focus.

import { html, nothing, type TemplateResult } from 'lit';

/**
 * A `role="heading"` block at `level` (capped at 6), focusable from script only (tabindex="-1"),
 * so that focus can move to it when the content under it changes.
 */
export const heading = (id: string, text: unknown, level: number, cls = 'heading', part = ''): TemplateResult =>
  html`<div id=${id} class=${cls} part=${part || nothing} role="heading" aria-level=${Math.min(6, level)} tabindex="-1">${text}</div>`;
