// The runner's headings: a focusable (tabindex="-1") role="heading", so focus can move to each screen's title.

import { html, type TemplateResult } from 'lit';

export const heading = (id: string, text: unknown, level: number): TemplateResult =>
  html`<div id=${id} class="heading" role="heading" aria-level=${Math.min(6, level)} tabindex="-1">${text}</div>`;
