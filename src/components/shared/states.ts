// The loading and error states every element shows while its bank loads or when it fails.

import { html, nothing, type TemplateResult } from 'lit';
import type { BankState } from '../../context.js';

/** A visible error: `role="alert"`, so screen readers announce it at once; with `retry`, a Retry button. */
export const alert = (title: string, message: string, retry?: () => void): TemplateResult =>
  html`<div class="error" part="error" role="alert"><strong>${title}</strong> ${message}${
    retry ? html` <button part="button" @click=${retry}>Retry</button>` : nothing
  }</div>`;

/**
 * What to show instead of the element while the bank loads or after it failed; undefined when
 * ready. A bank that an enclosing provider failed to load is already announced there (an alert,
 * one quiz-error): the element only says so, as plain text, rather than alert a second time.
 */
export function bankStatus(state: BankState, what: string, fromProvider = false, retry?: () => void): TemplateResult | undefined {
  // Focusable from script only: a Retry keeps focus here while the bank loads again.
  if (state.status === 'loading') return html`<p part="loading" aria-busy="true" tabindex="-1">Loading ${what.toLowerCase()}…</p>`;
  if (state.status === 'error' && fromProvider) {
    return html`<p class="notice" part="error">${what} unavailable: its question bank could not be loaded.</p>`;
  }
  if (state.status === 'error') return alert(`${what} unavailable.`, state.message, retry);
  return undefined;
}
