// The loading and error states every element shows while its bank loads or when it fails.

import { html, type TemplateResult } from 'lit';
import type { BankState } from '../../context.js';

/** A visible error: `role="alert"`, so screen readers announce it at once. */
export const alert = (title: string, message: string): TemplateResult =>
  html`<div class="error" part="error" role="alert"><strong>${title}</strong> ${message}</div>`;

/** What to show instead of the element while the bank loads or after it failed; undefined when ready. */
export function bankStatus(state: BankState, what: string): TemplateResult | undefined {
  if (state.status === 'loading') return html`<p part="loading" aria-busy="true">Loading ${what.toLowerCase()}…</p>`;
  if (state.status === 'error') return alert(`${what} unavailable.`, state.message);
  return undefined;
}
